import { changePasswordSchema } from '$lib/forms/account';
import { requireUser } from '$lib/server/auth/guard';
import { signIn } from '$lib/server/auth/login';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { consumeRateLimit, LOGIN_PER_EMAIL } from '$lib/server/auth/rate-limit';
import { invalidateUserSessions } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { fieldError, formError, parseForm } from '$lib/server/forms';
import { findUserById, updatePasswordHash } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { account: { name: user.name, email: user.email } };
};

export const actions: Actions = {
	password: async (event) => {
		const sessionUser = requireUser(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		// Guessing the current password from a stolen session is throttled like a login.
		const limit = await consumeRateLimit(db(), `password:user:${sessionUser.id}`, LOGIN_PER_EMAIL);
		if (!limit.allowed) return formError(429, 'too_many_attempts');
		const user = await findUserById(db(), sessionUser.id);
		if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
			return fieldError('currentPassword', 'wrong_password');
		}
		await updatePasswordHash(db(), user.id, await hashPassword(parsed.data.newPassword));
		// Every session ends, this one included; the user continues on a brand-new one.
		await invalidateUserSessions(db(), user.id);
		await signIn(db(), event.cookies, user.id, undefined);
		return { passwordChanged: true };
	}
};
