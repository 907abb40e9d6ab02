/**
 * The faults of `npm run load:faults`, at fixed points of the run: at a quarter, every session of
 * the app is terminated (pg_terminate_backend, filtered by application_name); at half, PostgreSQL
 * stops for LOAD_OUTAGE_SECONDS (3) and starts again (with 0, one `pg_ctl restart`); at three
 * quarters, the app gets SIGTERM and a fresh instance starts on the same port.
 */
import type { Sql } from 'postgres';
import { APPLICATION_NAME } from '../../src/lib/server/db/client';
import { spawnApp, type AppProcess } from '../integration/faults/app-process';
import { appBackends, terminateBackends } from '../integration/faults/backends';
import type { Cluster } from './cluster';
import type { Timeline } from './timeline';

export const OUTAGE_SECONDS = Number(process.env.LOAD_OUTAGE_SECONDS ?? 3);
/** adapter-node's grace period for in-flight requests after SIGTERM, given to the app. */
export const SHUTDOWN_TIMEOUT = Number(process.env.LOAD_SHUTDOWN_TIMEOUT ?? 15);

export interface FaultRun {
	seconds: number;
	timeline: Timeline;
	/** The instance serving `port`: the fresh one once the first got SIGTERM. */
	app: AppProcess;
	port: number;
	/** The app's environment, for the fresh instance. */
	env: Record<string, string>;
	databaseName: string;
	/** A session of the test (another application_name) on the app's database. */
	admin: Sql;
}

/** What the schedule saw; printed, and asserted by faults.ts. */
export interface FaultReport {
	/** The first instance was still running after the backend kill and the database restart. */
	survivedDatabaseFaults: boolean;
	/** /healthz answers from the database stop until the SIGTERM, each change once. */
	healthAfterRestart: string[];
	/** Exit code of the first instance after its SIGTERM; null if it had to be killed. */
	sigtermExitCode: number | null;
}

const sleepUntil = (timeline: Timeline, second: number) =>
	new Promise((done) => setTimeout(done, Math.max(0, (second - timeline.now()) * 1000)));

async function terminateSessions(run: FaultRun): Promise<void> {
	const sessions = await appBackends(run.admin, run.databaseName);
	const terminated = await terminateBackends(
		run.admin,
		sessions.map((session) => session.pid)
	);
	run.timeline.event(
		`pg_terminate_backend: ${terminated} sessions with application_name '${APPLICATION_NAME}'`
	);
}

async function restartDatabase(run: FaultRun, cluster: Cluster): Promise<void> {
	const { timeline } = run;
	if (OUTAGE_SECONDS <= 0) {
		timeline.event('pg_ctl restart -m fast');
		await cluster.restart();
		timeline.event('PostgreSQL restarted');
		return;
	}
	timeline.event('pg_ctl stop -m fast');
	await cluster.stop();
	timeline.event(`PostgreSQL stopped; starting it again in ${OUTAGE_SECONDS} s`);
	await new Promise((done) => setTimeout(done, OUTAGE_SECONDS * 1000));
	await cluster.start();
	timeline.event('pg_ctl start: PostgreSQL accepts connections');
}

/** SIGTERM to `first`, a fresh instance on the same port; resolves to the first's exit code. */
async function replaceInstance(run: FaultRun, first: AppProcess): Promise<number | null> {
	const { timeline } = run;
	timeline.event(
		`SIGTERM to the app (pid ${first.pid}); a fresh instance starts on port ${run.port}`
	);
	const sigtermAt = timeline.now();
	first.child.kill('SIGTERM');
	void first.exited.then((code) => {
		const after = (timeline.now() - sigtermAt).toFixed(1);
		timeline.event(`first instance exited with code ${code}, ${after} s after SIGTERM`);
	});
	run.app = await spawnApp(run.port, run.env);
	timeline.event(`fresh instance (pid ${run.app.pid}) answers /healthz 200`);
	const code = await Promise.race([
		first.exited,
		new Promise<'running'>((done) => setTimeout(done, (SHUTDOWN_TIMEOUT + 15) * 1000, 'running'))
	]);
	if (code === 0) return 0;
	if (code === 'running') {
		timeline.event('first instance still running long after SIGTERM: SIGKILL');
		first.child.kill('SIGKILL');
	}
	console.log(`first instance's output, end:\n${first.logs().slice(-4000)}`);
	return code === 'running' ? null : code;
}

/** Runs the schedule; `run.app` is the fresh instance afterwards. */
export async function injectFaults(run: FaultRun, cluster: Cluster): Promise<FaultReport> {
	const { timeline } = run;
	const first = run.app;
	let sigtermSent = false;
	void first.exited.then((code) => {
		if (!sigtermSent) timeline.event(`the app process EXITED by itself (code ${code})`);
	});

	await sleepUntil(timeline, run.seconds * 0.25);
	await terminateSessions(run);

	await sleepUntil(timeline, run.seconds * 0.5);
	const restartAt = timeline.now();
	await restartDatabase(run, cluster);

	await sleepUntil(timeline, run.seconds * 0.75);
	const survivedDatabaseFaults = first.child.exitCode === null && first.child.signalCode === null;
	const healthAfterRestart = timeline.transitions(restartAt);
	sigtermSent = true;
	const sigtermExitCode = await replaceInstance(run, first);
	return { survivedDatabaseFaults, healthAfterRestart, sigtermExitCode };
}
