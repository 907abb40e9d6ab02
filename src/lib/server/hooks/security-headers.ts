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
	// No page of Accord needs to tell another site where its visitors came from; survey links
	// carry tokens, so the strictest policy is the only safe one.
	headers.set('Referrer-Policy', 'no-referrer');
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
