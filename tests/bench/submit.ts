/**
 * Submit benchmark (`npm run bench:submit`, DESIGN.md §8). Builds the production server into
 * build-bench/ when it is missing or older than the sources (BENCH_REBUILD=1 forces it), starts it
 * on a fresh PostgreSQL database with open diagnostics and survey links, and drives it with 50
 * concurrent autocannon clients for 20 s: each request is a complete final submit (every answer as
 * the review screen posts them, `to=submit`) with its own idempotency key and a survey cookie.
 * Then the same load against a baseline in the same run: a bare Node HTTP server that parses the
 * same body and inserts one row with postgres.js (tests/bench/baseline-server.js).
 *
 * Prints req/s, p50/p99 latency, the ratio app/baseline, the app's peak resident memory (VmRSS
 * sampled every 100 ms, and the kernel's VmHWM) next to the targets (ratio ≥ 0.5, p99 < 50 ms,
 * RSS < 250 MB). Timings are printed, never asserted. The only failure is the set check: every
 * request answered 303 has its row, and there is no other row (requests still in flight when the
 * 20 s ended are looked up by their key). Redirects are not followed: 303 is success.
 *
 * The survey allows 600 submissions per diagnostic and minute; the load is spread round-robin over
 * BENCH_DIAGNOSTICS diagnostics (default 150, one link each) so that limit is not what is
 * measured (any 429 is printed). Other knobs: BENCH_CONNECTIONS (50), BENCH_POOL_SIZE (10), BENCH_SECONDS (20),
 * BENCH_WARMUP_SECONDS (3, not measured, but its rows are checked too).
 *
 * Database: TEST_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
 * a new database is created on that server and dropped at the end.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { expect, test } from 'vitest';
import { generateToken, hashToken } from '../../src/lib/server/auth/tokens';
import { NO_PRESET } from '../../src/lib/survey/steps';
import { HttpClient } from '../helpers/http-client';
import { startApp, type RunningApp } from '../helpers/server';
import { hiddenFields, SurveyWalker } from '../helpers/survey-form';
import { completeAnswers, seedOpenDiagnostics, type BenchLink } from './seed';
import {
	benchBuildDir,
	childPid,
	ensureBuild,
	mb,
	postgresServerUrl,
	root,
	watchMemory
} from './support';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Connections to PostgreSQL of the app and of the baseline alike. */
const POOL_SIZE = String(Number(process.env.BENCH_POOL_SIZE ?? 10));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const DIAGNOSTICS = Number(process.env.BENCH_DIAGNOSTICS ?? 150);

/** A target under test: where to post, and the cookie of each of its survey links. */
interface Target {
	url: string;
	cookies: string[];
	/** The review screen's hidden fields without the key, form-encoded. */
	answers: string;
}

/**
 * Which key each request carried and what came back. autocannon gives each request a fresh
 * context object right before `setupRequest`, and hands that same object to `onResponse` (one
 * request in flight per connection), so the key travels in it.
 */
class Ledger {
	readonly sent = new Set<string>();
	readonly answered = new Map<string, number>();

	inFlight(): string[] {
		return [...this.sent].filter((key) => !this.answered.has(key));
	}

	succeeded(): string[] {
		return [...this.answered].filter(([, status]) => status === 303).map(([key]) => key);
	}
}

interface Run {
	result: autocannon.Result;
	seconds: number;
}

async function drive(target: Target, ledger: Ledger, seconds: number): Promise<Run> {
	let next = 0;
	const origin = new URL(target.url).origin;
	const started = performance.now();
	const result = await autocannon({
		url: target.url,
		connections: CONNECTIONS,
		pipelining: 1,
		duration: seconds,
		timeout: 10,
		requests: [
			{
				method: 'POST',
				setupRequest(request, context) {
					const key = generateToken();
					const cookie = target.cookies[next++ % target.cookies.length]!;
					(context as { key?: string }).key = key;
					ledger.sent.add(key);
					return {
						...request,
						method: 'POST',
						path: '/survey',
						headers: {
							accept: 'text/html',
							'content-type': 'application/x-www-form-urlencoded',
							origin,
							cookie
						},
						body: `${target.answers}&key=${key}&to=submit`
					};
				},
				onResponse(status, _body, context) {
					const key = (context as { key?: string }).key;
					if (key) ledger.answered.set(key, status);
				}
			}
		]
	});
	return { result, seconds: (performance.now() - started) / 1000 };
}

