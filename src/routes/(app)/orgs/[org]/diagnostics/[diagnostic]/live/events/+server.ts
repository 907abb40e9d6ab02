import { error } from '@sveltejs/kit';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { liveHub } from '$lib/server/live';
import { nextRelease } from '$lib/server/live/snapshot';
import { acceptsEventStream, viewerReleased } from '$lib/server/live/sse';
import { liveEventStream } from '$lib/server/live/stream';
import type { RequestHandler } from './$types';

/** The live page's event stream: batches of at least k new responses, as they are released. */
export const GET: RequestHandler = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'consultant');
	if (!acceptsEventStream(event.request.headers.get('accept'))) error(406, 'not_acceptable');
	// A non-2xx answer stops the browser from reconnecting: nothing more will come.
	if (diagnostic.status !== 'open') error(409, 'not_open');
	const released = viewerReleased(
		event.request.headers.get('last-event-id'),
		event.url.searchParams.get('after')
	);
	const body = liveEventStream({
		hub: liveHub(),
		diagnosticId: diagnostic.id,
		k: diagnostic.k,
		released,
		load: (shown) => nextRelease(db(), diagnostic, shown),
		signal: event.request.signal,
		onError: (failure) => console.error(`live: stream of ${event.route.id} failed`, failure)
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			// Asks buffering proxies (nginx) to pass each event on at once.
			'x-accel-buffering': 'no'
		}
	});
};
