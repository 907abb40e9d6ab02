/**
 * The production build as a process these tests control: its exit code, its pid, and a fresh
 * instance on the same port and database after a stop (tests/helpers/server.ts `startApp` picks
 * the port and owns the process, which a restart or a SIGTERM test needs to do itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Database } from '../../../src/lib/server/db/client';
import { createPostgresDatabase, type DatabaseKind } from '../../helpers/databases';

const root = resolve(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
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

export interface AppDatabase {
	kind: DatabaseKind;
	/** DATABASE_URL or DATA_DIR for the app. */
	env: Record<string, string>;
	drop(): Promise<void>;
}

/**
 * A fresh, migrated database filled by `seed`: a new database on the server of
 * TEST_DATABASE_URL, or a PGlite folder.
 */
export async function prepareDatabase(
	kind: DatabaseKind,
	seed: (db: Database) => Promise<void>
): Promise<AppDatabase> {
	let database: AppDatabase;
	if (kind === 'postgres') {
		const created = await createPostgresDatabase();
		database = { kind, env: { DATABASE_URL: created.url }, drop: created.drop };
	} else {
		const dataDir = mkdtempSync(join(tmpdir(), 'accord-faults-'));
		database = {
			kind,
			env: { DATA_DIR: dataDir },
			drop: async () => rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const handle = openDatabase({
		url: database.env.DATABASE_URL,
		dataDir: database.env.DATA_DIR,
		poolSize: 2
	});
	try {
		await handle.migrate();
		await seed(handle.db);
	} finally {
		await handle.close();
	}
	return database;
}

/** Instances still running when this process exits are killed, whatever ended the run. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});

export interface AppProcess {
	url: string;
	pid: number;
	child: ChildProcess;
	/** Resolves with the exit code (null when killed by a signal) once the process has exited. */
	exited: Promise<number | null>;
	logs(): string;
}

/**
 * GET /healthz on a new connection, as a load balancer probes: the status code, or the error
 * code. Never through a kept-alive connection, which could still reach an instance that stopped
 * listening but is finishing its requests after SIGTERM.
 */
export function probeHealthz(url: string, timeoutMs = 3000): Promise<string> {
	return new Promise((done) => {
		const request = get(`${url}/healthz`, { agent: false, timeout: timeoutMs }, (response) => {
			response.resume();
			done(String(response.statusCode));
		});
		request.on('timeout', () => request.destroy(Object.assign(new Error(), { code: 'timeout' })));
		request.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
	});
}

/** Starts the build in BUILD_DIR (default build/) on `port` and waits until /healthz answers 200. */
export async function spawnApp(
	port: number,
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<AppProcess> {
	let output = '';
	const child = spawn(
		process.execPath,
		[join(root, process.env.BUILD_DIR ?? 'build', 'index.js')],
		{
			cwd: root,
			env: {
				PATH: process.env.PATH ?? '',
				HOME: process.env.HOME ?? '',
				NODE_ENV: 'production',
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: `http://127.0.0.1:${port}`,
				...env
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	running.add(child);
	const exited = new Promise<number | null>((done) =>
		child.once('exit', (code) => {
			running.delete(child);
			done(code);
		})
	);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The app exited early:\n${output}`);
		if ((await probeHealthz(url)) === '200') break;
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The app did not start in time:\n${output}`);
		}
		await new Promise((wait) => setTimeout(wait, 100));
	}
	return { url, pid: child.pid!, child, exited, logs: () => output };
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopApp(app: AppProcess, graceMs = 10_000): Promise<number | null> {
	if (app.child.exitCode !== null || app.child.signalCode !== null) return app.child.exitCode;
	app.child.kill('SIGTERM');
	const timer = setTimeout(() => app.child.kill('SIGKILL'), graceMs);
	try {
		return await app.exited;
	} finally {
		clearTimeout(timer);
	}
}
