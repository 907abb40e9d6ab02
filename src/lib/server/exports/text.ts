/**
 * Formatting shared by the export sections: a figure or the hidden-group text, in one language.
 * Numbers use the report page's formatters (decimal comma and narrow spacing in French).
 */
import {
	formatInterval,
	formatNumber,
	formatShare,
	formatSigned
} from '$lib/components/report/format';
import type { Gap } from '$lib/domain/gaps';
import type { MeasureSummary } from '$lib/domain/group-stats';
import { isHidden, type Shown } from '$lib/domain/report/types';
import type { Locale } from '$lib/i18n/locales';
import { exportsMessages, type ExportMessages } from '$lib/i18n/messages/exports';
import type { Cell } from './document';

export interface Writer {
	readonly locale: Locale;
	readonly m: ExportMessages;
	number(value: number, digits?: number): string;
	signed(value: number): string;
	share(value: number): string;
	interval(ci: { lower: number; upper: number }): string;
	hidden(k: number): string;
	/** A mean with its CI, e.g. "61.3 [58.1; 64.5]"; the hidden text or "not available". */
	meanCell(summary: Shown<MeasureSummary>): Cell;
	/** A gap with its CI, e.g. "+12.4 [6.0; 18.8]". */
	gapCell(gap: Shown<Gap | null>): Cell;
	/** Hedges' g with its label, e.g. "g = 0.85 (large)". */
	effectCell(gap: Shown<Gap | null>): Cell;
}

/** Rounds for a chart value: one decimal, like the tables, and never −0. */
export function chartValue(value: number): number {
	return Math.round(value * 10) / 10 + 0;
}

export function writer(locale: Locale): Writer {
	const m = exportsMessages[locale];
	const self: Writer = {
		locale,
		m,
		number: (value, digits = 1) => formatNumber(value, locale, digits),
		signed: (value) => formatSigned(value, locale),
		share: (value) => formatShare(value, locale),
		interval: (ci) => formatInterval(ci, locale),
		hidden: (k) => m.hidden(k),
		meanCell(summary) {
			if (isHidden(summary)) return { text: m.hidden(summary.k), hidden: true };
			if (summary.mean === null) return { text: m.notAvailable };
			const ci = summary.ci95 ? ` ${self.interval(summary.ci95)}` : '';
			return { text: `${self.number(summary.mean)}${ci}` };
		},
		gapCell(gap) {
			if (isHidden(gap)) return { text: m.hidden(gap.k), hidden: true };
			if (gap === null) return { text: m.notAvailable };
			const ci = gap.ci95 ? ` ${self.interval(gap.ci95)}` : '';
			return { text: `${self.signed(gap.difference)}${ci}` };
		},
		effectCell(gap) {
			if (isHidden(gap)) return { text: m.hidden(gap.k), hidden: true };
			if (gap === null || gap.hedgesG === null) return { text: m.notAvailable };
			return {
				text: m.headline.effect(self.number(gap.hedgesG.g, 2), m.effects[gap.hedgesG.label])
			};
		}
	};
	return self;
}
