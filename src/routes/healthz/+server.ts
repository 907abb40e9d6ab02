import { json } from '@sveltejs/kit';
import { pingDatabase } from '$lib/server/db/client';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** For load balancers and orchestrators: 200 when this instance can reach its database. */
export const GET: RequestHandler = async () => {
	const up = await pingDatabase(db());
	return json(
		{ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' },
		{ status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } }
	);
};
