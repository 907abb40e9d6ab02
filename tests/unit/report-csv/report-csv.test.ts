import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/domain/csv';
import type { ResponseAnswers } from '$lib/domain/instrument';
import { REPORT_SPEC, buildReport, structureCountsOf, type Report } from '$lib/domain/report';
import {
	REPORT_CSV_COLUMNS,
	buildReportCsv,
	escapeTextCell,
	formatCell,
	formatNumberCell,
	hiddenText,
	toCsv,
	type CsvValue
} from '$lib/domain/report-csv';
import { cellStatsOf } from '$lib/domain/sufficient-stats';
import { answersFor, sampleContext } from '../../helpers/fixtures';
import { realisticAnswers, referenceComments, referenceRows, seeded } from '../report/generators';

const NUMBER = /^-?\d+(\.\d+)?$/;

function cells(text: string): string[][] {
	const result = parseCsv(text, ',');
	if (!result.ok) throw new Error(`parse failed: ${result.code} at ${result.line}`);
	return result.records.map((record) => [...record.cells]);
}

function reportOf(list: readonly ResponseAnswers[], k = 5): Report {
	const rows = referenceRows(list, 'standard');
	return buildReport({
		cells: cellStatsOf(rows, REPORT_SPEC),
		structure: structureCountsOf(rows),
		comments: referenceComments(list, 'standard'),
		settings: { k, executiveMode: 'standard', context: sampleContext, instrumentVersion: 'v1' },
		generatedAt: new Date('2025-05-02T10:00:00Z'),
		random: seeded(1)
	});
}

const cellArb: fc.Arbitrary<CsvValue> = fc.oneof(
	fc.string(),
	fc.constantFrom('=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tx', '\rx', 'a,b', 'say "hi"', 'a\r\nb'),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
	fc.integer({ min: -1000, max: 1000 }),
	fc.constant(null)
);

describe('toCsv', () => {
	it('starts with a BOM, separates with commas and ends every row with CRLF', () => {
		const text = toCsv([
			['a', 'b'],
			[1, null]
		]);
		expect(text).toBe('\uFEFFa,b\r\n1,\r\n');
	});

	it('quotes cells with a comma, a quote or a line break', () => {
		expect(formatCell('a,b')).toBe('"a,b"');
		expect(formatCell('say "hi"')).toBe('"say ""hi"""');
		expect(formatCell('two\nlines')).toBe('"two\nlines"');
		expect(formatCell('plain')).toBe('plain');
	});

	it('prefixes text starting with a formula character, never numbers', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(escapeTextCell(`${start}1`)).toBe(`'${start}1`);
		}
		expect(formatCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(formatCell(-3.2)).toBe('-3.2');
		expect(formatCell('safe-text')).toBe('safe-text');
	});

	it('writes numbers in plain decimal notation, at most 6 decimals', () => {
		expect(formatNumberCell(0.1 + 0.2)).toBe('0.3');
		expect(formatNumberCell(1e-9)).toBe('0');
		expect(formatNumberCell(-0)).toBe('0');
		expect(formatNumberCell(12345678.5)).toBe('12345678.5');
		expect(formatNumberCell(-1.23456789)).toBe('-1.234568');
		expect(formatNumberCell(Number.NaN)).toBe('');
	});

	it('parses back to the same cells: text intact or prefixed, numbers within 1e-6', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1 }),
				(rows) => {
					const text = toCsv(rows);
					expect(text.startsWith('\uFEFF')).toBe(true);
					expect(text.endsWith('\r\n')).toBe(true);
					const parsed = cells(text);
					expect(parsed).toHaveLength(rows.length);
					rows.forEach((row, r) => {
						expect(parsed[r]).toHaveLength(row.length);
						row.forEach((value, c) => {
							const cell = parsed[r]![c]!;
							if (value === null) expect(cell).toBe('');
							else if (typeof value === 'number') {
								expect(cell).toMatch(NUMBER);
								expect(Math.abs(Number(cell) - value)).toBeLessThanOrEqual(5e-7 + 1e-9);
							} else {
								// No text cell starts with a formula character after parsing.
								expect(cell).not.toMatch(/^[=+\-@\t\r]/);
								expect(cell === value || cell === `'${value}`).toBe(true);
							}
						});
					});
				}
			)
		);
	});
});

describe('buildReportCsv', () => {
	const report = reportOf(realisticAnswers(80, 17));

	it('has a translated header, and only numbers or known texts in value cells', () => {
		for (const locale of ['en', 'fr'] as const) {
			const [header, ...rows] = cells(buildReportCsv(report, locale));
			expect(header).toHaveLength(REPORT_CSV_COLUMNS.length);
			expect(header![1]).toBe(locale === 'en' ? 'measure label' : 'libellé de la mesure');
			for (const row of rows) {
				expect(row).toHaveLength(REPORT_CSV_COLUMNS.length);
				for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
				const n = row[5]!;
				expect(n === '' || NUMBER.test(n) || n === hiddenText(locale, 5)).toBe(true);
			}
		}
	});

	it('never writes a number or 0 for a hidden group', () => {
		const tiny = reportOf([
			...Array.from({ length: 2 }, () => answersFor('executive', 'marketing')),
			...Array.from({ length: 12 }, () => answersFor('frontline', 'sales'))
		]);
		const rows = cells(buildReportCsv(tiny, 'en')).slice(1);
		const hiddenRows = rows.filter((row) => row[3] === 'executive:marketing');
		expect(hiddenRows.length).toBeGreaterThan(0);
		for (const row of hiddenRows) {
			for (const value of row.slice(5)) expect(value).toBe('fewer than 5 answers');
		}
	});
});
