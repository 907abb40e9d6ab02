/**
 * The answer to a URL that carries a secret token, once the token is safe in a cookie: a redirect
 * to a clean address, sent with `no-referrer` so the token never leaves in a Referer header.
 */
export function tokenExchangeRedirect(location: string): Response {
	return new Response(null, {
		status: 303,
		headers: { location, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' }
	});
}