function statusCounts(result: autocannon.Result): string {
	const stats = result.statusCodeStats ?? {};
	const parts = Object.entries(stats).map(([code, { count }]) => `${code}×${count ?? 0}`);
	if (result.errors) parts.push(`errors×${result.errors} (timeouts×${result.timeouts})`);
	return parts.join(' ');
}

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePort(port));
		});
	});
}

async function startBaseline(databaseUrl: string): Promise<{ url: string; process: ChildProcess }> {
	const port = await freePort();
	const child = spawn(process.execPath, [join(root, 'tests/bench/baseline-server.js')], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? '',
			DATABASE_URL: databaseUrl,
			DATABASE_POOL_SIZE: POOL_SIZE,
			PORT: String(port)
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((ready, fail) => {
		child.once('exit', (code) => fail(new Error(`the baseline server exited (${code})`)));
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('listening')) ready();
		});
	});
	child.removeAllListeners('exit');
	return { url: `http://127.0.0.1:${port}/submit`, process: child };
}

async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((done) => child.once('exit', done));
	child.kill('SIGTERM');
	await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
	if (child.exitCode === null) child.kill('SIGKILL');
}

/** The review screen's fields, reached by walking the real form, and each link's cookie. */
async function prepareApp(app: RunningApp, links: BenchLink[]): Promise<Target> {
	const walker = new SurveyWalker(new HttpClient(app.url));
	await walker.land(links[0]!.token);
	await walker.answerAll(completeAnswers(), NO_PRESET);
	expect(walker.step).toBe('review');
	const fields = hiddenFields(walker.html).filter(([name]) => name !== 'key');
	const cookies: string[] = [];
	for (const link of links) {
		const client = new HttpClient(app.url);
		const exchange = await client.get(`/s/${link.token}`);
		expect(exchange.status).toBe(303);
		expect(client.cookies.size).toBe(1);
		cookies.push([...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
	}
	return { url: `${app.url}/survey`, cookies, answers: new URLSearchParams(fields).toString() };
}

interface SetCheck {
	ok: boolean;
	line: string;
}

/**
 * Rows against answers: `rows` must equal the 303s plus those in-flight requests whose key made
 * it in, and every 303's key must be stored.
 */
function setCheck(ledger: Ledger, rows: number, storedKeys: Set<string>): SetCheck {
	const succeeded = ledger.succeeded();
	const lost = succeeded.filter((key) => !storedKeys.has(key)).length;
	const inFlight = ledger.inFlight();
	const inFlightStored = inFlight.filter((key) => storedKeys.has(key)).length;
	const expected = succeeded.length + inFlightStored;
	const ok = lost === 0 && rows === expected && storedKeys.size === rows;
	return {
		ok,
		line:
			`${rows} rows = ${succeeded.length} answered 303 + ${inFlightStored} of ${inFlight.length}` +
			` in flight at the end; lost ${lost}, extra ${rows - expected}` +
			(ok ? ' — ok' : ' — FAILED')
	};
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

function printRun(label: string, run: Run): void {
	const { result } = run;
	console.log(
		`${label.padEnd(9)} ${result.requests.average.toFixed(0).padStart(7)} req/s` +
			`   p50 ${ms(result.latency.p50).padStart(9)}   p99 ${ms(result.latency.p99).padStart(9)}` +
			`   ${statusCounts(result)} in ${run.seconds.toFixed(1)} s`
	);
}

test('submit benchmark', async () => {
	ensureBuild();
	process.env.TEST_DATABASE_URL = postgresServerUrl;
	let links: BenchLink[] = [];
	const app = await startApp(
		'postgres',
		{ DATABASE_POOL_SIZE: POOL_SIZE },
		{
			async seed(db) {
				links = await seedOpenDiagnostics(db, DIAGNOSTICS);
			}
		}
	);
	const sql = postgres(app.database, { max: 1, onnotice: () => {} });
	let baseline: { url: string; process: ChildProcess } | undefined;
	try {
		const [version] = await sql`select current_setting('server_version') as v`;
		console.log(
			`\nsubmit benchmark on PostgreSQL ${String(version?.v)}: ${CONNECTIONS} connections,` +
				` ${SECONDS} s (after a ${WARMUP_SECONDS} s warm-up), ${DIAGNOSTICS} diagnostics` +
				` with one link each, build ${benchBuildDir}/`
		);
		const load = loadavg().map((x) => x.toFixed(1));
		console.log(`machine: ${availableParallelism()} CPUs, load average ${load.join(' ')}\n`);

		// Baseline first, on the same database server (its own table in the app's database).
		await sql`create table bench_baseline (
			id bigserial primary key,
			key text not null unique,
			answers jsonb not null,
			created_at timestamptz not null default now()
		)`;
		baseline = await startBaseline(app.database);
		const appTarget = await prepareApp(app, links);
		const baselineTarget: Target = { ...appTarget, url: baseline.url };
		const baselineLedger = new Ledger();
		await drive(baselineTarget, baselineLedger, WARMUP_SECONDS);
		const baselineRun = await drive(baselineTarget, baselineLedger, SECONDS);
		await stopProcess(baseline.process);

		const appPid = childPid(join(root, benchBuildDir, 'index.js'));
		const appLedger = new Ledger();
		const stopWatching = watchMemory(appPid);
		await drive(appTarget, appLedger, WARMUP_SECONDS);
		const appRun = await drive(appTarget, appLedger, SECONDS);
		// Let requests still in flight finish on the server before counting rows.
		await new Promise((settle) => setTimeout(settle, 1000));
		const memory = stopWatching();

		const baselineKeys = new Set(
			(await sql<{ key: string }[]>`select key from bench_baseline`).map((row) => row.key)
		);
		const [{ count: baselineRows } = { count: 0 }] = await sql<
			{ count: number }[]
		>`select count(*)::int as count from bench_baseline`;
		const [{ count: appRows } = { count: 0 }] = await sql<
			{ count: number }[]
		>`select count(*)::int as count from responses`;
		const receipts = new Set(
			(await sql<{ key_hash: string }[]>`select key_hash from submission_receipts`).map(
				(row) => row.key_hash
			)
		);
		// The app keeps only the hash of a key: look the keys up by their hash.
		const byHash = new Map([...appLedger.sent].map((key) => [hashToken(key), key]));
		const appKeys = new Set([...receipts].map((hash) => byHash.get(hash) ?? `unknown:${hash}`));

		printRun('baseline', baselineRun);
		printRun('app', appRun);
		const ratio = appRun.result.requests.average / baselineRun.result.requests.average;
		const throttled = appRun.result.statusCodeStats?.['429']?.count ?? 0;
		console.log('');
		console.log(`ratio app/baseline  ${ratio.toFixed(2).padStart(8)}   target ≥ 0.5`);
		console.log(
			`app p99             ${ms(appRun.result.latency.p99).padStart(8)}   target < 50 ms`
		);
		console.log(
			`app peak RSS        ${mb(memory.hwm).padStart(8)}   target < 250 MB` +
				` (VmHWM; sampled VmRSS peak ${mb(memory.sampled)})`
		);
		if (throttled) {
			console.log(
				`note: ${throttled} submissions met the rate limit (429): raise BENCH_DIAGNOSTICS`
			);
		}
		const appCheck = setCheck(appLedger, appRows, appKeys);
		const baselineCheck = setCheck(baselineLedger, baselineRows, baselineKeys);
		console.log(`\nset check app       ${appCheck.line}`);
		console.log(`set check baseline  ${baselineCheck.line}`);
		console.log('(row counts include the warm-up)');
		expect(appCheck.ok, 'lost or doubled responses in the app').toBe(true);
		expect(baselineCheck.ok, 'lost or doubled rows in the baseline').toBe(true);
	} finally {
		if (baseline) await stopProcess(baseline.process);
		await sql.end();
		await app.stop();
		await app.cleanup();
	}
});
