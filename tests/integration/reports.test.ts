import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellCounts } from '../../src/lib/domain/segments';
import type { ResponseAnswers } from '../../src/lib/domain/instrument';
import { REPORT_SPEC, isHidden, structureCountsOf, type Report } from '../../src/lib/domain/report';
import { EXECUTIVE_MODES, type ExecutiveMode } from '../../src/lib/domain/reporting-level';
import { cellStatsOf } from '../../src/lib/domain/sufficient-stats';
import { NORMAL_QUANTILE_975 } from '../../src/lib/domain/distributions';
import { createDiagnostic } from '../../src/lib/server/diagnostics';
import { loadReport, loadReportData } from '../../src/lib/server/reports';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture, sampleContext } from '../helpers/fixtures';
import {
	answersArb,
	insertResponses,
	realisticAnswers,
	referenceComments,
	referenceRows,
	seeded
} from '../unit/report/generators';
import {
	expectAnonymous,
	hiddenGroups,
	leakedUnderHiddenGroups
} from '../unit/report/report-checks';

async function newDiagnostic(
	database: TestDatabase,
	organisationId: string,
	settings: { k?: number; executiveMode?: ExecutiveMode } = {}
) {
	return createDiagnostic(database.db, organisationId, {
		title: 'Report test',
		languages: ['en'],
		context: sampleContext,
		expected: null,
		k: settings.k ?? 5,
		executiveMode: settings.executiveMode ?? 'standard',
		previousDiagnosticId: null
	});
}

async function expectSqlMatchesDomain(
	database: TestDatabase,
	diagnosticId: string,
	list: readonly ResponseAnswers[],
	mode: ExecutiveMode
): Promise<void> {
	const data = await loadReportData(database.db, diagnosticId, mode);
	const rows = referenceRows(list, mode);
	expect(data.cells).toStrictEqual(cellStatsOf(rows, REPORT_SPEC));
	expect(data.structure).toStrictEqual(structureCountsOf(rows));
	expect(data.comments).toStrictEqual(referenceComments(list, mode));
}

/** Trust answers giving a trust score of `score` on 1–7 (trust.3 is reverse-worded). */
function trustAnswers(level: 'executive' | 'frontline', items: [number, number, number, number]) {
	const answers = answersFor(level, 'sales', () => null) as Record<string, unknown>;
	['trust.1', 'trust.2', 'trust.3', 'trust.4'].forEach((id, i) => (answers[id] = items[i]));
	return answers as ResponseAnswers;
}

