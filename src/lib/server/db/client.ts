import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	/** Applies the committed migrations in `drizzle/`; safe to call from several instances at once. */
	migrate(): Promise<void>;
	/**
	 * Runs `onMessage` for every NOTIFY on `channel` (sent with `notify`, from any instance when
	 * on PostgreSQL); resolves to a function that stops listening.
	 */
	listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** PostgreSQL connection string; when absent the embedded PGlite is used. */
	url?: string;
	/** Folder for PGlite's files, or 'memory' for a throw-away database. */
	dataDir?: string;
	migrationsFolder?: string;
	poolSize?: number;
}

// Any constant works: it only has to be the same for every instance of the app.
const MIGRATION_LOCK_ID = 726_351_904;

/**
 * The `application_name` of the app's PostgreSQL sessions, so that an operator (or a test) can
 * find and terminate them in `pg_stat_activity` without touching anyone else's. A connection
 * string's `?application_name=…` takes precedence.
 */
export const APPLICATION_NAME = 'accord';

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
	const migrationsFolder = resolve(options.migrationsFolder ?? 'drizzle');
	return options.url
		? openPostgres(options.url, migrationsFolder, options.poolSize ?? 10)
		: openPglite(options.dataDir ?? '.data', migrationsFolder);
}

/**
 * Seconds postgres.js waits before reconnecting after the `retries`-th connection failure in a
 * row. Its default grows to 20 s, so after a database outage of a few seconds the app would stay
 * unavailable (/healthz 503) for up to 20 s more; capped here at 1 s, with jitter so a pool does
 * not reconnect in lockstep.
 */
function reconnectDelay(retries: number): number {
	return Math.min(1, 0.05 * 2 ** retries) * (0.5 + Math.random() / 2);
}

function openPostgres(url: string, migrationsFolder: string, poolSize: number): DatabaseHandle {
	const options = {
		onnotice: () => {},
		connect_timeout: 5,
		backoff: reconnectDelay,
		// Idle connections close after 30 s (and reopen on demand). Besides freeing server slots,
		// this ends a connection that postgres.js 3.4.9 opens *after* `end()` when a reconnect was
		// pending at shutdown (`end()` does not cancel that timer), which would otherwise keep the
		// process from exiting after SIGTERM.
		idle_timeout: 30,
		connection: { application_name: APPLICATION_NAME }
	};
	const client = postgres(url, { ...options, max: poolSize });
	return {
		db: drizzlePostgres(client, { schema }),
		kind: 'postgres',
		async migrate() {
			// One dedicated connection so the advisory lock and the migration share a session.
			const single = postgres(url, { ...options, max: 1 });
			try {
				await single`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
				await migratePostgres(drizzlePostgres(single), { migrationsFolder });
				await single`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
			} finally {
				await single.end();
			}
		},
		async listen(channel, onMessage) {
			// postgres.js keeps one dedicated connection for all listeners and re-listens after a
			// reconnect, so a database restart does not silently end the subscription.
			const { unlisten } = await client.listen(channel, onMessage);
			return unlisten;
		},
		async close() {
			await client.end({ timeout: 5 });
		}
	};
}

function openPglite(dataDir: string, migrationsFolder: string): DatabaseHandle {
	let client: PGlite;
	if (dataDir === 'memory') {
		client = new PGlite();
	} else {
		const folder = join(resolve(dataDir), 'pglite');
		mkdirSync(folder, { recursive: true });
		client = new PGlite(folder);
	}
	return {
		db: drizzlePglite(client, { schema }),
		kind: 'pglite',
		async migrate() {
			await migratePglite(drizzlePglite(client), { migrationsFolder });
		},
		async listen(channel, onMessage) {
			const unlisten = await client.listen(channel, onMessage);
			return () => unlisten();
		},
		async close() {
			await client.close();
		}
	};
}

/** True when the database answers a trivial query within the time limit. */
export async function pingDatabase(db: Database, timeoutMs = 2000): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<false>((resolveTimeout) => {
		timer = setTimeout(() => resolveTimeout(false), timeoutMs);
	});
	const query = db.execute(sql`select 1`).then(
		() => true,
		() => false
	);
	try {
		return await Promise.race([query, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Sends `payload` to the listeners of `channel`. Inside a transaction, PostgreSQL delivers it
 * only if and when the transaction commits.
 */
export async function notify(db: Database, channel: string, payload: string): Promise<void> {
	await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}
