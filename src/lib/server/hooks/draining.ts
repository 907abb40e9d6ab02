import type { Handle } from '@sveltejs/kit';

let draining = false;

/**
 * Called on SIGTERM/SIGINT. adapter-node then stops accepting connections but keeps serving the
 * keep-alive ones it already has until SHUTDOWN_TIMEOUT; asking each of their next responses to
 * close the connection lets the process finish as soon as the requests in flight are answered.
 */
export function startDraining(): void {
	draining = true;
}

export const drainConnections: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (draining) {
		try {
			response.headers.set('Connection', 'close');
		} catch {
			// A response with immutable headers keeps its connection: the timeout still bounds it.
		}
	}
	return response;
};
