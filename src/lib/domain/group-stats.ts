/**
 * Group statistics computed from sufficient statistics: n, mean, SD, t-based 95 % CI and median
 * per measure; favourable / neutral / unfavourable and "don't know" shares per dimension; the
 * Forrester bands for the overall item. Dimension scores and the alignment index are reported on
 * 0–100; the overall and meta items stay on their 1–5 scale, whose points have names.
 */
import { NORMAL_QUANTILE_975, studentTQuantile } from './distributions';
import { toPercent, toPercentSpread, type DimensionSpec } from './scoring';
import {
	ALIGNMENT_INDEX_ID,
	type AnalysisSpec,
	type ItemCounts,
	type MeasureSums,
	type SegmentStats
} from './sufficient-stats';

export interface Interval {
	readonly lower: number;
	readonly upper: number;
}

export interface MeasureSummary {
	readonly n: number;
	/** Null when n = 0. */
	readonly mean: number | null;
	/** Sample SD (n − 1 denominator); null when n < 2. */
	readonly sd: number | null;
	/** mean ± t(0.975, n − 1) · sd / √n; null when n < 2. */
	readonly ci95: Interval | null;
	/** Middle value, or the average of the two middle values when n is even. */
	readonly median: number | null;
}

export interface Shares {
	/** Answers on the scale (1..7, reverse-coded) pooled over the dimension's items. */
	readonly answers: number;
	/** Coded 5–7, 4 and 1–3, as fractions of `answers`; null when there is none. */
	readonly favourable: number | null;
	readonly neutral: number | null;
	readonly unfavourable: number | null;
	/** "Don't know" as a fraction of answers + "don't know". */
	readonly dontKnow: number | null;
}

export interface DimensionSummary extends MeasureSummary {
	readonly shares: Shares;
}

export interface OverallSummary extends MeasureSummary {
	/** Share answering 4 or 5 ("aligned" + "highly aligned"), Forrester's 82 %. */
	readonly aligned: number | null;
	/** Share answering 5, Forrester's 41 %. */
	readonly highlyAligned: number | null;
	readonly dontKnow: number | null;
}

export interface GroupSummary {
	readonly respondents: number;
	readonly dimensions: Readonly<Record<string, DimensionSummary>>;
	/** Alignment index, 0–100. */
	readonly index: MeasureSummary;
	readonly overall: OverallSummary;
	readonly meta: { readonly execView: MeasureSummary; readonly frontlineView: MeasureSummary };
}

/** Critical value for a two-sided 95 % interval; the normal one when df is unbounded. */
export function tCritical95(df: number): number {
	return Number.isFinite(df) ? studentTQuantile(0.975, df) : NORMAL_QUANTILE_975;
}

export function meanCi95(n: number, mean: number, sd: number): Interval | null {
	if (n < 2) return null;
	const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
	return { lower: mean - half, upper: mean + half };
}

function medianKey(histogram: Readonly<Record<number, number>>, n: number): number | null {
	if (n === 0) return null;
	const keys = Object.keys(histogram)
		.map(Number)
		.sort((a, b) => a - b);
	// 0-based ranks of the middle value(s).
	const lowRank = Math.floor((n - 1) / 2);
	const highRank = Math.floor(n / 2);
	let seen = 0;
	let low: number | null = null;
	for (const key of keys) {
		seen += histogram[key] ?? 0;
		if (low === null && seen > lowRank) low = key;
		if (seen > highRank) return ((low ?? key) + key) / 2;
	}
	throw new Error('histogram holds fewer respondents than n');
}

/** Summary on the measure's own scale (1–7 for dimensions and the index, 1–5 for overall/meta). */
export function summarizeSums(sums: MeasureSums): MeasureSummary {
	const { n, scale } = sums;
	if (n === 0) return { n, mean: null, sd: null, ci95: null, median: null };
	const mean = sums.scaledSum / n / scale;
	const median = (medianKey(sums.histogram, n) ?? 0) / scale;
	if (n < 2) return { n, mean, sd: null, ci95: null, median };
	// n Σk² − (Σk)² in exact integer arithmetic: no cancellation, however large the sample.
	const spread = BigInt(n) * BigInt(sums.scaledSumSq) - BigInt(sums.scaledSum) ** 2n;
	const variance = Number(spread) / (n * (n - 1)) / (scale * scale);
	const sd = Math.sqrt(variance);
	return { n, mean, sd, ci95: meanCi95(n, mean, sd), median };
}

/** Converts a 1–7 summary to 0–100. */
export function toPercentSummary(summary: MeasureSummary): MeasureSummary {
	const point = (x: number | null): number | null => (x === null ? null : toPercent(x));
	return {
		n: summary.n,
		mean: point(summary.mean),
		sd: summary.sd === null ? null : toPercentSpread(summary.sd),
		ci95:
			summary.ci95 === null
				? null
				: { lower: toPercent(summary.ci95.lower), upper: toPercent(summary.ci95.upper) },
		median: point(summary.median)
	};
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Shares pooled over the dimension's items, each answer reverse-coded first. */
export function dimensionShares(
	items: Readonly<Record<string, ItemCounts>>,
	dimension: DimensionSpec
): Shares {
	let favourable = 0;
	let neutral = 0;
	let unfavourable = 0;
	let dontKnow = 0;
	for (const item of dimension.items) {
		const counts = items[item.id] ?? [];
		dontKnow += counts[0] ?? 0;
		for (let raw = 1; raw <= 7; raw++) {
			const count = counts[raw] ?? 0;
			const coded = item.reverse ? 8 - raw : raw;
			if (coded >= 5) favourable += count;
			else if (coded === 4) neutral += count;
			else unfavourable += count;
		}
	}
	const answers = favourable + neutral + unfavourable;
	return {
		answers,
		favourable: ratio(favourable, answers),
		neutral: ratio(neutral, answers),
		unfavourable: ratio(unfavourable, answers),
		dontKnow: ratio(dontKnow, answers + dontKnow)
	};
}

function measureOf(stats: SegmentStats, id: string): MeasureSums {
	const sums = stats.measures[id];
	if (sums === undefined) throw new Error(`no statistics for measure ${id}`);
	return sums;
}

export function summarizeDimension(
	stats: SegmentStats,
	dimension: DimensionSpec
): DimensionSummary {
	return {
		...toPercentSummary(summarizeSums(measureOf(stats, dimension.id))),
		shares: dimensionShares(stats.items, dimension)
	};
}

export function summarizeOverall(stats: SegmentStats, overallItem: string): OverallSummary {
	const sums = measureOf(stats, overallItem);
	const count = (value: number): number => sums.histogram[value] ?? 0;
	const dontKnow = stats.items[overallItem]?.[0] ?? 0;
	return {
		...summarizeSums(sums),
		aligned: ratio(count(4) + count(5), sums.n),
		highlyAligned: ratio(count(5), sums.n),
		dontKnow: ratio(dontKnow, sums.n + dontKnow)
	};
}

export function summarizeGroup(stats: SegmentStats, spec: AnalysisSpec): GroupSummary {
	return {
		respondents: stats.respondents,
		dimensions: Object.fromEntries(
			spec.dimensions.map((dimension) => [dimension.id, summarizeDimension(stats, dimension)])
		),
		index: toPercentSummary(summarizeSums(measureOf(stats, ALIGNMENT_INDEX_ID))),
		overall: summarizeOverall(stats, spec.overallItem),
		meta: {
			execView: summarizeSums(measureOf(stats, spec.metaItems.execView)),
			frontlineView: summarizeSums(measureOf(stats, spec.metaItems.frontlineView))
		}
	};
}
