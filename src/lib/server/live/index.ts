import { databaseHandle } from '../db';
import { LiveHub } from './hub';

let hub: LiveHub | undefined;

/**
 * The process's hub, created with the first live stream. On SIGTERM (or SIGINT) it ends every
 * stream at once, so that the server's graceful shutdown is not held up by connections that
 * never finish; browsers reconnect to another instance. It joins the shutdown the server already
 * handles (adapter-node's) rather than installing one of its own.
 */
export function liveHub(): LiveHub {
	if (hub) return hub;
	const created = new LiveHub((channel, onMessage) => databaseHandle().listen(channel, onMessage));
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		if (process.listenerCount(signal) > 0) process.once(signal, () => created.shutdown());
	}
	process.once('sveltekit:shutdown', () => created.shutdown());
	hub = created;
	return created;
}
