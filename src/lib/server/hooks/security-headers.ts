import { dev } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

/**
 * Headers added to every response. The Content-Security-Policy itself comes from `kit.csp`
 * in svelte.config.js, which adds nonces or hashes for SvelteKit's own inline scripts.
 */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	// Never tell another site which page a visitor came from. Not `no-referrer` everywhere: with
	// it, browsers send `Origin: null` on plain form posts (Fetch standard), which the CSRF check
	// must refuse, and every form has to work without JavaScript. URLs that carry a token answer
	// with `no-referrer` themselves (see `tokenExchangeRedirect`).
	if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (!dev) headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	if (event.locals.user && !headers.has('Cache-Control')) {
		// Pages shown to a signed-in user must never be kept by a shared cache.
		headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};
