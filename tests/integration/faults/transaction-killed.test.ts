/**
 * A PostgreSQL backend of the app dies while a request runs inside `db.transaction`. drizzle runs
 * it in postgres.js's `sql.begin`, whose own ROLLBACK, written after the connection closed, made
 * postgres.js 3.4.9 throw from a setImmediate and take the whole process down
 * (porsager/postgres#1208); scripts/patch-postgres.js guards that write at install time. The
 * member-role action locks the organisation's memberships `for update` inside a transaction: a
 * second session holds that lock so the app's statement waits, the test terminates the waiting
 * backend, and checks the process survives, the owner gets a clean error page in bounded time,
 * /healthz recovers and the same change then goes through.
 */
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../../src/lib/server/auth/session';
import { memberships } from '../../../src/lib/server/db/schema';
import { createOrganisation } from '../../../src/lib/server/organisations';
import { createUser } from '../../../src/lib/server/users';
import { HttpClient } from '../../helpers/http-client';
import {
	freePort,
	prepareDatabase,
	probeHealthz,
	spawnApp,
	stopApp,
	type AppDatabase,
	type AppProcess
} from './app-process';
import { terminateBackends, waitForLockedBackend } from './backends';

/** Rejects when `promise` has not settled after `ms`: a hung request fails the test, bounded. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

async function waitForHealthy(url: string, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let status = await probeHealthz(url);
	while (status !== '200' && Date.now() < deadline) {
		await new Promise((wait) => setTimeout(wait, 200));
		status = await probeHealthz(url);
	}
	return status;
}

describe.runIf(process.env.TEST_DATABASE_URL)('a backend killed inside db.transaction', () => {
	let database: AppDatabase;
	let app: AppProcess;
	let admin: Sql;
	let databaseName: string;
	const seeded = { organisationId: '', memberId: '', sessionToken: '' };

	beforeAll(async () => {
		database = await prepareDatabase('postgres', async (db) => {
			const owner = await createUser(db, {
				email: 'owner@example.com',
				name: 'Owner',
				password: 'a long enough password',
				locale: 'en'
			});
			const member = await createUser(db, {
				email: 'member@example.com',
				name: 'Member',
				password: 'a long enough password',
				locale: 'en'
			});
			const organisation = await createOrganisation(db, owner!.id, 'Transaction Faults');
			await db
				.insert(memberships)
				.values({ organisationId: organisation.id, userId: member!.id, role: 'viewer' });
			seeded.organisationId = organisation.id;
			seeded.memberId = member!.id;
			seeded.sessionToken = (await createSession(db, owner!.id)).token;
		});
		// One connection: the retry must get the very connection whose backend died, reconnected
		// (a connection the pool lost track of would leave every later query waiting).
		app = await spawnApp(await freePort(), { ...database.env, DATABASE_POOL_SIZE: '1' });
		databaseName = new URL(database.env.DATABASE_URL!).pathname.slice(1);
		admin = postgres(database.env.DATABASE_URL!, {
			max: 2,
			onnotice: () => {},
			connection: { application_name: 'accord-test-admin' }
		});
	});
	afterAll(async () => {
		await admin?.end();
		if (app) await stopApp(app);
		await database?.drop();
	});

	function owner(): HttpClient {
		const client = new HttpClient(app.url);
		client.cookies.set(SESSION_COOKIE, seeded.sessionToken);
		return client;
	}

	function changeRole(client: HttpClient): Promise<Response> {
		return client.post(`/orgs/${seeded.organisationId}/members?/role`, {
			userId: seeded.memberId,
			role: 'consultant'
		});
	}

	async function memberRole(): Promise<string | undefined> {
		const rows = await admin<{ role: string }[]>`
			select role from memberships
			where organisation_id = ${seeded.organisationId} and user_id = ${seeded.memberId}`;
		return rows[0]?.role;
	}

	function alive(): boolean {
		return app.child.exitCode === null && app.child.signalCode === null;
	}

	it('survives, answers with a clean error page, recovers, and the retry succeeds', async () => {
		const client = owner();
		expect((await client.get(`/orgs/${seeded.organisationId}/members`)).status).toBe(200);

		// A second session locks the organisation's memberships: the action's `select … for
		// update` inside db.transaction waits for it, then its backend is terminated.
		const locker = await admin.reserve();
		let outcome: { status: number; body: string; terminated: number };
		try {
			await locker`begin`;
			await locker`select user_id from memberships
				where organisation_id = ${seeded.organisationId} for update`;
			const pending = changeRole(client);
			const pid = await waitForLockedBackend(admin, databaseName);
			const terminated = await terminateBackends(admin, [pid]);
			const response = await within(pending, 15_000, 'the role change').catch(
				async (error: unknown) => {
					const exit = await within(app.exited, 2000, 'exit').then(
						(code) => `exited with code ${code}`,
						() => 'is still running'
					);
					throw new Error(`the request failed (${String(error)}); the app ${exit}:\n${app.logs()}`);
				}
			);
			outcome = { status: response.status, body: await response.text(), terminated };
		} finally {
			await locker`rollback`;
			locker.release();
		}

		expect(outcome.terminated).toBe(1);
		expect([500, 503]).toContain(outcome.status);
		// The app's error page, or SvelteKit's static one (src/error.html) when the error page's own
		// queries fail too: both translated, neither with details.
		expect(outcome.body).toMatch(
			/An unexpected error occurred on our side|could not be completed \(error 5\d\d\)/
		);
		expect(outcome.body).not.toMatch(/\bat .+:\d+:\d+|TypeError|postgres|CONNECTION_/);

		// The crash of porsager/postgres#1208 comes from a setImmediate after the request failed.
		await new Promise((settle) => setTimeout(settle, 500));
		expect(alive(), `the app process died:\n${app.logs()}`).toBe(true);
		expect(app.logs()).not.toMatch(/uncaught|Cannot read properties of null/i);
		expect(await waitForHealthy(app.url)).toBe('200');
		expect(await memberRole()).toBe('viewer');

		// The same change, once more, goes through.
		const retry = await within(changeRole(client), 15_000, 'the retried role change');
		expect(retry.status).toBe(200);
		expect(await memberRole()).toBe('consultant');
		expect(alive()).toBe(true);
	});
});
