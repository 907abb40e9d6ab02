import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
	buildExportDocument,
	deckSections,
	renderPptx,
	safeFileName,
	slideCount
} from '$lib/server/exports';
import { fullAnswers, reportOf, tinyGroupAnswers } from './fixtures';

async function deckOf(answers: Parameters<typeof reportOf>[0], locale: 'en' | 'fr') {
	const document = buildExportDocument({
		report: reportOf(answers),
		locale,
		diagnosticTitle: 'Alignment 2025',
		organisationName: 'Northwind',
		plan: []
	});
	const zip = await JSZip.loadAsync(await renderPptx(document));
	const names = Object.keys(zip.files);
	const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
	return { document, zip, slides, charts };
}

describe('PowerPoint deck', () => {
	it('has one slide per slide of the model and one native chart per chart section', async () => {
		const { document, slides, charts, zip } = await deckOf(fullAnswers(), 'en');
		expect(slides).toHaveLength(slideCount(document));
		expect(charts).toHaveLength(deckSections(document).filter((s) => s.chart).length);
		expect(charts.length).toBe(3);
		const chart = await zip.file(charts[0]!)!.async('string');
		expect(chart).toContain('<c:barDir val="bar"/>');
		expect(chart).toContain('<c:grouping val="clustered"/>');
		const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
		expect(title).toContain('Alignment 2025');
		expect(title).toContain('Sales–marketing alignment report');
	});

	it('writes the French deck in French', async () => {
		const { slides, zip } = await deckOf(fullAnswers(), 'fr');
		const texts = await Promise.all(slides.map((s) => zip.file(s)!.async('string')));
		const all = texts.join('\n');
		expect(all).toContain('En bref');
		expect(all).toContain('lang="fr-FR"');
		expect(all).not.toContain('At a glance');
	});

	it('draws no chart when both levels and functions cannot be charted', async () => {
		const { document, charts, slides } = await deckOf(tinyGroupAnswers(), 'en');
		expect(slides).toHaveLength(slideCount(document));
		expect(charts).toHaveLength(deckSections(document).filter((s) => s.chart).length);
	});

	it('gives two slides when there is nothing to show yet', async () => {
		const { slides, zip } = await deckOf(tinyGroupAnswers().slice(0, 2), 'en');
		expect(slides).toHaveLength(2);
		expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('at least 5 people');
	});
});

describe('safeFileName', () => {
	it('keeps ASCII letters, digits and dashes only', () => {
		expect(safeFileName('rapport-alignement', 'Équipe "Nord" / 2025', 'abc123', 'pptx')).toBe(
			'rapport-alignement-equipe-nord-2025-abc123.pptx'
		);
		expect(safeFileName('report', '\r\n";=', 'x"y', 'pptx')).toBe('report-xy.pptx');
		expect(safeFileName('report', 'a'.repeat(200), 'id', 'pptx')).toHaveLength(
			'report-'.length + 60 + '-id.pptx'.length
		);
	});
});
