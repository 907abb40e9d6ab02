import { dev } from '$app/environment';
import type { Cookies } from '@sveltejs/kit';

/** Holds a member invitation token between the link and its acceptance, off the address bar. */
const INVITE_COOKIE = 'accord_invite';
const options = { path: '/invite', httpOnly: true, sameSite: 'lax', secure: !dev } as const;

export function keepInviteToken(cookies: Cookies, token: string): void {
	cookies.set(INVITE_COOKIE, token, { ...options, maxAge: 60 * 60 * 24 });
}

export function readInviteToken(cookies: Cookies): string | undefined {
	return cookies.get(INVITE_COOKIE);
}

export function forgetInviteToken(cookies: Cookies): void {
	cookies.delete(INVITE_COOKIE, options);
}
