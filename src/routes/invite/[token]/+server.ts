import { keepInviteToken } from '$lib/server/invite-cookie';
import { tokenExchangeRedirect } from '$lib/server/token-redirect';
import type { RequestHandler } from './$types';

/** Moves the token from the URL into a cookie, so it leaves the address bar and the history. */
export const GET: RequestHandler = async ({ params, cookies }) => {
	if (/^[a-z2-7]{32}$/.test(params.token)) keepInviteToken(cookies, params.token);
	return tokenExchangeRedirect('/invite');
};
