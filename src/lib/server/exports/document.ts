/**
 * The report as a document to export: sections of text, tables and bar charts, every figure
 * already formatted in the reader's language. The PowerPoint deck and the print-ready page are
 * both drawn from it, so they say the same thing, and the anonymity rule is applied once, here:
 * a hidden group becomes the text "fewer than k answers" in tables and a note under charts; it
 * never reaches a chart series or a number.
 */
import type { Locale } from '$lib/i18n/locales';

/** A headline figure: a label, the value as text, and what qualifies it (CI, n, effect size). */
export interface Fact {
	readonly label: string;
	readonly value: string;
	readonly details: readonly string[];
	/** True when the value is the "fewer than k answers" text. */
	readonly hidden: boolean;
}

/** A cell of a table: text, and the shading band of a heatmap score (1 lowest … 5 highest). */
export interface Cell {
	readonly text: string;
	readonly band?: 1 | 2 | 3 | 4 | 5;
	readonly hidden?: boolean;
}

export interface Table {
	readonly columns: readonly string[];
	/** The first cell of each row is its header. */
	readonly rows: readonly (readonly Cell[])[];
}

export interface ChartSeries {
	readonly name: string;
	/** Which colour / pattern the series takes: the level, the function, or the gap. */
	readonly role: 'executive' | 'frontline' | 'sales' | 'marketing' | 'gap';
	/** One value per category, rounded to one decimal; a series is charted only when complete. */
	readonly values: readonly number[];
}

/** A horizontal bar chart (clustered when it has several series). */
export interface BarChart {
	readonly caption: string;
	readonly categories: readonly string[];
	readonly series: readonly ChartSeries[];
	readonly min: number;
	readonly max: number;
	readonly axisTitle: string;
}

export interface BulletList {
	readonly title?: string;
	readonly items: readonly string[];
}

export interface Section {
	readonly id: string;
	readonly title: string;
	/** Whether the section is a slide of the deck (every section is in the printed report). */
	readonly inDeck: boolean;
	readonly intro?: string;
	readonly facts?: readonly Fact[];
	readonly chart?: BarChart;
	readonly table?: Table;
	readonly paragraphs?: readonly string[];
	readonly lists?: readonly BulletList[];
	/** Series or bars left out of the chart (hidden groups) and other remarks, in small print. */
	readonly notes: readonly string[];
}

export interface ExportDocument {
	readonly locale: Locale;
	readonly title: string;
	readonly subtitle: string;
	/** Organisation, number of answers, date. */
	readonly coverLines: readonly string[];
	/** Empty when the report has nothing to show yet; `empty` then says why. */
	readonly sections: readonly Section[];
	readonly empty: { readonly title: string; readonly text: string } | null;
}

/** The sections that become slides, after the title slide. */
export function deckSections(document: ExportDocument): readonly Section[] {
	return document.sections.filter((section) => section.inDeck);
}

/** Slides of the deck: the title slide, then one per deck section (or the "no results" slide). */
export function slideCount(document: ExportDocument): number {
	return 1 + (document.sections.length === 0 ? 1 : deckSections(document).length);
}
