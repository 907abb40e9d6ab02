// The production build under audit: rebuilt when missing or older than the sources, served on a
// free port over a brand-new PostgreSQL database that is dropped afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import postgres from 'postgres';

const SOURCES = ['src', 'static', 'drizzle', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** @param {string} path @returns {number} */
function newestChange(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

/**
 * Builds into `buildDir` unless the build there is newer than every source.
 * @param {string} root @param {string} buildDir
 */
export function ensureBuild(root, buildDir) {
	const entry = join(root, buildDir, 'index.js');
	const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
	const sourcesAt = Math.max(
		...SOURCES.map((path) => join(root, path))
			.filter((path) => existsSync(path))
			.map(newestChange)
	);
	if (builtAt >= sourcesAt) {
		console.log(`Build ${buildDir}/ is up to date.`);
		return;
	}
	console.log(`Building Accord into ${buildDir}/ (missing or older than the sources)…`);
	const build = spawnSync('npx', ['vite', 'build'], {
		cwd: root,
		env: { ...process.env, BUILD_DIR: buildDir },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (build.status !== 0) {
		process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
		throw new Error(`vite build failed (exit ${build.status ?? build.signal})`);
	}
}

/**
 * A new, empty database on the PostgreSQL server of `adminUrl`.
 * @param {string} adminUrl
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createDatabase(adminUrl) {
	const name = `accord_sqlmap_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
			try {
				await cleanup.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await cleanup.end();
			}
		}
	};
}

/**
 * Lets every attempt through the app's throttles, in the audit's own database only: sqlmap sends
 * thousands of requests from one address, and a 429 would hide the handlers behind it. The
 * counters still count (the upsert runs); each row just never goes past 1.
 * @param {string} databaseUrl
 */
export async function disableThrottling(databaseUrl) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		await sql.unsafe(`
			create function audit_no_throttle() returns trigger language plpgsql as $$
			begin new.count := 1; return new; end $$;
			create trigger audit_no_throttle before insert or update on rate_limits
				for each row execute function audit_no_throttle();`);
	} finally {
		await sql.end();
	}
}

/** @returns {Promise<number>} */
function freePort() {
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

/**
 * Starts `node <buildDir>/index.js` on a free port against `databaseUrl`; resolves once /healthz
 * answers (the app applies its migrations at start).
 * @param {string} root @param {string} buildDir @param {string} databaseUrl
 */
export async function startApp(root, buildDir, databaseUrl) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, [join(root, buildDir, 'index.js')], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '',
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			DATABASE_URL: databaseUrl,
			SHUTDOWN_TIMEOUT: '5'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((done) => child.once('exit', done));
	const app = {
		url,
		logs: () => output,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000).unref())]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		},
		kill() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
	};
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The app exited early:\n${output}`);
		const ready = await fetch(`${url}/healthz`).then(
			(response) => response.ok,
			() => false
		);
		if (ready) return app;
		if (Date.now() > deadline) {
			app.kill();
			throw new Error(`The app did not start in time:\n${output}`);
		}
		await new Promise((wait) => setTimeout(wait, 200));
	}
}
