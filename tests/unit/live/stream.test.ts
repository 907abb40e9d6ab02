import { describe, expect, it } from 'vitest';
import type { LiveFigures, LiveRelease } from '$lib/domain/live-release';
import { LiveFeed } from '$lib/server/live/feed';
import { LiveHub, type Listen } from '$lib/server/live/hub';
import { liveEventStream } from '$lib/server/live/stream';

const figures = { aligned: {}, index: {}, dimensions: [] } as unknown as LiveFigures;

/** A stand-in database: a stored count, and notifications to the hub's listener. */
function fakeStore(k: number) {
	const stored = new Map<string, number>();
	let onMessage: ((payload: string) => void) | undefined;
	let listening = 0;
	const listen: Listen = async (_channel, handler) => {
		onMessage = handler;
		listening += 1;
		return async () => {
			listening -= 1;
		};
	};
	return {
		listen,
		get listening() {
			return listening;
		},
		/** Stores responses and announces them, as the survey's submit does. */
		submit(diagnosticId: string, count = 1) {
			for (let i = 0; i < count; i++) {
				stored.set(diagnosticId, (stored.get(diagnosticId) ?? 0) + 1);
				onMessage?.(diagnosticId);
			}
		},
		/** The stream's load for diagnostic d1. */
		async load(released: number): Promise<LiveRelease | null> {
			await Promise.resolve();
			const count = stored.get('d1') ?? 0;
			return count - released >= k ? { released: count, figures } : null;
		}
	};
}

interface Event {
	event: string;
	id?: string;
	data: unknown;
}

/** Reads the stream as a browser would, event by event. */
function reader(stream: ReadableStream<Uint8Array>) {
	const source = stream.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const events: Event[] = [];
	let comments = 0;
	let done = false;
	const pump = (async () => {
		for (;;) {
			const chunk = await source.read();
			if (chunk.done) break;
			buffer += decoder.decode(chunk.value, { stream: true });
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				if (block.startsWith(':')) comments += 1;
				const fields = Object.fromEntries(
					block
						.split('\n')
						.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)])
				);
				if (fields.event)
					events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data!) });
			}
		}
		done = true;
	})();
	return {
		events,
		get comments() {
			return comments;
		},
		get done() {
			return done;
		},
		pump,
		cancel: () => source.cancel()
	};
}

const settle = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a live event stream', () => {
	it('confirms the count on connect, then releases only batches of at least k', async () => {
		const store = fakeStore(3);
		const hub = new LiveHub(store.listen);
		const client = reader(
			liveEventStream({
				hub,
				diagnosticId: 'd1',
				k: 3,
				released: 0,
				load: (released) => store.load(released),
				signal: new AbortController().signal,
				onError: (error) => {
					throw error;
				}
			})
		);
		await settle();
		expect(client.events).toEqual([{ event: 'ready', id: '0', data: { released: 0 } }]);

		store.submit('d1', 2);
		store.submit('other', 5);
		await settle();
		expect(client.events).toHaveLength(1);

		store.submit('d1');
		await settle();
		expect(client.events.slice(1)).toEqual([
			{ event: 'release', id: '3', data: { released: 3, figures } }
		]);
		store.submit('d1', 2);
		await settle();
		expect(client.events).toHaveLength(2);
		await client.cancel();
	});

	it('sends the batch due since what the viewer shows as soon as it connects', async () => {
		const store = fakeStore(3);
		store.submit('d1', 7);
		const client = reader(
			liveEventStream({
				hub: new LiveHub(store.listen),
				diagnosticId: 'd1',
				k: 3,
				released: 3,
				load: (released) => store.load(released),
				signal: new AbortController().signal,
				onError: () => undefined
			})
		);
		await settle();
		expect(client.events).toEqual([{ event: 'release', id: '7', data: { released: 7, figures } }]);
		await client.cancel();
	});

	it('sends heartbeats, and ends and stops listening when the client leaves', async () => {
		const store = fakeStore(3);
		const hub = new LiveHub(store.listen);
		const leave = new AbortController();
		const client = reader(
			liveEventStream({
				hub,
				diagnosticId: 'd1',
				k: 3,
				released: 0,
				load: (released) => store.load(released),
				signal: leave.signal,
				heartbeatMs: 10,
				onError: () => undefined
			})
		);
		await settle(45);
		expect(client.comments).toBeGreaterThanOrEqual(2);
		expect(store.listening).toBe(1);
		leave.abort();
		await client.pump;
		await settle();
		expect(client.done).toBe(true);
		expect(hub.size).toBe(0);
		expect(store.listening).toBe(0);
	});

	it('ends at server shutdown', async () => {
		const store = fakeStore(3);
		const hub = new LiveHub(store.listen);
		const client = reader(
			liveEventStream({
				hub,
				diagnosticId: 'd1',
				k: 3,
				released: 0,
				load: (released) => store.load(released),
				signal: new AbortController().signal,
				onError: () => undefined
			})
		);
		await settle();
		hub.shutdown();
		await client.pump;
		expect(client.done).toBe(true);
	});
});

describe('the release state of one stream', () => {
	it('folds notifications that arrive during a check into one more check', async () => {
		let stored = 0;
		let loads = 0;
		const sent: number[] = [];
		const feed = new LiveFeed({
			released: 0,
			k: 3,
			async load(released) {
				loads += 1;
				const seen = stored;
				await settle(2);
				return seen - released >= 3 ? { released: seen, figures } : null;
			},
			send: (release) => sent.push(release.released),
			onError: () => undefined
		});
		stored = 4;
		const first = feed.check();
		stored = 9;
		void feed.check();
		void feed.check();
		await first;
		expect(loads).toBe(2);
		expect(sent).toEqual([4, 9]);
	});

	it('refuses a batch that the load reports smaller than k', async () => {
		const sent: number[] = [];
		const feed = new LiveFeed({
			released: 5,
			k: 5,
			load: async () => ({ released: 7, figures }),
			send: (release) => sent.push(release.released),
			onError: () => undefined
		});
		await feed.check();
		expect(sent).toEqual([]);
		expect(feed.released).toBe(5);
	});

	it('reports a failed check and keeps going', async () => {
		const errors: unknown[] = [];
		let fail = true;
		const sent: number[] = [];
		const feed = new LiveFeed({
			released: 0,
			k: 3,
			async load() {
				if (fail) throw new Error('connection lost');
				return { released: 3, figures };
			},
			send: (release) => sent.push(release.released),
			onError: (error) => errors.push(error)
		});
		await feed.check();
		fail = false;
		await feed.check();
		expect(errors).toHaveLength(1);
		expect(sent).toEqual([3]);
	});
});
