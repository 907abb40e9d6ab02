import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/forms/account';
import { signIn } from '$lib/server/auth/login';
import { decoyPasswordHash, verifyPassword } from '$lib/server/auth/password';
import {
	consumeAll,
	LOGIN_PER_EMAIL,
	LOGIN_PER_IP,
	resetRateLimit
} from '$lib/server/auth/rate-limit';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import { findUserByEmail, normaliseEmail } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeRedirectTarget(url.searchParams.get('next'), '/orgs');
	if (locals.user) redirect(303, next);
	return { next };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, getClientAddress, url }) => {
		const parsed = await parseForm(request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const email = normaliseEmail(parsed.data.email);
		const emailKey = `login:email:${email}`;
		const limit = await consumeAll(db(), [
			{ key: `login:ip:${getClientAddress()}`, rule: LOGIN_PER_IP },
			{ key: emailKey, rule: LOGIN_PER_EMAIL }
		]);
		if (!limit.allowed) return formError(429, 'too_many_attempts', { email });
		const user = await findUserByEmail(db(), email);
		// Unknown emails still pay for one hash check, so timing does not reveal who has an account.
		const valid = user
			? await verifyPassword(user.passwordHash, parsed.data.password)
			: await verifyPassword(await decoyPasswordHash(), parsed.data.password).then(() => false);
		if (!user || !valid) return formError(400, 'invalid_credentials', { email });
		await resetRateLimit(db(), emailKey);
		await signIn(db(), cookies, user.id, locals.session?.id);
		redirect(303, safeRedirectTarget(url.searchParams.get('next'), '/orgs'));
	}
};
