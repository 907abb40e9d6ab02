/**
 * The wire format of the live stream (server-sent events) and what a request says about the
 * viewer: how many responses their screen already shows.
 */
import { z } from 'zod';

/** How long a browser waits before reconnecting after the stream ends, in milliseconds. */
export const RETRY_MS = 3000;

/** One event: `id` is the released count, which the browser sends back on reconnection. */
export function sseEvent(event: string, data: unknown, id?: number): string {
	// JSON.stringify never writes a raw line break, so the data always fits on one `data:` line.
	const idLine = id === undefined ? '' : `id: ${id}\n`;
	return `${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by the browser, it keeps proxies from closing an idle stream. */
export const HEARTBEAT = ': keep-alive\n\n';

const releasedCount = z.coerce.number().int().min(0).max(1_000_000_000);

/**
 * The count the viewer's screen shows: the `Last-Event-ID` the browser sends when it reconnects
 * (to this instance or another), else the `after` parameter the page put in the stream's URL,
 * else 0. Anything malformed counts as 0: the viewer then gets the whole current state.
 */
export function viewerReleased(lastEventId: string | null, after: string | null): number {
	for (const candidate of [lastEventId, after]) {
		if (candidate === null || candidate.trim() === '') continue;
		const parsed = releasedCount.safeParse(candidate);
		if (parsed.success) return parsed.data;
	}
	return 0;
}

/** Whether the request accepts an event stream (as EventSource does). */
export function acceptsEventStream(accept: string | null): boolean {
	return /(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept ?? '');
}
