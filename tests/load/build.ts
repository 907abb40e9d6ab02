/**
 * The load runs' own production build (LOAD_BUILD_DIR, default build-load/), rebuilt when it is
 * missing or older than the sources, or always with LOAD_REBUILD=1; points BUILD_DIR at it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const loadBuildDir = process.env.LOAD_BUILD_DIR ?? 'build-load';

function newestChange(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, entry) => Math.max(newest, newestChange(join(path, entry))),
		stat.mtimeMs
	);
}

export function ensureLoadBuild(): void {
	const entry = join(root, loadBuildDir, 'index.js');
	const sources = ['src', 'package.json', 'vite.config.ts', 'svelte.config.js']
		.map((name) => join(root, name))
		.filter((path) => existsSync(path));
	const stale =
		process.env.LOAD_REBUILD === '1' ||
		!existsSync(entry) ||
		Math.max(...sources.map(newestChange)) > statSync(entry).mtimeMs;
	if (stale) {
		console.log(`building the production server into ${loadBuildDir}/ …`);
		const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, BUILD_DIR: loadBuildDir, KIT_OUT_DIR: '.svelte-kit-load' }
		});
		if (built.status !== 0) throw new Error(`vite build failed (exit ${built.status})`);
	}
	process.env.BUILD_DIR = loadBuildDir;
}
