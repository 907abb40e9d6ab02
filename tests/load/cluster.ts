/**
 * A throw-away PostgreSQL cluster that belongs to one load run: `initdb` into a temporary folder,
 * `pg_ctl` on a free port, removed at the end. The fault run stops and restarts PostgreSQL in the
 * middle of the load; doing that to a shared server (or to the machine's Debian cluster with
 * `pg_ctlcluster`) would cut every other user's sessions and needs root, while a cluster of the
 * run's own needs only the server binaries and can be restarted at will.
 *
 * Binaries: LOAD_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. PostgreSQL refuses to
 * run as root: as root, every command runs as the `postgres` user (runuser), which owns the folder.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface Cluster {
	/** Superuser connection string to the `postgres` database. */
	url: string;
	port: number;
	/** `pg_ctl restart` (fast mode: sessions are terminated, transactions rolled back). */
	restart(): Promise<void>;
	/** `pg_ctl stop` (fast mode), for a longer outage than a restart's. */
	stop(): Promise<void>;
	start(): Promise<void>;
	/** Stops the server and removes its folder. */
	remove(): void;
}

function binDir(): string {
	if (process.env.LOAD_PG_BIN) return process.env.LOAD_PG_BIN;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length === 0) throw new Error('no PostgreSQL binaries: set LOAD_PG_BIN');
	return join(root, versions[0]!, 'bin');
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool without blocking the event loop (the load keeps running meanwhile). */
async function run(bin: string, tool: string, args: string[]): Promise<void> {
	const command = asRoot ? 'runuser' : join(bin, tool);
	const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
	await promisify(execFile)(command, argv);
}

/** Creates and starts the cluster on `port`, trusting local TCP connections as `postgres`. */
export async function startCluster(port: number): Promise<Cluster> {
	const bin = binDir();
	const folder = mkdtempSync(join(tmpdir(), 'accord-load-pg-'));
	if (asRoot) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(folder, uid, gid);
	}
	const data = join(folder, 'data');
	const log = join(folder, 'server.log');
	const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=60`;
	const ctl = (...args: string[]) =>
		run(bin, 'pg_ctl', ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', '60', ...args]);
	await run(bin, 'initdb', [
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'-E',
		'UTF8',
		'--no-sync'
	]);
	await ctl('start');
	let removed = false;
	const remove = () => {
		if (removed) return;
		removed = true;
		const command = asRoot ? 'runuser' : join(bin, 'pg_ctl');
		const stop = ['-D', data, '-m', 'immediate', '-w', 'stop'];
		spawnSync(command, asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...stop] : stop);
		rmSync(folder, { recursive: true, force: true });
	};
	// Never leave the server running, even when the run fails or is interrupted.
	process.once('exit', remove);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		port,
		restart: () => ctl('-m', 'fast', 'restart'),
		stop: () => ctl('-m', 'fast', 'stop'),
		start: () => ctl('start'),
		remove
	};
}
