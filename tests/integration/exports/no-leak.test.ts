import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHidden, type Report } from '../../../src/lib/domain/report';
import { GROUPS, type GroupId } from '../../../src/lib/domain/segments';
import { databaseKinds } from '../../helpers/databases';
import { tinyGroupAnswers } from '../../unit/exports/fixtures';
import { leakTokens, leaksIn, roundedNumbers } from '../../unit/exports/leaks';
import { startExportApp, type ExportApp } from './app';
import { cellValues, readDeck } from './pptx-reader';

const HIDDEN_TEXT = { en: 'fewer than 5 answers', fr: 'moins de 5 réponses' } as const;

/** Every figure the report gives a group, wherever the report keys figures by group. */
function figuresOfGroup(report: Report, group: GroupId): unknown[] {
	return [
		report.respondents[group],
		report.alignmentIndex.groups[group],
		report.overall.groups[group],
		report.meta.execView[group],
		report.meta.frontlineView[group],
		...report.dimensions.map((d) => d.groups[group]),
		...Object.values(report.structure).map((byGroup) => byGroup[group])
	];
}

/** The visible text of an HTML page (tags dropped, entities decoded), and its inline data. */
function htmlText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replaceAll('&nbsp;', '\u00a0')
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'");
}

describe.each(databaseKinds())('no export shows a hidden group, on %s', (kind) => {
	const answers = tinyGroupAnswers();
	let fixture: ExportApp;

	beforeAll(async () => {
		fixture = await startExportApp(kind, answers);
	});
	afterAll(async () => {
		await fixture?.app.stop();
		await fixture?.app.cleanup();
	});

	it('report.json, export.csv, export.pptx and the print view, in English and French', async () => {
		const client = await fixture.viewer();
		const reportResponse = await client.get(`${fixture.base}/report.json`);
		expect(reportResponse.status).toBe(200);
		const report = (await reportResponse.json()) as Report;

		// report.json: the small groups carry the hidden marker in place of every figure.
		const hidden = GROUPS.filter((group) => isHidden(report.respondents[group]));
		expect(hidden).toEqual(
			expect.arrayContaining(['executive', 'executive:marketing', 'frontline'])
		);
		for (const group of hidden) {
			for (const figure of figuresOfGroup(report, group)) {
				expect(figure).toEqual({ hidden: true, reason: 'fewer_than_k', k: 5 });
			}
		}
		expect(report.alignmentIndex.gap).toEqual({ hidden: true, reason: 'fewer_than_k', k: 5 });

		// The hidden groups' real figures, as only they could be written.
		const leaks = leakTokens(answers, report);
		expect(leaks.size).toBeGreaterThan(10);

		for (const locale of ['en', 'fr'] as const) {
			const csv = await (await client.get(`${fixture.base}/export.csv?lang=${locale}`)).text();
			expect(csv).toContain(HIDDEN_TEXT[locale]);
			expect(leaksIn(roundedNumbers(csv), leaks)).toEqual([]);

			const pptx = await client.get(`${fixture.base}/export.pptx?lang=${locale}`);
			expect(pptx.status).toBe(200);
			const deck = await readDeck(await pptx.arrayBuffer());
			const slides = deck.slides.join('\n');
			expect(slides).toContain(HIDDEN_TEXT[locale]);
			expect(leaksIn(slides, leaks)).toEqual([]);
			const data = [...deck.charts, ...deck.workbooks].flatMap(cellValues).join(' ');
			expect(deck.charts.length).toBeGreaterThan(0);
			expect(leaksIn(roundedNumbers(data), leaks)).toEqual([]);

			const print = await client.get(`${fixture.base}/report/print?lang=${locale}`);
			expect(print.status).toBe(200);
			const page = htmlText(await print.text());
			expect(page).toContain(HIDDEN_TEXT[locale]);
			expect(leaksIn(page, leaks)).toEqual([]);
		}
	});
});
