/**
 * `npm run load:faults`: the submit load (submit.ts) on a private PostgreSQL cluster of its own
 * (cluster.ts), with the faults of fault-schedule.ts: the app's sessions terminated, PostgreSQL
 * stopped for LOAD_OUTAGE_SECONDS (3; 0 = a plain `pg_ctl restart`) and started again, SIGTERM to
 * the app with a fresh instance taking over its port. /healthz is sampled every 200 ms and
 * printed as a timeline with the faults. Fails when a response is lost or doubled, when the app
 * process does not survive the database faults, when /healthz does not fail during the outage
 * and come back to 200, or when the instance that got SIGTERM does not exit 0.
 */
import { expect, test } from 'vitest';
import { OUTAGE_SECONDS } from './fault-schedule';
import { runLoad } from './run';

test('submit load with database faults and a SIGTERM', async () => {
	const report = await runLoad({ faults: true });
	expect(report?.survivedDatabaseFaults).toBe(true);
	const health = report?.healthAfterRestart ?? [];
	// A plain restart can be over between two samples; an outage of seconds cannot.
	if (OUTAGE_SECONDS > 0) expect(health.some((state) => state !== '200')).toBe(true);
	expect(health.at(-1)).toBe('200');
	expect(report?.sigtermExitCode).toBe(0);
});
