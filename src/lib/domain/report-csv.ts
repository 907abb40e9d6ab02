/**
 * The report's aggregates as CSV, for a spreadsheet: one row per measure × group, then the two
 * gaps of each measure. It reads only the `Report` (already through the suppression gate), never
 * answers. A hidden group keeps its row, and every value cell of that row holds the translated
 * "fewer than k answers" text: never a number, never 0, never an empty cell that could pass for
 * a missing value.
 *
 * Format: UTF-8 with a BOM (so Excel opens it as UTF-8), `,` between cells, CRLF line ends,
 * cells quoted when they hold `,`, `"`, CR or LF, with `""` for a quote.
 *
 * Formula injection: numbers and text are told apart by type, not by content. A number cell is
 * written here from a finite `number` (`.` decimal point, at most 6 decimals, no exponent), so
 * `-3.2` stays a number a spreadsheet can compute with, and it can never carry a formula. Every
 * text cell that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'` (OWASP's rule),
 * so a spreadsheet shows it as text instead of evaluating it.
 */
import { DIMENSIONS, STRUCTURE_ITEM_IDS } from './instrument';
import type { Gap } from './gaps';
import type { DimensionSummary, MeasureSummary, OverallSummary } from './group-stats';
import {
	isHidden,
	type ByGroup,
	type MeasureReport,
	type Report,
	type Shown
} from './report/types';
import { GROUPS, groupLabels } from './segments';
import type { Locale } from '$lib/i18n/locales';

/** A cell before formatting: a number is written as a number, a string as (escaped) text. */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a number cell: plain decimal notation, at most 6 decimals, '' when not finite. */
export function formatNumberCell(value: number): string {
	if (!Number.isFinite(value)) return '';
	const rounded = Number(value.toFixed(6));
	if (Object.is(rounded, -0) || rounded === 0) return '0';
	// toFixed never uses an exponent below 1e21; trim the padding zeros it adds.
	const fixed = rounded.toFixed(6);
	return fixed.replace(/\.?0+$/, '');
}

/** A text cell made safe for spreadsheets: `'` before a leading formula character. */
export function escapeTextCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One cell as it is written in the file (escaped, then quoted when needed). */
export function formatCell(value: CsvValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return formatNumberCell(value);
	return quote(escapeTextCell(value));
}

/** The whole file: BOM, `,`-separated cells, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
	return BOM + rows.map((row) => row.map(formatCell).join(',') + '\r\n').join('');
}

export const REPORT_CSV_COLUMNS = [
	'measure',
	'measure_label',
	'scale',
	'group',
	'group_label',
	'n',
	'mean',
	'sd',
	'ci_low',
	'ci_high',
	'median',
	'favourable',
	'neutral',
	'unfavourable',
	'dont_know',
	'aligned',
	'highly_aligned',
	'difference',
	'hedges_g',
	'effect'
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

/** The columns that hold figures (the hidden text fills them in a hidden row). */
export const REPORT_CSV_VALUE_COLUMNS: readonly ReportCsvColumn[] = REPORT_CSV_COLUMNS.slice(5);

const labels = {
	en: {
		columns: {
			measure: 'measure',
			measure_label: 'measure label',
			scale: 'scale',
			group: 'group',
			group_label: 'group label',
			n: 'n',
			mean: 'mean',
			sd: 'sd',
			ci_low: 'ci95 low',
			ci_high: 'ci95 high',
			median: 'median',
			favourable: 'favourable share',
			neutral: 'neutral share',
			unfavourable: 'unfavourable share',
			dont_know: 'don’t know share',
			aligned: 'aligned share (4–5)',
			highly_aligned: 'highly aligned share (5)',
			difference: 'difference',
			hedges_g: 'hedges g',
			effect: 'effect size'
		} satisfies Record<ReportCsvColumn, string>,
		hidden: (k: number) => `fewer than ${k} answers`,
		respondents: 'Respondents',
		index: 'Alignment index',
		overall: 'Overall alignment item',
		execView: 'Guess of the executives’ answer',
		frontlineView: 'Guess of the frontline’s answer',
		structure: (id: string) => `Structure item ${id.replace('structure.', '')}`,
		gapLevels: 'Executives − frontline',
		gapFunctions: 'Sales − marketing',
		groups: groupLabels('en'),
		effects: { negligible: 'negligible', small: 'small', medium: 'medium', large: 'large' }
	},
	fr: {
		columns: {
			measure: 'mesure',
			measure_label: 'libellé de la mesure',
			scale: 'échelle',
			group: 'groupe',
			group_label: 'libellé du groupe',
			n: 'n',
			mean: 'moyenne',
			sd: 'écart-type',
			ci_low: 'ic95 bas',
			ci_high: 'ic95 haut',
			median: 'médiane',
			favourable: 'part favorable',
			neutral: 'part neutre',
			unfavourable: 'part défavorable',
			dont_know: 'part ne sait pas',
			aligned: 'part alignés (4–5)',
			highly_aligned: 'part très alignés (5)',
			difference: 'écart',
			hedges_g: 'g de hedges',
			effect: 'taille d’effet'
		} satisfies Record<ReportCsvColumn, string>,
		hidden: (k: number) => `moins de ${k} réponses`,
		respondents: 'Répondants',
		index: 'Indice d’alignement',
		overall: 'Question globale d’alignement',
		execView: 'Estimation de la réponse de la direction',
		frontlineView: 'Estimation de la réponse du terrain',
		structure: (id: string) => `Question de structure ${id.replace('structure.', '')}`,
		gapLevels: 'Direction − terrain',
		gapFunctions: 'Ventes − marketing',
		groups: groupLabels('fr'),
		effects: { negligible: 'négligeable', small: 'faible', medium: 'moyen', large: 'fort' }
	}
} satisfies Record<Locale, unknown>;

