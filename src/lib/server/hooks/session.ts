import { dev } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '../auth/session';
import { db } from '../db';

export const session: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = await validateSessionToken(db(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, token, result.session.expiresAt, !dev);
		} else {
			deleteSessionCookie(event.cookies, !dev);
		}
	}
	return resolve(event);
};
