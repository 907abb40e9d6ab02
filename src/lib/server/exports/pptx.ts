/**
 * Draws an export document as a PowerPoint deck with pptxgenjs: a title slide, then one slide per
 * deck section. Charts are native PowerPoint bar charts (editable in PowerPoint, their data in the
 * embedded workbook); a section without a chart shows its table. Layout 16:9, 13.33 × 7.5 in.
 */
import PptxGenJS from 'pptxgenjs';
import type { BarChart, ChartSeries, ExportDocument, Section, Table } from './document';
import { deckSections } from './document';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TextRun = Exclude<Parameters<Slide['addText']>[0], string>[number];
type TableRow = Parameters<Slide['addTable']>[0][number];

const FONT = 'Calibri';
const INK = '1F2933';
const MUTED = '52606D';
const BRAND = '1F3A5F';
/** Dark and mid tones that stay apart when printed in black and white. */
const SERIES_COLOURS: Record<ChartSeries['role'], string> = {
	executive: '1F3A5F',
	frontline: 'C27C2C',
	sales: '2B6A7A',
	marketing: 'A77BA0',
	gap: '1F3A5F'
};
/** Heatmap shading, darker for lower scores (band 1) so it reads in grey too. */
const BAND_FILLS = { 1: 'B8BEC6', 2: 'CDD2D8', 3: 'DEE2E6', 4: 'EDF0F2', 5: 'FFFFFF' } as const;

const PAGE = { w: 13.333, h: 7.5, margin: 0.5 };
const BODY = { x: PAGE.margin, w: PAGE.w - 2 * PAGE.margin, top: 1.55, bottom: 6.6 };

function language(document: ExportDocument): string {
	return document.locale === 'fr' ? 'fr-FR' : 'en-GB';
}

function addTitle(slide: Slide, section: Section, lang: string): void {
	slide.addText(section.title, {
		x: BODY.x,
		y: 0.3,
		w: BODY.w,
		h: 0.75,
		fontFace: FONT,
		fontSize: 28,
		bold: true,
		color: BRAND,
		lang
	});
	if (section.intro) {
		slide.addText(section.intro, {
			x: BODY.x,
			y: 1.0,
			w: BODY.w,
			h: 0.5,
			fontFace: FONT,
			fontSize: 13,
			color: MUTED,
			lang
		});
	}
}

function addNotes(slide: Slide, section: Section, lang: string): void {
	if (section.notes.length === 0) return;
	slide.addText(section.notes.join('\n'), {
		x: BODY.x,
		y: BODY.bottom + 0.05,
		w: BODY.w,
		h: PAGE.h - BODY.bottom - 0.15,
		fontFace: FONT,
		fontSize: 10,
		italic: true,
		color: MUTED,
		valign: 'top',
		fit: 'shrink',
		lang
	});
	slide.addNotes(section.notes.join('\n'));
}

function addChart(pptx: PptxGenJS, slide: Slide, chart: BarChart, y: number, h: number): void {
	// A horizontal bar chart draws its first category at the bottom: reverse, to read top-down.
	const categories = [...chart.categories].reverse();
	const data = chart.series.map((series) => ({
		name: series.name,
		labels: categories,
		values: [...series.values].reverse()
	}));
	slide.addChart(pptx.ChartType.bar, data, {
		x: BODY.x,
		y,
		w: BODY.w,
		h,
		barDir: 'bar',
		barGrouping: 'clustered',
		barGapWidthPct: 60,
		chartColors: chart.series.map((series) => SERIES_COLOURS[series.role]),
		valAxisMinVal: chart.min,
		valAxisMaxVal: chart.max,
		valAxisMajorUnit: chart.max - chart.min > 60 ? 20 : 10,
		valAxisTitle: chart.axisTitle,
		showValAxisTitle: true,
		valAxisTitleFontSize: 11,
		valAxisLabelFontSize: 11,
		catAxisLabelFontSize: 12,
		showValue: true,
		dataLabelFormatCode: '0.0',
		dataLabelFontSize: 10,
		dataLabelPosition: 'outEnd',
		showLegend: chart.series.length > 1,
		legendPos: 'b',
		legendFontSize: 12
	});
}

function tableRows(table: Table, lang: string): TableRow[] {
	const header: TableRow = table.columns.map((column) => ({
		text: column,
		options: { bold: true, color: 'FFFFFF', fill: { color: BRAND }, lang }
	}));
	const rows: TableRow[] = table.rows.map((row) =>
		row.map((cell, index) => ({
			text: cell.text,
			options: {
				bold: index === 0,
				italic: cell.hidden === true,
				color: cell.hidden ? MUTED : INK,
				...(cell.band ? { fill: { color: BAND_FILLS[cell.band] } } : {}),
				lang
			}
		}))
	);
	return [header, ...rows];
}

function addTable(slide: Slide, table: Table, y: number, h: number, lang: string): void {
	const wide = table.columns.length > 5;
	slide.addTable(tableRows(table, lang), {
		x: BODY.x,
		y,
		w: BODY.w,
		h,
		fontFace: FONT,
		fontSize: wide ? 11 : 13,
		border: { type: 'solid', pt: 0.5, color: 'B8BEC6' },
		valign: 'middle',
		autoPage: false
	});
}

