import { dev } from '$app/environment';
import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { createSession, invalidateSession, setSessionCookie } from './session';

/** Starts a fresh session (a new token every time), ending the one the browser had, if any. */
export async function signIn(
	db: Database,
	cookies: Cookies,
	userId: string,
	previousSessionId: string | undefined
): Promise<void> {
	if (previousSessionId) await invalidateSession(db, previousSessionId);
	const { token, session } = await createSession(db, userId);
	setSessionCookie(cookies, token, session.expiresAt, !dev);
}
