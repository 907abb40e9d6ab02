/** The app's own PostgreSQL sessions, found by database and application_name, never anyone else's. */
import type { Sql } from 'postgres';
import { APPLICATION_NAME } from '../../../src/lib/server/db/client';

export interface AppBackend {
	pid: number;
	/** 'Lock' while the session waits for a row lock. */
	waitEventType: string | null;
}

/** The app's sessions on `database` (other apps, other databases and `admin` itself excluded). */
export async function appBackends(admin: Sql, database: string): Promise<AppBackend[]> {
	return admin<AppBackend[]>`
		select pid, wait_event_type as "waitEventType" from pg_stat_activity
		where datname = ${database} and application_name = ${APPLICATION_NAME}
			and pid <> pg_backend_pid()`;
}

/** Terminates the given sessions of the app; returns how many PostgreSQL terminated. */
export async function terminateBackends(admin: Sql, pids: number[]): Promise<number> {
	if (pids.length === 0) return 0;
	const rows = await admin<{ done: boolean }[]>`
		select pg_terminate_backend(pid) as done from pg_stat_activity
		where pid = any(${pids}::int[]) and application_name = ${APPLICATION_NAME}`;
	return rows.filter((row) => row.done).length;
}

/** Waits until one of the app's sessions on `database` waits for a lock; returns its pid. */
export async function waitForLockedBackend(
	admin: Sql,
	database: string,
	timeoutMs = 10_000
): Promise<number> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const waiting = (await appBackends(admin, database)).filter((b) => b.waitEventType === 'Lock');
		if (waiting.length === 1) return waiting[0]!.pid;
		await new Promise((wait) => setTimeout(wait, 50));
	}
	throw new Error('no session of the app waited for the lock');
}