function textRuns(section: Section, lang: string): TextRun[] {
	const runs: TextRun[] = [];
	for (const paragraph of section.paragraphs ?? []) {
		runs.push({ text: paragraph, options: { breakLine: true, paraSpaceAfter: 6, lang } });
	}
	for (const list of section.lists ?? []) {
		if (list.title) {
			runs.push({ text: list.title, options: { bold: true, breakLine: true, lang } });
		}
		for (const item of list.items) {
			runs.push({ text: item, options: { bullet: true, breakLine: true, lang } });
		}
	}
	return runs;
}

/** A smaller font for longer text, so that it stays inside the slide without resizing. */
function fontSizeFor(runs: TextRun[], largest: number): number {
	const characters = runs.reduce((sum, run) => sum + (run.text?.length ?? 0), 0);
	if (characters > 1100) return Math.min(largest, 11);
	if (characters > 800) return Math.min(largest, 12);
	if (characters > 550) return Math.min(largest, 13);
	return largest;
}

function addText(slide: Slide, runs: TextRun[], y: number, h: number, size: number): void {
	if (runs.length === 0) return;
	slide.addText(runs, {
		x: BODY.x,
		y,
		w: BODY.w,
		h,
		fontFace: FONT,
		fontSize: fontSizeFor(runs, size),
		color: INK,
		valign: 'top',
		fit: 'shrink'
	});
}

function addFacts(slide: Slide, section: Section, lang: string): void {
	const facts = section.facts ?? [];
	const gap = 0.3;
	const width = (BODY.w - gap * (facts.length - 1)) / Math.max(1, facts.length);
	facts.forEach((fact, index) => {
		const x = BODY.x + index * (width + gap);
		slide.addShape('rect', {
			x,
			y: BODY.top,
			w: width,
			h: 2.3,
			fill: { color: 'F4F6F8' },
			line: { color: 'B8BEC6', width: 0.75 }
		});
		slide.addText(
			[
				{ text: fact.label, options: { fontSize: 14, bold: true, breakLine: true, lang } },
				{
					text: fact.value,
					options: {
						fontSize: fact.hidden ? 20 : 40,
						bold: !fact.hidden,
						italic: fact.hidden,
						color: fact.hidden ? MUTED : BRAND,
						breakLine: true,
						lang
					}
				},
				...fact.details.map((detail) => ({
					text: detail,
					options: { fontSize: 12, color: MUTED, breakLine: true, lang }
				}))
			],
			{ x, y: BODY.top, w: width, h: 2.3, fontFace: FONT, color: INK, valign: 'middle', margin: 8 }
		);
	});
}

function addSectionSlide(pptx: PptxGenJS, section: Section, lang: string): void {
	const slide = pptx.addSlide();
	addTitle(slide, section, lang);
	const runs = textRuns(section, lang);
	let top = BODY.top;
	if (section.facts && section.facts.length > 0) {
		addFacts(slide, section, lang);
		top += 2.5;
	}
	const height = BODY.bottom - top;
	if (section.chart) {
		addChart(pptx, slide, section.chart, top, height);
	} else if (section.table) {
		const tableHeight = runs.length > 0 ? height * 0.55 : height;
		addTable(slide, section.table, top, tableHeight, lang);
		addText(slide, runs, top + tableHeight + 0.15, height - tableHeight - 0.15, 14);
	} else {
		addText(slide, runs, top, height, section.facts ? 16 : 15);
	}
	addNotes(slide, section, lang);
}

function addTitleSlide(pptx: PptxGenJS, document: ExportDocument, lang: string): void {
	const slide = pptx.addSlide();
	slide.background = { color: BRAND };
	slide.addText(document.title, {
		x: 0.8,
		y: 2.0,
		w: PAGE.w - 1.6,
		h: 1.4,
		fontFace: FONT,
		fontSize: 40,
		bold: true,
		color: 'FFFFFF',
		lang
	});
	slide.addText(document.subtitle, {
		x: 0.8,
		y: 3.4,
		w: PAGE.w - 1.6,
		h: 0.7,
		fontFace: FONT,
		fontSize: 22,
		color: 'FFFFFF',
		lang
	});
	slide.addText(document.coverLines.join('\n'), {
		x: 0.8,
		y: 4.4,
		w: PAGE.w - 1.6,
		h: 1.5,
		fontFace: FONT,
		fontSize: 16,
		color: 'DDE3EA',
		valign: 'top',
		lang
	});
}

/** The deck as the bytes of a .pptx file. */
export async function renderPptx(document: ExportDocument): Promise<Uint8Array<ArrayBuffer>> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = `${document.title} — ${document.subtitle}`;
	pptx.company = 'Accord';
	const lang = language(document);
	addTitleSlide(pptx, document, lang);
	if (document.empty) {
		const { title, text } = document.empty;
		addSectionSlide(
			pptx,
			{ id: 'empty', title, inDeck: true, paragraphs: [text], notes: [] },
			lang
		);
	}
	for (const section of deckSections(document)) addSectionSlide(pptx, section, lang);
	const output = await pptx.write({ outputType: 'nodebuffer' });
	if (!(output instanceof Uint8Array)) throw new TypeError('pptxgenjs did not return bytes');
	// A copy on its own ArrayBuffer (a Node Buffer may be a view into a shared pool).
	return new Uint8Array(output);
}
