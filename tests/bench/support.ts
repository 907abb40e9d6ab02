/** What the submit and weight benchmarks share: the production build they run, and its process. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** The benchmarks' own build, apart from `build/` (BENCH_BUILD_DIR overrides). */
export const benchBuildDir = process.env.BENCH_BUILD_DIR ?? 'build-bench';

/** PostgreSQL server the benchmarks create their fresh databases on. */
export const postgresServerUrl =
	process.env.TEST_DATABASE_URL ??
	process.env.DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/test';

function newestChange(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
	return newest;
}

/**
 * Builds the production server into `benchBuildDir` when it is missing or older than the sources
 * (src/, package.json, the Vite and Svelte configs), or always with BENCH_REBUILD=1. Points the
 * test helpers' `startApp` at that build.
 */
export function ensureBuild(): void {
	const entry = join(root, benchBuildDir, 'index.js');
	const sources = ['src', 'package.json', 'vite.config.ts', 'svelte.config.js']
		.map((name) => join(root, name))
		.filter((path) => existsSync(path));
	const stale =
		!existsSync(entry) ||
		Math.max(...sources.map(newestChange)) > statSync(entry).mtimeMs ||
		process.env.BENCH_REBUILD === '1';
	if (stale) {
		console.log(`building the production server into ${benchBuildDir}/ …`);
		const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, BUILD_DIR: benchBuildDir, KIT_OUT_DIR: '.svelte-kit-bench' }
		});
		if (built.status !== 0) throw new Error(`vite build failed (exit ${built.status})`);
	}
	process.env.BUILD_DIR = benchBuildDir;
}

/** The child processes of this process (every thread's), by pid, with their command lines. */
export function childProcesses(): { pid: number; command: string }[] {
	const children: { pid: number; command: string }[] = [];
	for (const task of readdirSync(`/proc/${process.pid}/task`)) {
		let list = '';
		try {
			list = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8');
		} catch {
			continue;
		}
		for (const pid of list.trim().split(/\s+/).filter(Boolean).map(Number)) {
			try {
				const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
				children.push({ pid, command });
			} catch {
				// exited meanwhile
			}
		}
	}
	return children;
}

/** The pid of the child process whose command line contains `needle`. */
export function childPid(needle: string): number {
	const found = childProcesses().filter((child) => child.command.includes(needle));
	if (found.length !== 1) {
		throw new Error(`expected one child process running ${needle}, found ${found.length}`);
	}
	return found[0]!.pid;
}

/** A memory figure of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak so far). */
export function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	if (!match) throw new Error(`no ${field} for process ${pid}`);
	return Number(match[1]) * 1024;
}

/** Samples a process's resident memory until stopped; returns the peak (sampled and VmHWM). */
export function watchMemory(pid: number, everyMs = 100): () => { sampled: number; hwm: number } {
	let sampled = 0;
	const sample = () => {
		try {
			sampled = Math.max(sampled, memoryOf(pid, 'VmRSS'));
		} catch {
			// the process is gone
		}
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return () => {
		clearInterval(timer);
		sample();
		return { sampled, hwm: memoryOf(pid, 'VmHWM') };
	};
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
