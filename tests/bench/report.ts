/**
 * Report benchmark (`npm run bench:report`): 1,000, 10,000 and 100,000 synthetic responses in a
 * fresh PostgreSQL database, the full report (SQL + domain) timed for each size, median of
 * several runs, and the growth per 10× responses. Target (DESIGN.md §8): 100,000 responses under
 * 200 ms, growth no faster than linear (ratio ≤ 10 per 10×). Printed, not asserted.
 *
 * Database: TEST_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
 * a new database is created on that server and dropped at the end.
 */
import { sql } from 'drizzle-orm';
import { availableParallelism, loadavg } from 'node:os';
import postgres from 'postgres';
import { test } from 'vitest';
import { buildReport } from '../../src/lib/domain/report';
import { openDatabase } from '../../src/lib/server/db/client';
import { loadReport, loadReportData } from '../../src/lib/server/reports';
import { createDiagnosticFixture } from '../helpers/fixtures';
import { insertResponses, realisticAnswers, seeded } from '../unit/report/generators';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;
const serverUrl =
	process.env.TEST_DATABASE_URL ??
	process.env.DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/test';

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`.padStart(10);

test('report benchmark', async () => {
	const name = `accord_bench_${Date.now().toString(36)}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = openDatabase({ url: url.toString(), poolSize: 4 });
	try {
		await handle.migrate();
		const { db } = handle;
		const diagnostics = [];
		for (const size of SIZES) {
			const { diagnostic } = await createDiagnosticFixture(db);
			const started = performance.now();
			await insertResponses(db, diagnostic.id, realisticAnswers(size, size));
			console.log(
				`inserted ${size} responses in ${((performance.now() - started) / 1000).toFixed(1)} s`
			);
			diagnostics.push({ size, diagnostic });
		}
		// What autovacuum does after a bulk load: statistics for the planner, visibility map.
		await handle.db.execute(sql`vacuum analyze responses`);

		const [version] = await admin`select current_setting('server_version') as v`;
		console.log(
			`\nreport of one diagnostic on PostgreSQL ${String(version?.v)} (${url.host}), median of ${RUNS} runs after a warm-up`
		);
		const load = loadavg().map((x) => x.toFixed(1));
		console.log(`machine: ${availableParallelism()} CPUs, load average ${load.join(' ')}`);
		console.log('responses      total        SQL     domain   growth per 10×');
		let previous: number | undefined;
		for (const { size, diagnostic } of diagnostics) {
			await loadReport(db, diagnostic);
			const totals: number[] = [];
			const sqlTimes: number[] = [];
			const domainTimes: number[] = [];
			for (let run = 0; run < RUNS; run++) {
				totals.push(await timed(() => loadReport(db, diagnostic)));
				let data: Awaited<ReturnType<typeof loadReportData>> | undefined;
				sqlTimes.push(
					await timed(async () => {
						data = await loadReportData(db, diagnostic.id, diagnostic.executiveMode);
					})
				);
				domainTimes.push(
					await timed(async () =>
						buildReport({
							...data!,
							settings: { ...diagnostic, context: diagnostic.context },
							generatedAt: new Date(),
							random: seeded(run)
						})
					)
				);
			}
			const total = median(totals);
			const growth = previous === undefined ? '' : `×${(total / previous).toFixed(2)}`;
			console.log(
				`${String(size).padStart(9)} ${ms(total)} ${ms(median(sqlTimes))} ${ms(median(domainTimes))}   ${growth}`
			);
			previous = total;
		}
		const last = diagnostics.at(-1);
		console.log(`\ntarget: ${last?.size} responses under 200 ms; growth at most ×10 per 10×`);
	} finally {
		await handle.close();
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
});
