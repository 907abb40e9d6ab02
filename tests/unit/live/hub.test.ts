import { describe, expect, it, vi } from 'vitest';
import { LIVE_CHANNEL, LiveHub, type Listen, type LiveSubscriber } from '$lib/server/live/hub';

/** A fake `listen`: records LISTEN / UNLISTEN and lets the test send notifications. */
function fakeDatabase() {
	const handlers = new Set<(payload: string) => void>();
	const log: string[] = [];
	const listen: Listen = async (channel, onMessage) => {
		log.push(`listen ${channel}`);
		handlers.add(onMessage);
		return async () => {
			log.push(`unlisten ${channel}`);
			handlers.delete(onMessage);
		};
	};
	const notify = (payload: string) => handlers.forEach((handler) => handler(payload));
	return { listen, notify, log, handlers };
}

function subscriber(diagnosticId: string): LiveSubscriber & { responses: number; ended: boolean } {
	return {
		diagnosticId,
		responses: 0,
		ended: false,
		onResponse() {
			this.responses += 1;
		},
		onShutdown() {
			this.ended = true;
		}
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the live hub', () => {
	it('listens once for every stream and hands each notification to its diagnostic only', async () => {
		const database = fakeDatabase();
		const hub = new LiveHub(database.listen);
		const [a1, a2, b] = [subscriber('a'), subscriber('a'), subscriber('b')];
		await Promise.all([hub.subscribe(a1), hub.subscribe(a2), hub.subscribe(b)]);
		expect(database.log).toEqual([`listen ${LIVE_CHANNEL}`]);

		database.notify('a');
		database.notify('a');
		database.notify('c');
		expect([a1.responses, a2.responses, b.responses]).toEqual([2, 2, 0]);
	});

	it('stops listening when the last stream leaves, and listens again for the next one', async () => {
		const database = fakeDatabase();
		const hub = new LiveHub(database.listen);
		const first = await hub.subscribe(subscriber('a'));
		const second = await hub.subscribe(subscriber('b'));
		first();
		await settle();
		expect(database.log).toEqual([`listen ${LIVE_CHANNEL}`]);
		second();
		second();
		await settle();
		expect(database.log).toEqual([`listen ${LIVE_CHANNEL}`, `unlisten ${LIVE_CHANNEL}`]);
		expect(hub.isListening).toBe(false);

		const again = subscriber('a');
		await hub.subscribe(again);
		database.notify('a');
		expect(again.responses).toBe(1);
		expect(database.handlers.size).toBe(1);
	});

	it('does not keep a failed LISTEN: the stream is refused and the next one tries again', async () => {
		const database = fakeDatabase();
		const listen = vi
			.fn<Listen>()
			.mockRejectedValueOnce(new Error('database unreachable'))
			.mockImplementation(database.listen);
		const hub = new LiveHub(listen);
		await expect(hub.subscribe(subscriber('a'))).rejects.toThrow('database unreachable');
		expect(hub.size).toBe(0);
		const retry = subscriber('a');
		await hub.subscribe(retry);
		database.notify('a');
		expect(retry.responses).toBe(1);
	});

	it('ends every stream at shutdown, stops listening and refuses new ones', async () => {
		const database = fakeDatabase();
		const hub = new LiveHub(database.listen);
		const streams = [subscriber('a'), subscriber('b')];
		for (const stream of streams) await hub.subscribe(stream);
		hub.shutdown();
		await settle();
		expect(streams.map((stream) => stream.ended)).toEqual([true, true]);
		expect(hub.size).toBe(0);
		expect(database.log).toContain(`unlisten ${LIVE_CHANNEL}`);
		await expect(hub.subscribe(subscriber('a'))).rejects.toThrow();
	});
});
