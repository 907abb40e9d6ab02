import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/tokens';
import {
	createSession,
	invalidateUserSessions,
	SESSION_ABSOLUTE_MS,
	SESSION_IDLE_MS,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { createUser } from '../../src/lib/server/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('sessions on %s', (kind) => {
	let database: TestDatabase;
	let userId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const user = await createUser(database.db, {
			email: 'session@example.com',
			name: 'Session',
			password: 'a long enough password',
			locale: 'en'
		});
		userId = user!.id;
	});
	afterAll(() => database.destroy());

	it('stores only the SHA-256 of a token of at least 128 bits', async () => {
		const { token, session } = await createSession(database.db, userId);
		expect(token).toMatch(/^[a-z2-7]{32}$/); // 32 base32 characters = 160 bits
		expect(session.id).toBe(hashToken(token));
		const rows = await database.db.execute(sql`select * from sessions`);
		const dump = JSON.stringify(rows);
		expect(dump).not.toContain(token);
		expect(dump).toContain(hashToken(token));
	});

	it('slides the idle expiry once half of it is used, never past the absolute limit', async () => {
		const start = new Date('2030-01-01T00:00:00Z');
		const { token } = await createSession(database.db, userId, start);
		const early = await validateSessionToken(database.db, token, new Date(start.getTime() + DAY));
		expect(early?.session.expiresAt.getTime()).toBe(start.getTime() + SESSION_IDLE_MS);
		const later = new Date(start.getTime() + 20 * DAY);
		const slid = await validateSessionToken(database.db, token, later);
		expect(slid?.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_IDLE_MS);
		const nearEnd = new Date(start.getTime() + SESSION_ABSOLUTE_MS - 2 * DAY);
		// Keep it alive every 20 days until close to the absolute limit.
		for (let t = 40; t * DAY < SESSION_ABSOLUTE_MS - 2 * DAY; t += 20) {
			await validateSessionToken(database.db, token, new Date(start.getTime() + t * DAY));
		}
		const capped = await validateSessionToken(database.db, token, nearEnd);
		expect(capped?.session.expiresAt.getTime()).toBe(start.getTime() + SESSION_ABSOLUTE_MS);
		const after = new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1);
		expect(await validateSessionToken(database.db, token, after)).toBeNull();
	});

	it('ends a session left idle for 30 days', async () => {
		const start = new Date('2031-01-01T00:00:00Z');
		const { token } = await createSession(database.db, userId, start);
		const idle = new Date(start.getTime() + SESSION_IDLE_MS);
		expect(await validateSessionToken(database.db, token, idle)).toBeNull();
		// And it is gone from the table, not only refused.
		expect(
			await validateSessionToken(database.db, token, new Date(start.getTime() + DAY))
		).toBeNull();
	});

	it('ends every session of a user at once', async () => {
		const a = await createSession(database.db, userId);
		const b = await createSession(database.db, userId);
		await invalidateUserSessions(database.db, userId);
		expect(await validateSessionToken(database.db, a.token)).toBeNull();
		expect(await validateSessionToken(database.db, b.token)).toBeNull();
	});
});
