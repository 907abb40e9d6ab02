/**
 * A PostgreSQL backend of the app dies while a submission waits inside the database (DESIGN.md
 * §6). postgres.js 3.4.9 crashes the whole process when that happens inside `sql.begin()`
 * (porsager/postgres#1208: its own ROLLBACK is written to the dead socket from a setImmediate),
 * so submissions must not run in one. Each case holds a lock from a second session so the app's
 * statement waits, terminates the app's waiting session, and checks the process survives, the
 * respondent sees a clean error, /healthz recovers and the same key then stores exactly once.
 */
import { join } from 'node:path';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import { NO_PRESET } from '../../../src/lib/survey/steps';
import { childPid, root } from '../../bench/support';
import { HttpClient } from '../../helpers/http-client';
import { startSurveyApp, type SeededDiagnostic } from '../../helpers/seed-survey';
import type { RunningApp } from '../../helpers/server';
import { readSurveyStore } from '../../helpers/survey-db';
import { SurveyWalker } from '../../helpers/survey-form';
import { terminateBackends, waitForLockedBackend } from './backends';

const plans = {
	invited: { invitations: ['ana@example.com'] },
	linked: {}
} as const;

const comment = `Monthly joint reviews ${crypto.randomUUID()}`;
const answers = { level: 'frontline', function: 'sales', comment } as const;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function healthzStatus(url: string): Promise<number | 'refused'> {
	return fetch(`${url}/healthz`).then(
		(response) => response.status,
		() => 'refused' as const
	);
}

async function waitForHealthy(url: string, timeoutMs = 15_000): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if ((await healthzStatus(url)) === 200) return true;
		await new Promise((wait) => setTimeout(wait, 200));
	}
	return false;
}

describe.runIf(process.env.TEST_DATABASE_URL)('a backend killed mid-submission', () => {
	let app: RunningApp;
	let seeded: Record<keyof typeof plans, SeededDiagnostic>;
	let appPid: number;
	let admin: Sql;
	let databaseName: string;

	beforeAll(async () => {
		const started = await startSurveyApp('postgres', plans);
		app = started.app;
		seeded = started.diagnostics;
		appPid = childPid(join(root, process.env.BUILD_DIR ?? 'build', 'index.js'));
		databaseName = new URL(app.database).pathname.slice(1);
		admin = postgres(app.database, {
			max: 2,
			onnotice: () => {},
			connection: { application_name: 'accord-test-admin' }
		});
	});
	afterAll(async () => {
		await admin?.end();
		await app?.stop();
		await app?.cleanup();
	});

	/** Opens the survey with `token`, answers it, and returns the walker on the review screen. */
	async function reviewWith(token: string): Promise<{ walker: SurveyWalker; review: string }> {
		const walker = new SurveyWalker(new HttpClient(app.url));
		await walker.land(token);
		await walker.answerAll(answers, NO_PRESET);
		expect(walker.step).toBe('review');
		return { walker, review: walker.html };
	}

	/**
	 * Submits while `lock` (run in a transaction of a second session) blocks the app's statement,
	 * terminates the app's waiting session, then releases the lock. Returns the answer.
	 */
	async function submitWhileKilled(
		walker: SurveyWalker,
		lock: (tx: Sql) => Promise<unknown>
	): Promise<{ status: number; body: string; terminated: number }> {
		const locker = await admin.reserve();
		try {
			await locker`begin`;
			await lock(locker);
			const pending = walker.press(['to', 'submit']);
			const pid = await waitForLockedBackend(admin, databaseName);
			const terminated = await terminateBackends(admin, [pid]);
			const response = await pending.catch((error: unknown) => {
				throw new Error(`no answer (${String(error)}); the app's output:\n${app.logs()}`);
			});
			return { status: response.status, body: walker.html, terminated };
		} finally {
			await locker`rollback`;
			locker.release();
		}
	}

	function expectCleanFailure(outcome: { status: number; body: string; terminated: number }) {
		expect(outcome.terminated).toBe(1);
		expect([500, 503]).toContain(outcome.status);
		expect(outcome.body).toContain('An unexpected error occurred on our side');
		expect(outcome.body).not.toMatch(/\bat .+:\d+:\d+|TypeError|postgres|CONNECTION_/);
	}

	async function expectSurvived(): Promise<void> {
		// The crash of porsager/postgres#1208 comes from a setImmediate after the request failed.
		await new Promise((settle) => setTimeout(settle, 500));
		expect(isAlive(appPid), `the app process died:\n${app.logs()}`).toBe(true);
		expect(await waitForHealthy(app.url)).toBe(true);
		expect(app.logs()).not.toMatch(/uncaught|Cannot read properties of null/i);
		// The failed statement is logged without its parameters: no answer, no comment.
		expect(app.logs()).toContain('storing a response failed');
		expect(app.logs()).not.toContain(comment);
	}

	it('survives during a personal invitation submission, and the retry stores once', async () => {
		const diagnostic = seeded.invited;
		const token = diagnostic.invitations['ana@example.com']!;
		const { walker, review } = await reviewWith(token);
		const outcome = await submitWhileKilled(
			walker,
			(tx) => tx`select id from survey_invitations where id = ${hashToken(token)} for update`
		);
		expectCleanFailure(outcome);
		await expectSurvived();

		// The respondent's browser sends the same answers with the same key, twice.
		walker.html = review;
		expect((await walker.press(['to', 'submit'])).status).toBe(303);
		walker.html = review;
		expect((await walker.press(['to', 'submit'])).status).toBe(303);
		const store = await readSurveyStore(app, diagnostic.id);
		expect(store.responses).toHaveLength(1);
		expect(store.receipts).toBe(1);
		expect(store.invitationsAnswered).toEqual([true]);
	});

	it('survives during a survey link submission, and the retry stores once', async () => {
		const diagnostic = seeded.linked;
		const { walker, review } = await reviewWith(diagnostic.links.main!);
		const keyHash = hashToken(walker.fields.key!);
		// An uncommitted receipt with the same key makes the app's insert wait for its outcome.
		const outcome = await submitWhileKilled(
			walker,
			(tx) =>
				tx`insert into submission_receipts (diagnostic_id, key_hash) values (${diagnostic.id}, ${keyHash})`
		);
		expectCleanFailure(outcome);
		await expectSurvived();

		walker.html = review;
		expect((await walker.press(['to', 'submit'])).status).toBe(303);
		const store = await readSurveyStore(app, diagnostic.id);
		expect(store.responses).toHaveLength(1);
		expect(store.receipts).toBe(1);
	});
});
