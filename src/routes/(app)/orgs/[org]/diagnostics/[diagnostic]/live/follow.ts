import type { LiveRelease } from '$lib/domain/live-release';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface FollowHandlers {
	onRelease(release: LiveRelease): void;
	onConnection(state: Connection): void;
}

/**
 * Follows the live stream at `url` with EventSource, which reconnects by itself and then sends
 * the last released count (`Last-Event-ID`) so that the rule of batches of k holds across
 * reconnections. Returns the function that closes it.
 */
export function followLive(url: string, handlers: FollowHandlers): () => void {
	const source = new EventSource(url);
	handlers.onConnection('connecting');
	source.addEventListener('open', () => handlers.onConnection('live'));
	source.addEventListener('error', () =>
		handlers.onConnection(source.readyState === EventSource.CLOSED ? 'stopped' : 'reconnecting')
	);
	source.addEventListener('release', (event) => {
		handlers.onRelease(JSON.parse((event as MessageEvent<string>).data) as LiveRelease);
	});
	return () => source.close();
}
