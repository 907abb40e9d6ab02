import { dev } from '$app/environment';
import { fail, redirect } from '@sveltejs/kit';
import { changePasswordSchema } from '$lib/forms/account';
import { requireUser } from '$lib/server/auth/guard';
import { signIn } from '$lib/server/auth/login';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { consumeRateLimit, LOGIN_PER_EMAIL } from '$lib/server/auth/rate-limit';
import {
	deleteSessionCookie,
	invalidateUserSessions,
	SESSION_COOKIE
} from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { fieldError, formError, keptValues, parseForm } from '$lib/server/forms';
import { listOrganisationsOf } from '$lib/server/organisations';
import {
	deleteAccount,
	findSoleOwnedOrganisations,
	findUserById,
	updatePasswordHash
} from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';
import { resolveOwnershipChoices, type ChoiceProblem } from './deletion-form';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const [soleOwned, all] = await Promise.all([
		findSoleOwnedOrganisations(db(), user.id),
		listOrganisationsOf(db(), user.id)
	]);
	return {
		account: { name: user.name, email: user.email },
		soleOwned,
		leaving: all
			.filter((o) => !soleOwned.some((owned) => owned.id === o.id))
			.map(({ id, name }) => ({ id, name }))
	};
};

function sentSessionCookie(request: Request): boolean {
	const header = request.headers.get('cookie') ?? '';
	return header.split(';').some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`));
}

interface DeletionFailure {
	errors: Record<string, string>;
	values: Record<string, string>;
	problems: Record<string, ChoiceProblem>;
	message?: string;
}

function refuseDeletion(status: number, failure: Partial<DeletionFailure>) {
	return fail(status, {
		deletion: { errors: {}, values: {}, problems: {}, ...failure } satisfies DeletionFailure
	});
}

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
	},
	delete: async (event) => {
		// A second click after the account is gone arrives with a session that no longer exists
		// (the session hook already cleared it from `cookies`, so look at what the browser sent).
		if (!event.locals.user && sentSessionCookie(event.request)) {
			deleteSessionCookie(event.cookies, !dev);
			redirect(303, '/account/deleted');
		}
		const sessionUser = requireUser(event);
		const fields: Record<string, string> = {};
		try {
			for (const [key, value] of await event.request.formData()) {
				if (typeof value === 'string' && !(key in fields)) fields[key] = value;
			}
		} catch {
			return refuseDeletion(400, { message: 'invalid' });
		}
		const values = keptValues(fields);
		const password = fields.password ?? '';
		const owned = await findSoleOwnedOrganisations(db(), sessionUser.id);
		const resolved = resolveOwnershipChoices(owned, fields);
		const errors: Record<string, string> = {};
		if (password === '') errors.password = 'required';
		else if (password.length > 256) errors.password = 'password_too_long';
		if (!resolved.ok || errors.password) {
			return refuseDeletion(400, {
				errors,
				values,
				problems: resolved.ok ? {} : resolved.problems
			});
		}
		const limit = await consumeRateLimit(db(), `password:user:${sessionUser.id}`, LOGIN_PER_EMAIL);
		if (!limit.allowed) return refuseDeletion(429, { values, message: 'too_many_attempts' });
		const user = await findUserById(db(), sessionUser.id);
		if (user && !(await verifyPassword(user.passwordHash, password))) {
			return refuseDeletion(400, { errors: { password: 'wrong_password' }, values });
		}
		const result = await deleteAccount(db(), sessionUser.id, resolved.choices);
		if (!result.ok) return refuseDeletion(409, { values, message: 'choices_outdated' });
		deleteSessionCookie(event.cookies, !dev);
		redirect(303, '/account/deleted');
	}
};
