// `npm run audit:sqlmap`: sqlmap (Debian's package, installed when missing) against the login,
// sign-up, survey submission (through a link and through an invitation), CSV import and report
// endpoints (page, report.json, export.csv) of a production build on PostgreSQL.
//
// Builds the app when the build (BUILD_DIR, default build/) is missing or older than the
// sources; creates a new database on the PostgreSQL server of AUDIT_DATABASE_URL (else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres), starts the app on it,
// lifts the throttles in that database only, seeds it through HTTP, then runs sqlmap --batch on
// each target (SQLMAP_LEVEL, default 3; SQLMAP_RISK, default 2). Prints per target the requests
// sent, the statuses met and sqlmap's verdict. Exits 1 on any injectable or vulnerable finding,
// on any 5xx, and when a target was never reached (only 403/429 answers) or not tested.
// SQLMAP_KEEP=<folder> keeps sqlmap's files (requests, traffic, logs) there.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, disableThrottling } from './sqlmap/database.js';
import { ensureBuild, startApp } from './shared/production-app.js';
import { seed } from './sqlmap/seed.js';
import { ensureSqlmap, runSqlmap } from './sqlmap/sqlmap.js';
import { targets } from './sqlmap/targets.js';

const root = resolve(import.meta.dirname, '../..');
const buildDir = process.env.BUILD_DIR ?? 'build';
const adminUrl =
	process.env.AUDIT_DATABASE_URL ??
	process.env.TEST_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const strength = {
	level: Number(process.env.SQLMAP_LEVEL ?? 3),
	risk: Number(process.env.SQLMAP_RISK ?? 2)
};
const keep = process.env.SQLMAP_KEEP ? resolve(process.env.SQLMAP_KEEP) : '';

/** Everything started is undone in reverse order, once. @type {(() => Promise<void>)[]} */
const undo = [];
let stopping = false;
async function stopAll() {
	if (stopping) return;
	stopping = true;
	for (let step = undo.pop(); step; step = undo.pop()) {
		await step().catch((error) => console.error(`cleanup: ${error}`));
	}
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => void stopAll().finally(() => process.exit(130)));
}

/** @param {Record<string, number>} statuses */
function formatStatuses(statuses) {
	return Object.entries(statuses)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([status, count]) => `${status}×${count}`)
		.join(' ');
}

/** @param {import('./sqlmap/sqlmap.js').Verdict} verdict @returns {string[]} */
function problemsOf(verdict) {
	const problems = [];
	const statuses = Object.keys(verdict.statuses).map(Number);
	if (verdict.injectable.length > 0) problems.push('INJECTABLE');
	if (statuses.some((status) => status >= 500)) problems.push('server errors (5xx)');
	if (!statuses.some((status) => status < 500 && status !== 403 && status !== 429)) {
		problems.push('never reached the handler (no answer but 403/429/5xx)');
	}
	if (!verdict.tested) problems.push('sqlmap did not finish testing');
	return problems;
}

async function main() {
	ensureSqlmap();
	ensureBuild(root, buildDir);
	const work = keep || mkdtempSync(join(tmpdir(), 'accord-sqlmap-'));
	if (keep) mkdirSync(keep, { recursive: true });
	else undo.push(async () => rmSync(work, { recursive: true, force: true }));

	const database = await createDatabase(adminUrl);
	undo.push(database.drop);
	const app = await startApp(root, buildDir, { DATABASE_URL: database.url });
	undo.push(app.stop);
	await app.ready();
	await disableThrottling(database.url);
	console.log(`App on ${app.url}, database ${new URL(database.url).pathname.slice(1)}; seeding…`);
	const seeded = await seed(app.url);

	let failed = false;
	for (const [index, target] of targets(app.url, seeded).entries()) {
		const folder = join(work, String(index + 1).padStart(2, '0'));
		mkdirSync(folder, { recursive: true });
		console.log(`\n▶ ${target.name} (level ${strength.level}, risk ${strength.risk})…`);
		const started = Date.now();
		const verdict = await runSqlmap(target, folder, strength);
		const problems = problemsOf(verdict);
		failed ||= problems.length > 0;
		console.log(
			`  requests sent: ${verdict.requests} in ${Math.round((Date.now() - started) / 1000)} s`
		);
		console.log(`  statuses: ${formatStatuses(verdict.statuses) || 'none'}`);
		for (const line of verdict.injectable) console.log(`  sqlmap found: ${line}`);
		for (const parameter of verdict.dismissed) {
			console.log(`  sqlmap suspected '${parameter}', then dismissed it as a false positive`);
		}
		// sqlmap's CRITICAL lines, first sentence only (its conclusion, then advice).
		for (const line of verdict.critical) {
			console.log(`  sqlmap: ${line.replace(/^\[[\d:]+\] \[CRITICAL\] /, '').split('. ')[0]}`);
		}
		console.log(
			`  verdict: ${problems.length === 0 ? 'no injection found' : `FAILED: ${problems.join('; ')}`}`
		);
	}
	if (/\[\w{8}-\w{4}-\w{4}-\w{4}-\w{12}\]/.test(app.logs())) {
		console.log('\nThe app logged unexpected errors:\n' + app.logs().slice(-4000));
		failed = true;
	}
	console.log(
		failed ? '\nsqlmap audit FAILED.' : '\nsqlmap audit passed: no injection, every target reached.'
	);
	if (keep) console.log(`sqlmap's files are in ${keep}.`);
	return failed ? 1 : 0;
}

main()
	.then(async (code) => {
		await stopAll();
		process.exit(code);
	})
	.catch(async (error) => {
		console.error(error);
		await stopAll();
		process.exit(1);
	});
