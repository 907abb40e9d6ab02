import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema';
import { generateToken, hashToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
/** Idle expiry: a session unused for 30 days ends; each use slides it forward. */
export const SESSION_IDLE_MS = 30 * DAY;
/** Absolute expiry: even an active session ends after 90 days. */
export const SESSION_ABSOLUTE_MS = 90 * DAY;
export const SESSION_COOKIE = 'accord_session';

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	locale: string | null;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export async function createSession(
	db: Database,
	userId: string,
	now = new Date()
): Promise<{ token: string; session: Session }> {
	const token = generateToken();
	const session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
		absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS)
	};
	await db.insert(sessions).values(session);
	return { token, session };
}

export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser } | null> {
	const id = hashToken(token);
	const [row] = await db
		.select({
			session: sessions,
			user: { id: users.id, email: users.email, name: users.name, locale: users.locale }
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id));
	if (!row) return null;
	const { session, user } = row;
	if (now >= session.expiresAt || now >= session.absoluteExpiresAt) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	// Slide the idle expiry, but only when half of it is used, to avoid a write per request.
	let expiresAt = session.expiresAt;
	if (expiresAt.getTime() - now.getTime() < SESSION_IDLE_MS / 2) {
		const slid = Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime());
		expiresAt = new Date(slid);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	return { session: { id, userId: session.userId, expiresAt }, user };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Database, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
