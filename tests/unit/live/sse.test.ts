import { describe, expect, it } from 'vitest';
import { acceptsEventStream, sseEvent, viewerReleased } from '$lib/server/live/sse';

describe('the live stream wire format', () => {
	it('writes one event with its id, name and one line of JSON', () => {
		expect(sseEvent('release', { text: 'two\nlines' }, 5)).toBe(
			'id: 5\nevent: release\ndata: {"text":"two\\nlines"}\n\n'
		);
		expect(sseEvent('ready', { released: 0 })).toBe('event: ready\ndata: {"released":0}\n\n');
	});

	it('takes the count shown from Last-Event-ID, then from ?after, else 0', () => {
		expect(viewerReleased('12', '3')).toBe(12);
		expect(viewerReleased(null, '3')).toBe(3);
		expect(viewerReleased('', '3')).toBe(3);
		expect(viewerReleased(null, null)).toBe(0);
		for (const bad of ['-1', '2.5', 'abc', '1e12']) expect(viewerReleased(bad, null)).toBe(0);
		expect(viewerReleased('x', '4')).toBe(4);
	});

	it('recognises what EventSource accepts', () => {
		expect(acceptsEventStream('text/event-stream')).toBe(true);
		expect(acceptsEventStream('text/html, text/event-stream;q=0.9')).toBe(true);
		expect(acceptsEventStream('text/html')).toBe(false);
		expect(acceptsEventStream(null)).toBe(false);
	});
});
