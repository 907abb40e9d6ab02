import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from '../../src/lib/server/db/client';
import { createPostgresDatabase, rowsOf, type DatabaseKind } from './databases';

export interface RunningApp {
	url: string;
	kind: DatabaseKind;
	/** DATABASE_URL of the server's own database (postgres), or its DATA_DIR (pglite). */
	database: string;
	logs(): string;
	/** Stops the server process; its database stays until `cleanup()`. */
	stop(): Promise<void>;
	cleanup(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePort(port));
		});
	});
}

export interface StartOptions {
	/**
	 * Fills the app's fresh database before the app starts (the only moment PGlite's files can be
	 * opened by the test: the running app holds them). Runs on the migrated database.
	 */
	seed?: (db: Database) => Promise<void>;
}

/** Opens the app's database from the test process, migrates it, runs `seed`, closes it. */
async function seedDatabase(
	kind: DatabaseKind,
	database: string,
	seed: (db: Database) => Promise<void>
): Promise<void> {
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const handle =
		kind === 'postgres'
			? openDatabase({ url: database, poolSize: 2 })
			: openDatabase({ dataDir: database });
	try {
		await handle.migrate();
		await seed(handle.db);
	} finally {
		await handle.close();
	}
}

/**
 * Starts the production build (`build/`) on a free port with a database of its own, and waits
 * until /healthz answers. Every caller gets a fresh, migrated database, empty unless `seed`.
 */
export async function startApp(
	kind: DatabaseKind,
	env: Record<string, string> = {},
	options: StartOptions = {}
): Promise<RunningApp> {
	const port = await freePort();
	const root = resolve(import.meta.dirname, '../..');
	let database: string;
	let cleanup: () => Promise<void>;
	const databaseEnv: Record<string, string> = {};
	if (kind === 'postgres') {
		const created = await createPostgresDatabase();
		database = created.url;
		databaseEnv.DATABASE_URL = created.url;
		cleanup = created.drop;
	} else {
		database = mkdtempSync(join(tmpdir(), 'accord-app-'));
		databaseEnv.DATA_DIR = database;
		cleanup = async () => rmSync(database, { recursive: true, force: true });
	}
	if (options.seed) {
		try {
			await seedDatabase(kind, database, options.seed);
		} catch (error) {
			await cleanup();
			throw error;
		}
	}
	let output = '';
	const child: ChildProcess = spawn(
		process.execPath,
		[
			// e.g. APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to profile a run.
			...(process.env.APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
			join(root, process.env.BUILD_DIR ?? 'build', 'index.js')
		],
		{
			cwd: root,
			env: {
				PATH: process.env.PATH ?? '',
				HOME: process.env.HOME ?? '',
				NODE_ENV: 'production',
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: `http://127.0.0.1:${port}`,
				...databaseEnv,
				...env
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) {
			await cleanup();
			throw new Error(`The app exited early:\n${output}`);
		}
		const ready = await fetch(`${url}/healthz`).then(
			(response) => response.ok,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			await cleanup();
			throw new Error(`The app did not start in time:\n${output}`);
		}
		await new Promise((wait) => setTimeout(wait, 150));
	}
	return {
		url,
		kind,
		database,
		logs: () => output,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((done) => child.once('exit', done));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
		},
		cleanup
	};
}

/** Every row of every table of the app's database, as text (the app must be stopped for PGlite). */
export async function dumpDatabase(app: RunningApp): Promise<string> {
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const { sql } = await import('drizzle-orm');
	const handle =
		app.kind === 'postgres'
			? openDatabase({ url: app.database, poolSize: 1 })
			: openDatabase({ dataDir: app.database });
	try {
		const tables = await handle.db.execute<{ table_name: string }>(
			sql`select table_name from information_schema.tables where table_schema = 'public'`
		);
		const names = rowsOf<{ table_name: string }>(tables).map((row) => row.table_name);
		let dump = '';
		for (const name of names) {
			const rows = await handle.db.execute(sql`select * from ${sql.identifier(name)}`);
			dump += `${name}: ${JSON.stringify(rowsOf(rows))}\n`;
		}
		return dump;
	} finally {
		await handle.close();
	}
}
