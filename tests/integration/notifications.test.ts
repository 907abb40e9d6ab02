import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/lib/server/db/client';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';

async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((wait) => setTimeout(wait, 20));
	}
}

describe.each(databaseKinds())('LISTEN/NOTIFY on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	it('delivers notifications to listeners until they stop listening', async () => {
		const received: string[] = [];
		const stop = await database.listen('accord_test', (payload) => received.push(payload));
		await notify(database.db, 'accord_test', 'first');
		await eventually(() => received.length === 1);
		await stop();
		await notify(database.db, 'accord_test', 'second');
		await new Promise((wait) => setTimeout(wait, 200));
		expect(received).toEqual(['first']);
	});

	it('delivers a notification sent in a transaction only once it commits', async () => {
		const received: string[] = [];
		const stop = await database.listen('accord_tx', (payload) => received.push(payload));
		await database.db
			.transaction(async (tx) => {
				await notify(tx, 'accord_tx', 'rolled back');
				throw new Error('abort');
			})
			.catch(() => undefined);
		await database.db.transaction(async (tx) => {
			await notify(tx, 'accord_tx', 'committed');
		});
		await eventually(() => received.length >= 1);
		await new Promise((wait) => setTimeout(wait, 200));
		expect(received).toEqual(['committed']);
		await stop();
	});
});