describe.each(databaseKinds())('report SQL on %s', (kind) => {
	let database: TestDatabase;
	let organisationId: string;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		({ organisationId } = await createDiagnosticFixture(database.db));
	});
	afterAll(() => database?.destroy());

	it('gives exactly cellStatsOf and structureCountsOf for random response sets', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...EXECUTIVE_MODES),
				fc.array(answersArb, { maxLength: 40 }),
				async (mode, list) => {
					const diagnostic = await newDiagnostic(database, organisationId, { executiveMode: mode });
					await insertResponses(database.db, diagnostic.id, list);
					await expectSqlMatchesDomain(database, diagnostic.id, list, mode);
				}
			),
			{ numRuns: kind === 'pglite' ? 25 : 40 }
		);
	});

	it('gives exactly cellStatsOf on 3,000 realistic responses, in every executive mode', async () => {
		const diagnostic = await newDiagnostic(database, organisationId);
		const list = realisticAnswers(3000, 7);
		await insertResponses(database.db, diagnostic.id, list);
		for (const mode of EXECUTIVE_MODES) {
			await expectSqlMatchesDomain(database, diagnostic.id, list, mode);
		}
	});

	it('counts nothing from other diagnostics, and all cells empty without responses', async () => {
		const busy = await newDiagnostic(database, organisationId);
		await insertResponses(database.db, busy.id, realisticAnswers(50, 3));
		const empty = await newDiagnostic(database, organisationId);
		await expectSqlMatchesDomain(database, empty.id, [], 'standard');
	});

	it('matches hand-computed group statistics and gap through the SQL path', async () => {
		// k = 3 so that three people per level are shown. Trust scores on 1–7:
		// frontline 1, 2.5, 4 → 0, 25, 50 on 0–100; executives 4, 5.5, 7 → 50, 75, 100.
		const diagnostic = await newDiagnostic(database, organisationId, { k: 3 });
		await insertResponses(database.db, diagnostic.id, [
			trustAnswers('frontline', [1, 1, 7, 1]),
			trustAnswers('frontline', [2, 3, 6, 3]),
			trustAnswers('frontline', [4, 4, 4, 4]),
			trustAnswers('executive', [4, 4, 4, 4]),
			trustAnswers('executive', [5, 6, 2, 5]),
			trustAnswers('executive', [7, 7, 1, 7])
		]);
		const report = await loadReport(database.db, diagnostic);
		const trust = report.dimensions.find((d) => d.id === 'trust')!;
		const exec = trust.groups.executive;
		if (isHidden(exec)) throw new Error('executives are shown from 3 answers with k = 3');

		// Group statistics: mean 75, SD 25 (deviations −25, 0, 25 over n − 1 = 2), t quantile for
		// 2 degrees of freedom in closed form: (2p − 1) / √(2p(1 − p)).
		const t2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
		const half = (t2 * 25) / Math.sqrt(3);
		expect(exec.n).toBe(3);
		expect(exec.mean).toBeCloseTo(75, 9);
		expect(exec.sd).toBeCloseTo(25, 9);
		expect(exec.median).toBeCloseTo(75, 9);
		expect(exec.ci95!.lower).toBeCloseTo(75 - half, 9);
		expect(exec.ci95!.upper).toBeCloseTo(75 + half, 9);

		// Gap executives − frontline: 75 − 25 = 50; equal n and SD, so Welch's df is 2(n − 1) = 4,
		// whose quantile also has a closed form (α = 4p(1 − p)):
		// t = 2√(cos(arccos(√α) / 3) / √α − 1).
		const gap = trust.gap;
		if (gap === null || isHidden(gap)) throw new Error('the gap is shown');
		const alpha = 4 * 0.975 * 0.025;
		const t4 = 2 * Math.sqrt(Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha) - 1);
		const se = Math.sqrt(625 / 3 + 625 / 3);
		expect(gap.difference).toBeCloseTo(50, 9);
		expect(gap.se).toBeCloseTo(se, 9);
		expect(gap.df).toBeCloseTo(4, 9);
		expect(gap.ci95!.lower).toBeCloseTo(50 - t4 * se, 9);
		expect(gap.ci95!.upper).toBeCloseTo(50 + t4 * se, 9);
		// Hedges' g: pooled SD 25, d = 2, J = 1 − 3 / (4·6 − 9) = 0.8, g = 1.6,
		// V(d) = 6/9 + 4/12 = 1, SE(g) = 0.8.
		expect(gap.hedgesG!.g).toBeCloseTo(1.6, 9);
		expect(gap.hedgesG!.se).toBeCloseTo(0.8, 9);
		expect(gap.hedgesG!.ci95.lower).toBeCloseTo(1.6 - NORMAL_QUANTILE_975 * 0.8, 9);
		expect(gap.hedgesG!.label).toBe('large');
		// Shares: frontline's 12 answers coded 1,1,1,1 · 2,3,2,3 · 4,4,4,4 → 8 unfavourable, 4 neutral.
		const front = trust.groups.frontline;
		if (isHidden(front)) throw new Error('frontline is shown');
		expect(front.shares.unfavourable).toBeCloseTo(8 / 12, 12);
		expect(front.shares.neutral).toBeCloseTo(4 / 12, 12);
	});

	it('publishes nothing that gives away two marketing executives, anywhere in the report', async () => {
		const diagnostic = await newDiagnostic(database, organisationId, { k: 5 });
		const people = (level: 'executive' | 'frontline', fn: 'sales' | 'marketing', count: number) =>
			Array.from({ length: count }, (_, i) =>
				answersFor(
					level,
					fn,
					(allowed) => allowed[(i * 3) % allowed.length]!,
					`${level} ${fn} ${i}`
				)
			);
		await insertResponses(database.db, diagnostic.id, [
			...people('executive', 'marketing', 2),
			...people('executive', 'sales', 6),
			...people('frontline', 'sales', 12),
			...people('frontline', 'marketing', 12)
		]);
		const report = await loadReport(database.db, diagnostic, { random: seeded(1) });
		const counts: CellCounts = {
			'executive:sales': 6,
			'executive:marketing': 2,
			'executive:other': 0,
			'frontline:sales': 12,
			'frontline:marketing': 12,
			'frontline:other': 0
		};
		const hidden = hiddenGroups(report);
		expect(hidden.has('executive:marketing')).toBe(true);
		// Executives − executives in sales would be the two: one of the two is hidden as well.
		expect(hidden.has('executive') || hidden.has('executive:sales')).toBe(true);
		expect(leakedUnderHiddenGroups(report).hiddenPaths.length).toBeGreaterThan(0);
		expectAnonymous(report, counts);
		// Comments need 10 people in a group: not the two, not the eight executives.
		expect(isHidden(report.comments.byGroup['executive:marketing'])).toBe(true);
		expect(isHidden(report.comments.byGroup.executive)).toBe(true);
		expect(isHidden(report.comments.pooled)).toBe(false);
	});
});

describe.runIf(process.env.TEST_DATABASE_URL)('PGlite and PostgreSQL', () => {
	let pglite: TestDatabase;
	let postgres: TestDatabase;
	beforeAll(async () => {
		[pglite, postgres] = await Promise.all([
			createTestDatabase('pglite'),
			createTestDatabase('postgres')
		]);
	});
	afterAll(async () => {
		await pglite?.destroy();
		await postgres?.destroy();
	});

	it('build identical reports from the same responses, seed and time', async () => {
		const list = realisticAnswers(1500, 11);
		for (const mode of EXECUTIVE_MODES) {
			const reports: Report[] = [];
			for (const database of [pglite, postgres]) {
				const { diagnostic } = await createDiagnosticFixture(database.db, {
					k: 5,
					executiveMode: mode
				});
				await insertResponses(database.db, diagnostic.id, list);
				reports.push(
					await loadReport(database.db, diagnostic, {
						now: new Date('2025-04-01T08:00:00Z'),
						random: seeded(42)
					})
				);
			}
			const [fromPglite, fromPostgres] = reports;
			expect(fromPostgres).toStrictEqual(fromPglite);
			expect(JSON.stringify(fromPostgres)).toBe(JSON.stringify(fromPglite));
		}
	});
});
