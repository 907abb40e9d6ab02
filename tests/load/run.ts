/**
 * One load run against the production build on PostgreSQL (see submit.ts and faults.ts): seeds
 * open diagnostics with one survey link each, starts the app, lets LOAD_CLIENTS clients submit
 * for LOAD_SECONDS, injects the faults of fault-schedule.ts when asked, then checks the stored set
 * and prints everything.
 */
import { availableParallelism, loadavg } from 'node:os';
import postgres, { type Sql } from 'postgres';
import { expect } from 'vitest';
import { seedOpenDiagnostics, type BenchLink } from '../bench/seed';
import { postgresServerUrl } from '../bench/support';
import { freePort, prepareDatabase, spawnApp, stopApp } from '../integration/faults/app-process';
import { prepareSubmitForm } from '../integration/faults/submissions';
import { ensureLoadBuild, loadBuildDir } from './build';
import { Ledger, runClients } from './clients';
import { startCluster } from './cluster';
import { injectFaults, SHUTDOWN_TIMEOUT, type FaultReport, type FaultRun } from './fault-schedule';
import { checkStored, type SetCheck } from './set-check';
import { Timeline } from './timeline';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const DIAGNOSTICS = Number(process.env.LOAD_DIAGNOSTICS ?? 200);

async function serverVersion(sql: Sql): Promise<string> {
	const [row] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
	return row?.v ?? '?';
}

function printResults(
	ledger: Ledger,
	check: SetCheck,
	timeline: Timeline,
	elapsed: number,
	report?: FaultReport
): void {
	const retriedKeys = ledger.keys.filter((record) => record.attempts > 1).length;
	const errors = [...ledger.errors].sort((a, b) => b[1] - a[1]);
	const perSecond = (ledger.requests / elapsed).toFixed(0);
	console.log(`requests      ${ledger.requests} in ${elapsed.toFixed(1)} s (${perSecond}/s)`);
	console.log(`errors seen   ${errors.map(([what, n]) => `${what} ×${n}`).join(', ') || 'none'}`);
	console.log(`retried       ${ledger.retries} times, on ${retriedKeys} keys (same key each time)`);
	for (const line of check.lines) console.log(line);
	console.log('\ntimeline (seconds since the load started)');
	for (const line of timeline.lines()) console.log(`  ${line}`);
	if (!report) return;
	const survived = report.survivedDatabaseFaults ? 'yes' : 'NO';
	console.log(`\napp process stayed up through the backend kill and the restart: ${survived}`);
	console.log(
		`/healthz from the database stop to the SIGTERM: ${report.healthAfterRestart.join(' → ')}`
	);
	console.log(`first instance's exit code after SIGTERM: ${report.sigtermExitCode}`);
}

export async function runLoad(options: { faults: boolean }): Promise<FaultReport | undefined> {
	ensureLoadBuild();
	const cluster = options.faults ? await startCluster(await freePort()) : undefined;
	process.env.TEST_DATABASE_URL = cluster?.url ?? postgresServerUrl;
	let links: BenchLink[] = [];
	const database = await prepareDatabase('postgres', async (db) => {
		links = await seedOpenDiagnostics(db, DIAGNOSTICS);
	});
	const databaseUrl = database.env.DATABASE_URL!;
	const admin = postgres(databaseUrl, {
		max: 1,
		onnotice: () => {},
		connection: { application_name: 'accord-load-admin' }
	});
	const port = await freePort();
	const env = { ...database.env, SHUTDOWN_TIMEOUT: String(SHUTDOWN_TIMEOUT) };
	const run: FaultRun = {
		seconds: SECONDS,
		timeline: new Timeline(),
		app: await spawnApp(port, env),
		port,
		env,
		databaseName: new URL(databaseUrl).pathname.slice(1),
		admin
	};
	try {
		const form = await prepareSubmitForm(
			run.app.url,
			links.map((link) => link.token)
		);
		const where = cluster
			? `a private cluster on port ${cluster.port}`
			: new URL(postgresServerUrl).host;
		console.log(
			`\nload: ${CLIENTS} clients for ${SECONDS} s, ${DIAGNOSTICS} diagnostics with one link each,` +
				` PostgreSQL ${await serverVersion(admin)} (${where}), build ${loadBuildDir}/` +
				(cluster ? ', with faults' : '')
		);
		const load = loadavg().map((x) => x.toFixed(1));
		console.log(`machine: ${availableParallelism()} CPUs, load average ${load.join(' ')}\n`);

		const timeline = (run.timeline = new Timeline());
		const stopSampling = timeline.sampleHealthz(run.app.url);
		const ledger = new Ledger();
		const over = () => timeline.now() >= SECONDS;
		const [, report] = await Promise.all([
			runClients({ url: run.app.url, form, clients: CLIENTS, over }, ledger),
			cluster ? injectFaults(run, cluster) : undefined
		]);
		const elapsed = timeline.now();
		timeline.event('load ended: no new keys, no more retries');
		// Let the server finish anything a timed-out client gave up on before counting rows.
		await new Promise((settle) => setTimeout(settle, 1000));
		await stopSampling();

		const diagnosticOfLink = links.map((link) => link.diagnosticId);
		const check = await checkStored(admin, ledger, diagnosticOfLink);
		printResults(ledger, check, timeline, elapsed, report);
		expect(check.ok, 'lost, doubled or unexplained responses').toBe(true);
		return report;
	} finally {
		await stopApp(run.app);
		await admin.end({ timeout: 5 });
		await database.drop();
		cluster?.remove();
	}
}
