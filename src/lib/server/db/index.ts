import { env } from '$env/dynamic/private';
import { openDatabase, type Database, type DatabaseHandle } from './client';

let started: Promise<DatabaseHandle> | undefined;
let handle: DatabaseHandle | undefined;

/** Opens the configured database and applies migrations; called once from the server's init hook. */
export function startDatabase(): Promise<DatabaseHandle> {
	started ??= (async () => {
		const opened = openDatabase({
			url: env.DATABASE_URL || undefined,
			dataDir: env.DATA_DIR || '.data',
			poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined
		});
		await opened.migrate();
		handle = opened;
		return opened;
	})();
	return started;
}

/** Closes the pool (or PGlite) so the process can exit once in-flight requests are done. */
export async function stopDatabase(): Promise<void> {
	const current = handle;
	handle = undefined;
	started = undefined;
	await current?.close();
}

/** The application's database. Only valid after `startDatabase()` resolved (the init hook). */
export function db(): Database {
	if (!handle) throw new Error('The database is not started yet');
	return handle.db;
}

/** The database handle, for what `db()` cannot do (LISTEN). Only valid after `startDatabase()`. */
export function databaseHandle(): DatabaseHandle {
	if (!handle) throw new Error('The database is not started yet');
	return handle;
}

export type { Database };
