/**
 * Pure formatting for the report page (and its tests): numbers in the reader's language, intervals,
 * signed differences, and the shading band of a 0–100 score. No Svelte, no $lib aliases, so the
 * end-to-end test can import it to compute the text it expects.
 */

export type ReportLocale = 'en' | 'fr';

export interface IntervalLike {
	readonly lower: number;
	readonly upper: number;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: ReportLocale, digits: number, signed = false): Intl.NumberFormat {
	const key = `${locale}:${digits}:${signed}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto'
		});
		cache.set(key, format);
	}
	return format;
}

/** A score or a mean with a fixed number of decimals: 61.3 / 61,3. */
export function formatNumber(value: number, locale: ReportLocale, digits = 1): string {
	// −0.0 would print as "-0.0": a rounding artefact, not a finding.
	const rounded = Number(value.toFixed(digits)) + 0;
	// A true minus sign, as in the signed differences.
	return formatter(locale, digits).format(rounded).replace('-', '−');
}

/** A difference with its sign: +12.4 / −3.0 / 0.0. */
export function formatSigned(value: number, locale: ReportLocale, digits = 1): string {
	const rounded = Number(value.toFixed(digits)) + 0;
	return formatter(locale, digits, true).format(rounded).replace('-', '−');
}

/** A share in [0, 1] as a whole percentage: 82% / 82 %. */
export function formatShare(share: number, locale: ReportLocale): string {
	const percent = Math.round(share * 100);
	return locale === 'fr' ? `${percent}\u00a0%` : `${percent}%`;
}

/** An interval in brackets: [58.1; 64.5] in English, [58,1 ; 64,5] in French. */
export function formatInterval(ci: IntervalLike, locale: ReportLocale, digits = 1): string {
	const lower = formatNumber(ci.lower, locale, digits);
	const upper = formatNumber(ci.upper, locale, digits);
	return locale === 'fr' ? `[${lower}\u00a0; ${upper}]` : `[${lower}; ${upper}]`;
}

/** The five shading bands of the heatmap, from the lowest scores to the highest. */
export const SCORE_BANDS = ['band-1', 'band-2', 'band-3', 'band-4', 'band-5'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/** Band of a 0–100 score: below 40, 40–50, 50–60, 60–70, 70 and above (each bound goes up). */
export function scoreBand(score: number): ScoreBand {
	if (score < 40) return 'band-1';
	if (score < 50) return 'band-2';
	if (score < 60) return 'band-3';
	if (score < 70) return 'band-4';
	return 'band-5';
}

/** Orders items by the absolute size of a difference, largest first; nulls last, order kept. */
export function bySizeDescending<T>(items: readonly T[], size: (item: T) => number | null): T[] {
	return items
		.map((item, index) => ({ item, index, value: size(item) }))
		.sort((a, b) => {
			if (a.value === null && b.value === null) return a.index - b.index;
			if (a.value === null) return 1;
			if (b.value === null) return -1;
			return Math.abs(b.value) - Math.abs(a.value) || a.index - b.index;
		})
		.map(({ item }) => item);
}
