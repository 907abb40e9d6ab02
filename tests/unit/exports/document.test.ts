import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned } from '$lib/components/report/format';
import { isHidden, type Report } from '$lib/domain/report';
import type { GroupId } from '$lib/domain/segments';
import {
	buildExportDocument,
	deckSections,
	slideCount,
	type ExportDocument
} from '$lib/server/exports';
import { answersArb } from '../report/generators';
import { fullAnswers, reportOf, tinyGroupAnswers } from './fixtures';
import { hiddenFigures, leakTokens, leaksIn } from './leaks';

function documentOf(report: Report, locale: 'en' | 'fr' = 'en'): ExportDocument {
	return buildExportDocument({
		report,
		locale,
		diagnosticTitle: 'Alignment 2025',
		organisationName: 'Northwind',
		plan: []
	});
}

/** Every string of the document, one per line. */
function allText(document: ExportDocument): string {
	const out: string[] = [];
	const walk = (value: unknown): void => {
		if (typeof value === 'string') out.push(value);
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(document);
	return out.join('\n');
}

const section = (document: ExportDocument, id: string) => {
	const found = document.sections.find((s) => s.id === id);
	if (!found) throw new Error(`no section ${id}`);
	return found;
};

describe('export document of a full report', () => {
	const report = reportOf(fullAnswers());

	it('has the ten slides of the deck and the reliability page in print only', () => {
		const document = documentOf(report);
		expect(deckSections(document).map((s) => s.id)).toEqual([
			'headline',
			'blind-spots',
			'dimensions',
			'gaps',
			'mirror',
			'heatmap',
			'paradigm',
			'plan',
			'method'
		]);
		expect(slideCount(document)).toBe(10);
		expect(document.sections.map((s) => s.id)).toContain('reliability');
	});

	it('states the headline figures of the report, with their intervals and effect size', () => {
		const headline = section(documentOf(report), 'headline');
		const index = report.alignmentIndex.groups.executive;
		const gap = report.alignmentIndex.gap;
		if (isHidden(index) || index.mean === null || isHidden(gap) || gap === null) {
			throw new Error('the full fixture shows every group');
		}
		const [executive, , difference] = headline.facts!;
		expect(executive!.value).toBe(formatNumber(index.mean, 'en'));
		expect(executive!.details.join(' ')).toContain('95% CI [');
		expect(difference!.value).toBe(formatSigned(gap.difference, 'en'));
		expect(difference!.details.join(' ')).toMatch(
			/g = −?\d\.\d\d \((negligible|small|medium|large)\)/
		);
		expect(headline.lists![0]!.items[0]).toMatch(/^Executives: \d+% say “aligned”/);
	});

	it('charts both levels on every dimension, values rounded to one decimal', () => {
		const chart = section(documentOf(report), 'dimensions').chart!;
		expect(chart.series.map((s) => s.role)).toEqual(['executive', 'frontline']);
		expect(chart.categories).toHaveLength(7);
		report.dimensions.forEach((dimension, i) => {
			const s = dimension.groups.frontline;
			if (isHidden(s) || s.mean === null) throw new Error('frontline is shown');
			expect(chart.series[1]!.values[i]).toBe(Math.round(s.mean * 10) / 10);
		});
	});

	it('sorts the gaps chart by size, largest first', () => {
		const values = section(documentOf(report), 'gaps').chart!.series[0]!.values;
		const sizes = values.map(Math.abs);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(values.length).toBe(7);
	});

	it('writes French text with decimal commas', () => {
		const document = documentOf(report, 'fr');
		expect(document.subtitle).toBe('Rapport d’alignement ventes–marketing');
		const headline = section(document, 'headline');
		expect(headline.title).toBe('En bref');
		expect(headline.facts![0]!.value).toMatch(/^\d+,\d$/);
		expect(headline.facts![0]!.label).toBe('Indice d’alignement, Dirigeants');
		expect(section(document, 'dimensions').chart!.series[0]!.name).toBe('Dirigeants');
		expect(allText(document)).not.toMatch(/\d\.\d/);
	});
});

describe('export document with a hidden group', () => {
	const answers = tinyGroupAnswers();
	const report = reportOf(answers);
	const hiddenGroups = (Object.keys(report.respondents) as GroupId[]).filter((g) =>
		isHidden(report.respondents[g])
	);

	it('uses a fixture where both levels are hidden', () => {
		expect(hiddenGroups).toEqual(expect.arrayContaining(['executive', 'frontline']));
	});

	it('has a leak check that finds a hidden figure written in either language', () => {
		const leaks = leakTokens(answers, report);
		const figures = hiddenFigures(answers, report).filter((x) =>
			leaks.has(x.toFixed(1).replace(/^\+/, ''))
		);
		expect(figures.length).toBeGreaterThan(0);
		for (const locale of ['en', 'fr'] as const) {
			const text = `Executives, marketing: ${formatNumber(figures[0]!, locale)}`;
			expect(leaksIn(text, leaks)).toHaveLength(1);
		}
	});

	for (const locale of ['en', 'fr'] as const) {
		const hiddenText = locale === 'en' ? 'fewer than 5 answers' : 'moins de 5 réponses';

		it(`gives no figure of a hidden group, only "${hiddenText}"`, () => {
			const document = documentOf(report, locale);
			const leaks = leakTokens(answers, report);
			expect(leaks.size).toBeGreaterThan(10);
			expect(leaksIn(allText(document), leaks)).toEqual([]);
			const headline = section(document, 'headline');
			for (const fact of headline.facts!) {
				expect(fact).toMatchObject({ value: hiddenText, hidden: true, details: [] });
			}
		});

		it(`leaves hidden groups out of every chart and says so (${locale})`, () => {
			const document = documentOf(report, locale);
			expect(section(document, 'dimensions').chart).toBeUndefined();
			expect(section(document, 'gaps').chart).toBeUndefined();
			const notes = section(document, 'dimensions').notes.join(' ');
			expect(notes).toContain(hiddenText);
			for (const s of document.sections) {
				for (const series of s.chart?.series ?? []) {
					expect(hiddenGroups).not.toContain(series.role);
				}
			}
			const heatmap = section(document, 'heatmap').table!;
			const column = heatmap.columns.findIndex((c) =>
				c.startsWith(locale === 'en' ? 'Executives, marketing' : 'Dirigeants, marketing')
			);
			expect(heatmap.columns[column]).not.toContain('n =');
			for (const row of heatmap.rows)
				expect(row[column]).toEqual({ text: hiddenText, hidden: true });
		});
	}
});

describe('export document of any report', () => {
	it('never charts a group that has a hidden figure, never gives a hidden cell a digit', () => {
		fc.assert(
			fc.property(fc.array(answersArb, { minLength: 0, maxLength: 40 }), (answers) => {
				const report = reportOf(answers);
				const document = documentOf(report);
				for (const s of document.sections) {
					for (const series of s.chart?.series ?? []) {
						if (series.role === 'gap') continue;
						for (const dimension of report.dimensions) {
							expect(isHidden(dimension.groups[series.role])).toBe(false);
						}
					}
					for (const row of s.table?.rows ?? []) {
						for (const cell of row) if (cell.hidden) expect(cell.text).toBe('fewer than 5 answers');
					}
				}
				expect(slideCount(document)).toBe(
					document.sections.length === 0 ? 2 : 1 + deckSections(document).length
				);
			}),
			{ numRuns: 40 }
		);
	});

	it('says there is nothing yet below k answers', () => {
		const document = documentOf(reportOf(tinyGroupAnswers().slice(0, 3)));
		expect(document.sections).toEqual([]);
		expect(document.empty?.text).toContain('at least 5 people');
		expect(slideCount(document)).toBe(2);
	});
});
