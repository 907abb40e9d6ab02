import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatShare, formatSigned } from '../../../src/lib/components/report/format';
import { isHidden, type Report } from '../../../src/lib/domain/report';
import { buildExportDocument, slideCount } from '../../../src/lib/server/exports';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient, signUp } from '../../helpers/http-client';
import { fullAnswers } from '../../unit/exports/fixtures';
import { DIAGNOSTIC_TITLE, startExportApp, type ExportApp } from './app';
import { cellValues, readDeck } from './pptx-reader';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The figures the headline slide must state, written as the report page writes them. */
function headlineFigures(report: Report, locale: 'en' | 'fr'): string[] {
	const figures: string[] = [];
	for (const level of ['executive', 'frontline'] as const) {
		const index = report.alignmentIndex.groups[level];
		const overall = report.overall.groups[level];
		if (isHidden(index) || index.mean === null || isHidden(overall) || overall.aligned === null) {
			throw new Error(`the fixture shows ${level}`);
		}
		figures.push(formatNumber(index.mean, locale), formatShare(overall.aligned, locale));
	}
	const gap = report.alignmentIndex.gap;
	if (isHidden(gap) || gap === null || gap.hedgesG === null) throw new Error('gap shown');
	figures.push(formatSigned(gap.difference, locale), formatNumber(gap.hedgesG.g, locale, 2));
	return figures;
}

describe.each(databaseKinds())('export.pptx on %s', (kind) => {
	let fixture: ExportApp;
	let report: Report;

	beforeAll(async () => {
		fixture = await startExportApp(kind, fullAnswers());
		const client = await fixture.viewer();
		report = (await (await client.get(`${fixture.base}/report.json`)).json()) as Report;
	});
	afterAll(async () => {
		await fixture?.app.stop();
		await fixture?.app.cleanup();
	});

	it('gives a viewer the deck as a never-cached attachment, in their language by default', async () => {
		const client = await fixture.viewer();
		const response = await client.get(`${fixture.base}/export.pptx`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(PPTX);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="rapport-alignement-alignment-2025-${fixture.diagnosticId}.pptx"`
		);
		const deck = await readDeck(await response.arrayBuffer());
		expect(deck.slides[0]).toContain(DIAGNOSTIC_TITLE);
		expect(deck.slides[1]).toContain('En bref');
	});

	for (const locale of ['en', 'fr'] as const) {
		it(`has the model's slides, the headline figures and native charts (${locale})`, async () => {
			const client = await fixture.viewer();
			const response = await client.get(`${fixture.base}/export.pptx?lang=${locale}`);
			expect(response.status).toBe(200);
			const bytes = await response.arrayBuffer();
			// A zip file starts with "PK\x03\x04".
			expect([...new Uint8Array(bytes.slice(0, 4))]).toEqual([0x50, 0x4b, 0x03, 0x04]);
			const deck = await readDeck(bytes);

			const model = buildExportDocument({
				report,
				locale,
				diagnosticTitle: DIAGNOSTIC_TITLE,
				organisationName: 'Northwind Export',
				plan: []
			});
			expect(deck.slides).toHaveLength(slideCount(model));
			expect(deck.slides).toHaveLength(10);

			const headline = deck.slides[1]!;
			for (const figure of headlineFigures(report, locale)) expect(headline).toContain(figure);
			expect(headline).toContain(locale === 'en' ? 'At a glance' : 'En bref');

			// Dimensions, gaps, mirror: three native bar charts with the report's means.
			expect(deck.charts).toHaveLength(3);
			const dimensionValues = cellValues(deck.charts[0]!).map(Number);
			for (const dimension of report.dimensions) {
				const s = dimension.groups.executive;
				if (isHidden(s) || s.mean === null) throw new Error('executives shown');
				expect(dimensionValues).toContain(Math.round(s.mean * 10) / 10);
			}
			for (const chart of deck.charts) expect(chart).toContain('<c:barChart>');
		});
	}

	it('answers 404 to a non-member and sends a visitor to the login page', async () => {
		const path = `${fixture.base}/export.pptx`;
		const { client: outsider } = await signUp(fixture.app.url);
		expect((await outsider.get(path)).status).toBe(404);
		const visitor = await new HttpClient(fixture.app.url).get(path);
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toMatch(/^\/login\?next=/);
	});
});
