// The production build an audit runs against: rebuilt when missing or older than the sources
// (as `npm start` decides), then served on a free port over the database the audit chose.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

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
 * Builds the app into `buildDir` (BUILD_DIR, read by svelte.config.js) unless the build there is
 * newer than every source. Prints the build's output only when it fails.
 * @param {string} root the project folder
 * @param {string} buildDir
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
	const started = Date.now();
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
	console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
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
 * @typedef {object} RunningApp
 * @property {string} url e.g. http://127.0.0.1:41234
 * @property {() => string} logs the server's output so far
 * @property {() => Promise<void>} stop SIGTERM, then SIGKILL after 10 s
 * @property {() => void} kill SIGKILL at once (for process exit)
 * @property {() => Promise<void>} ready resolves once /healthz answers (up to 120 s)
 */

/**
 * Starts `node <buildDir>/index.js` on a free port with `database`: `{ DATA_DIR }` for an
 * embedded database or `{ DATABASE_URL }`, and nothing else from this process's environment.
 * The caller can stop it at once; `ready()` waits for /healthz.
 * @param {string} root
 * @param {string} buildDir
 * @param {{ DATA_DIR: string } | { DATABASE_URL: string }} database
 * @returns {Promise<RunningApp>}
 */
export async function startApp(root, buildDir, database) {
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
			...database,
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
			const timeout = new Promise((done) => setTimeout(done, 10_000).unref());
			await Promise.race([exited, timeout]);
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGKILL');
				await exited;
			}
		},
		kill() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		},
		async ready() {
			const deadline = Date.now() + 120_000;
			for (;;) {
				if (child.exitCode !== null || child.signalCode !== null) {
					throw new Error(`The app exited early:\n${output}`);
				}
				const up = await fetch(`${url}/healthz`).then(
					(response) => response.ok,
					() => false
				);
				if (up) return;
				if (Date.now() > deadline) {
					throw new Error(`The app did not answer /healthz within 120 s:\n${output}`);
				}
				await new Promise((wait) => setTimeout(wait, 200));
			}
		}
	};
	return app;
}
