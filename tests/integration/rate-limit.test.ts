import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeRateLimit, resetRateLimit } from '../../src/lib/server/auth/rate-limit';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';

const rule = { limit: 3, windowMs: 60_000 };

describe.each(databaseKinds())('rate limits on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	it('allows `limit` attempts per window, then refuses with a retry delay', async () => {
		const now = new Date('2030-05-01T10:00:00Z');
		const results = [];
		for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(database.db, 'k1', rule, now));
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
		expect(results[4]!.retryAfterSeconds).toBe(60);
	});

	it('starts a new window once the previous one is over', async () => {
		const now = new Date('2030-05-01T10:00:00Z');
		for (let i = 0; i < 4; i++) await consumeRateLimit(database.db, 'k2', rule, now);
		const later = new Date(now.getTime() + rule.windowMs);
		expect((await consumeRateLimit(database.db, 'k2', rule, later)).allowed).toBe(true);
	});

	it('lets exactly `limit` of many concurrent attempts through', async () => {
		const now = new Date('2030-05-01T11:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 20 }, () => consumeRateLimit(database.db, 'k3', rule, now))
		);
		expect(results.filter((r) => r.allowed)).toHaveLength(3);
	});

	it('forgets a key when reset', async () => {
		const now = new Date('2030-05-01T12:00:00Z');
		for (let i = 0; i < 4; i++) await consumeRateLimit(database.db, 'k4', rule, now);
		await resetRateLimit(database.db, 'k4');
		expect((await consumeRateLimit(database.db, 'k4', rule, now)).allowed).toBe(true);
	});
});
