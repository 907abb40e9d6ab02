/**
 * SIGTERM while submissions are in flight (DESIGN.md §6, README "Stop instances with SIGTERM"):
 * adapter-node stops accepting connections, lets the requests it has finish (SHUTDOWN_TIMEOUT),
 * then the app closes its database (src/hooks.server.ts) and the process exits 0. Every
 * submission answered 303 is stored exactly once, and nothing else is.
 */
import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../../src/lib/server/auth/tokens';
import { openDatabase } from '../../../src/lib/server/db/client';
import { submissionReceipts } from '../../../src/lib/server/db/schema';
import { seedOpenDiagnostics, type BenchLink } from '../../bench/seed';
import { databaseKinds } from '../../helpers/databases';
import { freePort, prepareDatabase, spawnApp, type AppDatabase } from './app-process';
import { acknowledged, prepareSubmitForm, submit, type Answer } from './submissions';

const SUBMISSIONS = 50;
const SHUTDOWN_TIMEOUT_SECONDS = 20;

describe.each(databaseKinds())('SIGTERM during submissions on %s', (kind) => {
	let database: AppDatabase;
	let links: BenchLink[] = [];
	beforeAll(async () => {
		database = await prepareDatabase(kind, async (db) => {
			links = await seedOpenDiagnostics(db, 1);
		});
	});
	afterAll(() => database?.drop());

	async function storedKeyHashes(): Promise<string[]> {
		const handle = openDatabase({
			url: database.env.DATABASE_URL,
			dataDir: database.env.DATA_DIR,
			poolSize: 1
		});
		try {
			const rows = await handle.db.select().from(submissionReceipts);
			return rows.map((row) => row.keyHash);
		} finally {
			await handle.close();
		}
	}

	it('answers the requests it accepted, stores each 303 once and exits 0', async () => {
		const app = await spawnApp(await freePort(), {
			...database.env,
			SHUTDOWN_TIMEOUT: String(SHUTDOWN_TIMEOUT_SECONDS)
		});
		const form = await prepareSubmitForm(app.url, [links[0]!.token]);
		const agent = new Agent({ keepAlive: true, maxSockets: SUBMISSIONS });
		const keys = Array.from({ length: SUBMISSIONS }, () => generateToken());
		const answers = new Map<string, Answer>();
		let pendingAtSigterm = -1;
		const started = Date.now();
		const all = keys.map(async (key) => {
			const answer = await submit(app.url, agent, form.cookies[0]!, form, key);
			// SIGTERM as soon as the first answer is back, with the others still in flight.
			if (pendingAtSigterm < 0) {
				pendingAtSigterm = SUBMISSIONS - 1 - answers.size;
				app.child.kill('SIGTERM');
			}
			answers.set(key, answer);
		});
		await Promise.all(all);
		const code = await app.exited;
		const seconds = (Date.now() - started) / 1000;
		agent.destroy();

		expect(code, app.logs()).toBe(0);
		// Not a timing target: past SHUTDOWN_TIMEOUT adapter-node cuts the connections it still has.
		expect(seconds).toBeLessThan(SHUTDOWN_TIMEOUT_SECONDS);
		expect(pendingAtSigterm).toBeGreaterThan(0);
		const ok = keys.filter((key) => acknowledged(answers.get(key)!));
		expect(ok.length).toBeGreaterThan(0);
		const stored = (await storedKeyHashes()).sort();
		expect(stored).toEqual(ok.map(hashToken).sort());
		expect(app.logs()).not.toMatch(/error/i);
	});
});