type Labels = (typeof labels)[Locale];
type Row = Partial<Record<ReportCsvColumn, CsvValue>>;

/** Group ids of the two gap rows. */
export const GAP_GROUPS = { gap: 'executive-frontline', mirror: 'sales-marketing' } as const;

function summaryCells(summary: MeasureSummary): Row {
	const row: Row = {
		n: summary.n,
		mean: summary.mean,
		sd: summary.sd,
		ci_low: summary.ci95?.lower ?? null,
		ci_high: summary.ci95?.upper ?? null,
		median: summary.median
	};
	if ('shares' in summary) {
		const { shares } = summary as DimensionSummary;
		Object.assign(row, {
			favourable: shares.favourable,
			neutral: shares.neutral,
			unfavourable: shares.unfavourable,
			dont_know: shares.dontKnow
		});
	}
	if ('aligned' in summary) {
		const overall = summary as OverallSummary;
		Object.assign(row, {
			aligned: overall.aligned,
			highly_aligned: overall.highlyAligned,
			dont_know: overall.dontKnow
		});
	}
	return row;
}

function hiddenCells(text: string): Row {
	return Object.fromEntries(REPORT_CSV_VALUE_COLUMNS.map((column) => [column, text]));
}

function gapCells(gap: Gap | null, l: Labels): Row {
	if (gap === null) return {};
	return {
		difference: gap.difference,
		ci_low: gap.ci95?.lower ?? null,
		ci_high: gap.ci95?.upper ?? null,
		hedges_g: gap.hedgesG?.g ?? null,
		effect: gap.hedgesG ? l.effects[gap.hedgesG.label] : null
	};
}

/** The rows of a report, as records keyed by column (the header and order are added later). */
export function reportCsvRows(report: Report, locale: Locale): Row[] {
	const l = labels[locale];
	const rows: Row[] = [];
	const base = (measure: string, label: string, scale: string, group: string, groupLabel: string) =>
		({ measure, measure_label: label, scale, group, group_label: groupLabel }) satisfies Row;

	const byGroup = <T>(
		measure: string,
		label: string,
		scale: string,
		groups: ByGroup<T>,
		cells: (value: T) => Row
	) => {
		for (const group of GROUPS) {
			const value = groups[group];
			rows.push({
				...base(measure, label, scale, group, l.groups[group]),
				...(isHidden(value) ? hiddenCells(l.hidden(value.k)) : cells(value))
			});
		}
	};
	const gaps = (measure: string, label: string, scale: string, m: MeasureReport<unknown>) => {
		const pairs: [Shown<Gap | null>, string, string][] = [
			[m.gap, GAP_GROUPS.gap, l.gapLevels],
			[m.mirror, GAP_GROUPS.mirror, l.gapFunctions]
		];
		for (const [gap, group, groupLabel] of pairs) {
			rows.push({
				...base(measure, label, scale, group, groupLabel),
				...(isHidden(gap) ? hiddenCells(l.hidden(gap.k)) : gapCells(gap, l))
			});
		}
	};
	const measure = <T extends MeasureSummary>(
		id: string,
		label: string,
		scale: string,
		m: MeasureReport<T>
	) => {
		byGroup(id, label, scale, m.groups, summaryCells);
		gaps(id, label, scale, m);
	};

	byGroup('respondents', l.respondents, '', report.respondents, (n) => ({ n }));
	for (const dimension of report.dimensions) {
		const label = DIMENSIONS.find((d) => d.id === dimension.id)?.label[locale] ?? dimension.id;
		measure(dimension.id, label, '0-100', dimension);
	}
	measure('alignment_index', l.index, '0-100', report.alignmentIndex);
	measure('overall', l.overall, '1-5', report.overall);
	byGroup('meta.exec_view', l.execView, '1-5', report.meta.execView, summaryCells);
	byGroup('meta.frontline_view', l.frontlineView, '1-5', report.meta.frontlineView, summaryCells);
	for (const id of STRUCTURE_ITEM_IDS) {
		byGroup(id, l.structure(id), '1-7', report.structure[id], summaryCells);
	}
	return rows;
}

/** The translated header line's labels, in column order. */
export function reportCsvHeader(locale: Locale): string[] {
	return REPORT_CSV_COLUMNS.map((column) => labels[locale].columns[column]);
}

/** The hidden-group text of a locale, e.g. "fewer than 5 answers". */
export function hiddenText(locale: Locale, k: number): string {
	return labels[locale].hidden(k);
}

/** The report's aggregates as a CSV file (see the module comment for the format). */
export function buildReportCsv(report: Report, locale: Locale): string {
	const rows = reportCsvRows(report, locale).map((row) =>
		REPORT_CSV_COLUMNS.map((column) => row[column] ?? null)
	);
	return toCsv([reportCsvHeader(locale), ...rows]);
}
