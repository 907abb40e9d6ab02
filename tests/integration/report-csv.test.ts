import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/domain/csv';
import type { Gap } from '../../src/lib/domain/gaps';
import {
	isHidden,
	type ByGroup,
	type MeasureReport,
	type Report,
	type Shown
} from '../../src/lib/domain/report';
import { GAP_GROUPS, REPORT_CSV_COLUMNS, buildReportCsv } from '../../src/lib/domain/report-csv';
import { STRUCTURE_ITEM_IDS } from '../../src/lib/domain/instrument';
import type { GroupId } from '../../src/lib/domain/segments';
import { loadReport } from '../../src/lib/server/reports';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../helpers/fixtures';
import { insertResponses, realisticAnswers, seeded } from '../unit/report/generators';

const NOW = new Date('2025-05-02T10:00:00Z');
type Row = Record<(typeof REPORT_CSV_COLUMNS)[number], string>;

function rowsOf(text: string): Row[] {
	const parsed = parseCsv(text, ',');
	if (!parsed.ok) throw new Error(parsed.code);
	const [, ...records] = parsed.records;
	return records.map(
		(record) =>
			Object.fromEntries(REPORT_CSV_COLUMNS.map((c, i) => [c, record.cells[i] ?? ''])) as Row
	);
}

/** The report's figure for a (measure, group) row, looked up independently of the builder. */
function expected(report: Report, measure: string, group: string): Shown<unknown> {
	const measures: Record<string, MeasureReport<unknown>> = {
		alignment_index: report.alignmentIndex,
		overall: report.overall,
		...Object.fromEntries(report.dimensions.map((d) => [d.id, d]))
	};
	const byGroup: Record<string, ByGroup<unknown>> = {
		respondents: report.respondents,
		'meta.exec_view': report.meta.execView,
		'meta.frontline_view': report.meta.frontlineView,
		...Object.fromEntries(STRUCTURE_ITEM_IDS.map((id) => [id, report.structure[id]]))
	};
	const m = measures[measure];
	if (m) {
		if (group === GAP_GROUPS.gap) return m.gap;
		if (group === GAP_GROUPS.mirror) return m.mirror;
		return m.groups[group as GroupId];
	}
	const g = byGroup[measure];
	if (!g) throw new Error(`unknown measure ${measure}`);
	return g[group as GroupId];
}

function expectCell(cell: string, value: number | null | undefined): void {
	if (value === null || value === undefined) expect(cell).toBe('');
	else {
		expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
		expect(Math.abs(Number(cell) - value)).toBeLessThanOrEqual(5e-7 + 1e-12);
	}
}

describe.each(databaseKinds())('report CSV on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(async () => {
		await database?.destroy();
	});

	it('writes every figure of the JSON report, and nothing else', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		await insertResponses(database.db, diagnostic.id, realisticAnswers(80, 17));
		const report = await loadReport(database.db, diagnostic, { now: NOW, random: seeded(1) });
		const rows = rowsOf(buildReportCsv(report, 'en'));
		// 12 groups for respondents, 2 meta, 6 structure; 12 + 2 gaps for 7 dimensions, index, overall.
		expect(rows).toHaveLength(12 * (1 + 2 + 6) + 14 * 9);
		let compared = 0;
		for (const row of rows) {
			const value = expected(report, row.measure, row.group);
			if (isHidden(value)) {
				for (const c of REPORT_CSV_COLUMNS.slice(5))
					expect(row[c]).toBe(`fewer than ${value.k} answers`);
				continue;
			}
			if (row.measure === 'respondents') {
				expectCell(row.n, value as number);
			} else if (row.group === GAP_GROUPS.gap || row.group === GAP_GROUPS.mirror) {
				const gap = value as Gap | null;
				expectCell(row.difference, gap?.difference);
				expectCell(row.ci_low, gap?.ci95?.lower);
				expectCell(row.ci_high, gap?.ci95?.upper);
				expectCell(row.hedges_g, gap?.hedgesG?.g);
				expect(row.effect).toBe(gap?.hedgesG?.label ?? '');
				expect(row.n).toBe('');
			} else {
				const s = value as Record<string, unknown> & {
					ci95: { lower: number; upper: number } | null;
					shares?: Record<string, number | null>;
				};
				expectCell(row.n, s.n as number);
				expectCell(row.mean, s.mean as number | null);
				expectCell(row.sd, s.sd as number | null);
				expectCell(row.ci_low, s.ci95?.lower);
				expectCell(row.ci_high, s.ci95?.upper);
				expectCell(row.median, s.median as number | null);
				expectCell(row.favourable, s.shares?.favourable);
				expectCell(row.neutral, s.shares?.neutral);
				expectCell(row.unfavourable, s.shares?.unfavourable);
				expectCell(row.dont_know, s.shares?.dontKnow ?? (s.dontKnow as number | undefined));
				expectCell(row.aligned, s.aligned as number | undefined);
				expectCell(row.highly_aligned, s.highlyAligned as number | undefined);
			}
			compared += 1;
		}
		expect(compared).toBeGreaterThan(100);
	});

	it('shows no value of a hidden group (2 marketing executives, k = 5)', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db, { k: 5 });
		await insertResponses(database.db, diagnostic.id, [
			...Array.from({ length: 2 }, () => answersFor('executive', 'marketing')),
			...realisticAnswers(40, 3).filter((a) => a.level !== 'executive')
		]);
		const report = await loadReport(database.db, diagnostic, { now: NOW, random: seeded(1) });
		expect(isHidden(report.respondents['executive:marketing'])).toBe(true);
		for (const locale of ['en', 'fr'] as const) {
			const hiddenLabel = (k: number) =>
				locale === 'en' ? `fewer than ${k} answers` : `moins de ${k} réponses`;
			const rows = rowsOf(buildReportCsv(report, locale));
			let hiddenRows = 0;
			for (const row of rows) {
				const value = expected(report, row.measure, row.group);
				const values = REPORT_CSV_COLUMNS.slice(5).map((c) => row[c]);
				if (isHidden(value)) {
					hiddenRows += 1;
					expect(values).toEqual(values.map(() => hiddenLabel(value.k)));
				} else {
					for (const v of values) expect(v).not.toMatch(/^(fewer|moins)/);
				}
			}
			expect(hiddenRows).toBeGreaterThan(0);
			const marketingExecutives = rows.filter((r) => r.group === 'executive:marketing');
			expect(marketingExecutives.length).toBe(1 + 9 + 2 + 6);
			for (const row of marketingExecutives) {
				for (const c of REPORT_CSV_COLUMNS.slice(5)) expect(row[c]).toBe(hiddenLabel(5));
			}
		}
	});
});
