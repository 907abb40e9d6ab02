import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { exportAccountData } from '$lib/server/account-data';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** The signed-in account's data as a JSON download; never cached anywhere. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const now = new Date();
	const data = await exportAccountData(db(), user.id, event.locals.locale, now);
	if (!data) error(404, 'not_found');
	const day = now.toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="accord-my-data-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
