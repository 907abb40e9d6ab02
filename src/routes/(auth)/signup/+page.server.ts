import { redirect } from '@sveltejs/kit';
import { signupSchema } from '$lib/forms/account';
import { signIn } from '$lib/server/auth/login';
import { consumeAll, SIGNUP_PER_EMAIL, SIGNUP_PER_IP } from '$lib/server/auth/rate-limit';
import { db } from '$lib/server/db';
import { fieldError, formError, parseForm } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import { createUser, normaliseEmail } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeRedirectTarget(url.searchParams.get('next'), '/orgs');
	if (locals.user) redirect(303, next);
	return { next };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, getClientAddress, url }) => {
		const parsed = await parseForm(request, signupSchema);
		if (!parsed.ok) return parsed.failure;
		const { name, email, password } = parsed.data;
		const values = { name, email };
		const limit = await consumeAll(db(), [
			{ key: `signup:ip:${getClientAddress()}`, rule: SIGNUP_PER_IP },
			{ key: `signup:email:${normaliseEmail(email)}`, rule: SIGNUP_PER_EMAIL }
		]);
		if (!limit.allowed) return formError(429, 'too_many_attempts', values);
		const user = await createUser(db(), { name, email, password, locale: locals.locale });
		if (!user) return fieldError('email', 'email_taken', values);
		await signIn(db(), cookies, user.id, locals.session?.id);
		redirect(303, safeRedirectTarget(url.searchParams.get('next'), '/orgs'));
	}
};
