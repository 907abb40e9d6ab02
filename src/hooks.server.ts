import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { db, startDatabase, stopDatabase } from '$lib/server/db';
import { loggableError } from '$lib/server/error-log';
import { drainConnections, startDraining } from '$lib/server/hooks/draining';
import { locale } from '$lib/server/hooks/locale';
import { securityHeaders } from '$lib/server/hooks/security-headers';
import { session } from '$lib/server/hooks/session';
import { startRetentionJob } from '$lib/server/retention';

export const init: ServerInit = async () => {
	await startDatabase();
	process.once('SIGTERM', startDraining);
	process.once('SIGINT', startDraining);
	// Deletes raw answers past each organisation's retention setting: now, then every hour.
	const retention = startRetentionJob(db);
	process.once('sveltekit:shutdown', () => retention.stop());
	// adapter-node emits this after it stopped accepting requests and finished in-flight ones.
	process.once('sveltekit:shutdown', () => {
		void stopDatabase();
	});
};

export const handle = sequence(drainConnections, securityHeaders, session, locale);

/**
 * Unexpected errors: the visitor sees a translated page with a reference, never the error.
 * The log names the route pattern, not the URL, so no token from a link is ever written, and a
 * failed query without its parameters (no answer, comment or address).
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const id = crypto.randomUUID();
	if (status >= 500) {
		console.error(
			`[${id}] ${event.request.method} ${event.route.id ?? 'unknown route'}:`,
			loggableError(error)
		);
	}
	return { message: status === 404 ? 'not_found' : 'internal', id };
};
