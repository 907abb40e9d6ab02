import { LiveFeed } from './feed';
import type { LiveHub } from './hub';
import { HEARTBEAT, RETRY_MS, sseEvent } from './sse';
import type { LiveRelease } from '$lib/domain/live-release';

export const HEARTBEAT_MS = 20_000;

export interface LiveStreamOptions {
	hub: LiveHub;
	diagnosticId: string;
	k: number;
	/** Responses the viewer's screen already shows. */
	released: number;
	load(released: number): Promise<LiveRelease | null>;
	/** Aborted when the client goes away. */
	signal: AbortSignal;
	heartbeatMs?: number;
	onError(error: unknown): void;
}

/**
 * The body of one viewer's event stream: on connect, the batch due since what the viewer shows
 * (`release`) or a confirmation of it (`ready`); then a `release` each time at least k more
 * responses are stored; a heartbeat comment in between. Ends when the client leaves or the
 * server shuts down.
 */
export function liveEventStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let end = () => {};
	return new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true;
			const write = (text: string) => {
				if (open) controller.enqueue(encoder.encode(text));
			};
			const feed = new LiveFeed({
				released: options.released,
				k: options.k,
				load: options.load,
				send: (release) => write(sseEvent('release', release, release.released)),
				onError: options.onError
			});
			let unsubscribe = () => {};
			const heartbeat = setInterval(() => write(HEARTBEAT), options.heartbeatMs ?? HEARTBEAT_MS);
			end = () => {
				if (!open) return;
				open = false;
				feed.stop();
				clearInterval(heartbeat);
				unsubscribe();
				options.signal.removeEventListener('abort', end);
				try {
					controller.close();
				} catch {
					// Already cancelled by the client.
				}
			};
			options.signal.addEventListener('abort', end);
			write(`retry: ${RETRY_MS}\n\n`);
			if (options.signal.aborted) return end();
			try {
				const stop = await options.hub.subscribe({
					diagnosticId: options.diagnosticId,
					onResponse: () => void feed.check(),
					onShutdown: () => end()
				});
				if (!open) return stop();
				unsubscribe = stop;
			} catch (error) {
				options.onError(error);
				return end();
			}
			await feed.check();
			if (feed.released === options.released) {
				write(sseEvent('ready', { released: feed.released }, feed.released));
			}
		},
		cancel() {
			end();
		}
	});
}
