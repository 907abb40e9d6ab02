// `npm start`: builds the app when the build is missing or older than the sources, then serves
// it (embedded database unless DATABASE_URL is set) on PORT, default 3000.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

const builtAt = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.filter((p) => existsSync(p)).map(newestChange));
if (sourcesAt > builtAt) {
	console.log('Building Accord…');
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check would refuse every form
// posted to the local http address. Behind a proxy, set ORIGIN (or PROTOCOL_HEADER/HOST_HEADER).
const origin = process.env.ORIGIN ?? `http://localhost:${port}`;
console.log(`Accord on ${origin}`);
const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port, ORIGIN: origin }
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
