import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dimensionShares,
	meanCi95,
	summarizeDimension,
	summarizeGroup,
	summarizeOverall,
	summarizeSums
} from '$lib/domain/group-stats';
import { dimensionScore } from '$lib/domain/scoring';
import { segmentStatsOf, type MeasureSums } from '$lib/domain/sufficient-stats';
import { SPEC, TRUST, answersArb } from './analysis-fixtures';

// Two-sided 95 % critical values t(0.975, df), from scipy.stats.t.ppf (an independent source).
const T975 = { 4: 2.7764451051977934, 7: 2.364624251592784 } as const;

/** Straightforward reference: two-pass mean and SD, sorted median, from a raw array. */
function reference(values: readonly number[], t: number) {
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
	const sorted = [...values].sort((a, b) => a - b);
	const median =
		n % 2 === 1
			? (sorted[(n - 1) / 2] ?? NaN)
			: ((sorted[n / 2 - 1] ?? NaN) + (sorted[n / 2] ?? NaN)) / 2;
	const half = (t * sd) / Math.sqrt(n);
	return { n, mean, sd, median, lower: mean - half, upper: mean + half };
}

// Trust answers (trust.3 reverse-worded) and the score each gives, by hand:
const TRUST_FIXTURE = [
	{ 'trust.1': 7, 'trust.2': 6, 'trust.3': 2, 'trust.4': 5 }, // 7 6 6 5 → 6
	{ 'trust.1': 4, 'trust.2': 4, 'trust.3': 4, 'trust.4': 4 }, // 4 4 4 4 → 4
	{ 'trust.1': 5, 'trust.3': 3 }, // 5 5 → 5
	{ 'trust.1': 2, 'trust.2': 3, 'trust.3': 6, 'trust.4': 1 }, // 2 3 2 1 → 2
	{ 'trust.1': 6, 'trust.2': 7, 'trust.3': 1, 'trust.4': 0 }, // 6 7 7, one don't know → 20/3
	{ 'trust.1': 1 } // one item only → no score
];
const TRUST_SCORES = [6, 4, 5, 2, 20 / 3];

describe('summarizeDimension', () => {
	const summary = summarizeDimension(segmentStatsOf(TRUST_FIXTURE, SPEC), TRUST);

	it('gives n, mean, SD, median and the t-based CI on 0–100 (known answer)', () => {
		const expected = reference(
			TRUST_SCORES.map((s) => ((s - 1) / 6) * 100),
			T975[4]
		);
		expect(summary.n).toBe(5);
		expect(summary.mean).toBeCloseTo(expected.mean, 9);
		expect(summary.sd).toBeCloseTo(expected.sd, 9);
		expect(summary.median).toBeCloseTo(expected.median, 9);
		expect(summary.ci95?.lower).toBeCloseTo(expected.lower, 9);
		expect(summary.ci95?.upper).toBeCloseTo(expected.upper, 9);
		// By hand: mean of 0–100 scores = (83.33 + 50 + 66.67 + 16.67 + 94.44) / 5 = 62.2222…
		expect(summary.mean).toBeCloseTo(62.222222222, 8);
	});

	it('pools favourable / neutral / unfavourable over the answered items (known answer)', () => {
		// Coded answers: 7 6 6 5 | 4 4 4 4 | 5 5 | 2 3 2 1 | 6 7 7 (+1 don't know) | 1
		// favourable (5–7): 4 + 2 + 3 = 9; neutral (4): 4; unfavourable (1–3): 4 + 1 = 5; 18 answers
		expect(summary.shares).toEqual({
			answers: 18,
			favourable: 9 / 18,
			neutral: 4 / 18,
			unfavourable: 5 / 18,
			dontKnow: 1 / 19
		});
	});
});

describe('summarizeOverall', () => {
	const values = [5, 4, 4, 3, 2, 1, 0, null, 5, 4];
	const stats = segmentStatsOf(
		values.map((v) => ({ 'overall.alignment': v })),
		SPEC
	);
	const summary = summarizeOverall(stats, SPEC.overallItem);

	it('stays on the 1–5 scale (known answer)', () => {
		const expected = reference([5, 4, 4, 3, 2, 1, 5, 4], T975[7]);
		expect(summary.n).toBe(8);
		expect(summary.mean).toBeCloseTo(3.5, 12);
		expect(summary.sd).toBeCloseTo(expected.sd, 9);
		expect(summary.median).toBe(4);
		expect(summary.ci95?.lower).toBeCloseTo(expected.lower, 9);
		expect(summary.ci95?.upper).toBeCloseTo(expected.upper, 9);
	});

	it("reports Forrester's bands: aligned (4–5) and highly aligned (5)", () => {
		// 4, 4, 4, 5, 5 of 8 answers are 4–5; 5, 5 are 5; 1 "don't know" among 9 responses
		expect(summary.aligned).toBe(5 / 8);
		expect(summary.highlyAligned).toBe(2 / 8);
		expect(summary.dontKnow).toBe(1 / 9);
	});
});

describe('summarizeSums', () => {
	const sums = (histogram: Record<number, number>, scale = 1): MeasureSums => {
		const entries = Object.entries(histogram).map(([k, c]) => [Number(k), c] as const);
		return {
			scale,
			n: entries.reduce((a, [, c]) => a + c, 0),
			scaledSum: entries.reduce((a, [k, c]) => a + k * c, 0),
			scaledSumSq: entries.reduce((a, [k, c]) => a + k * k * c, 0),
			histogram
		};
	};

	it('gives nothing for n = 0 and no spread for n = 1', () => {
		expect(summarizeSums(sums({}))).toEqual({
			n: 0,
			mean: null,
			sd: null,
			ci95: null,
			median: null
		});
		expect(summarizeSums(sums({ 3: 1 }))).toEqual({
			n: 1,
			mean: 3,
			sd: null,
			ci95: null,
			median: 3
		});
	});

	it('takes the median between the two middle values when n is even', () => {
		expect(summarizeSums(sums({ 1: 1, 2: 1, 6: 1, 7: 1 })).median).toBe(4);
		expect(summarizeSums(sums({ 1: 2, 7: 1 })).median).toBe(1);
		expect(summarizeSums(sums({ 24: 1, 30: 1 }, 12)).median).toBe(2.25);
	});

	it('keeps SD exact for huge samples with little spread', () => {
		// 10⁶ respondents at key 35279 and one at 35280: naive float sums lose this variance.
		const big = sums({ 35279: 1_000_000, 35280: 1 }, 5040);
		const n = 1_000_001;
		const mean = (35279 * 1_000_000 + 35280) / n;
		const variance =
			(1_000_000 * (35279 - mean) ** 2 + (35280 - mean) ** 2) / (n - 1) / (5040 * 5040);
		expect(summarizeSums(big).sd).toBeCloseTo(Math.sqrt(variance), 12);
		expect(summarizeSums(sums({ 30: 500_000 }, 12)).sd).toBe(0);
	});
});

describe('meanCi95', () => {
	it('uses t(0.975, n − 1)', () => {
		const ci = meanCi95(5, 10, 2);
		expect(ci?.upper).toBeCloseTo(10 + (T975[4] * 2) / Math.sqrt(5), 9);
		expect(meanCi95(1, 10, 0)).toBeNull();
	});
});

describe('summarizeGroup properties', () => {
	const listArb = fc.array(answersArb, { maxLength: 25 });

	it('keeps dimension and index figures inside 0–100, CI around the mean', () => {
		fc.assert(
			fc.property(listArb, (list) => {
				const summary = summarizeGroup(segmentStatsOf(list, SPEC), SPEC);
				for (const s of [...Object.values(summary.dimensions), summary.index]) {
					if (s.mean === null) continue;
					for (const x of [s.mean, s.median ?? 0]) {
						expect(x).toBeGreaterThanOrEqual(-1e-9);
						expect(x).toBeLessThanOrEqual(100 + 1e-9);
					}
					if (s.ci95 !== null) {
						expect(s.ci95.lower).toBeLessThanOrEqual(s.mean);
						expect(s.ci95.upper).toBeGreaterThanOrEqual(s.mean);
					}
				}
			})
		);
	});

	it('matches the raw-array reference for every sample', () => {
		fc.assert(
			fc.property(listArb, (list) => {
				const summary = summarizeDimension(segmentStatsOf(list, SPEC), TRUST);
				const scores = list
					.map((a) => dimensionScore(a, TRUST))
					.filter((s): s is number => s !== null)
					.map((s) => ((s - 1) / 6) * 100);
				expect(summary.n).toBe(scores.length);
				if (scores.length < 2) return;
				const expected = reference(scores, 0);
				expect(summary.mean).toBeCloseTo(expected.mean, 9);
				expect(summary.sd).toBeCloseTo(expected.sd, 9);
				expect(summary.median).toBeCloseTo(expected.median, 9);
			})
		);
	});

	it('does not depend on the order of the responses', () => {
		fc.assert(
			fc.property(
				listArb.chain((list) =>
					fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))
				),
				([list, shuffled]) => {
					expect(summarizeGroup(segmentStatsOf(shuffled, SPEC), SPEC)).toEqual(
						summarizeGroup(segmentStatsOf(list, SPEC), SPEC)
					);
				}
			)
		);
	});

	it('shares add up to 1 when there are answers', () => {
		fc.assert(
			fc.property(listArb, (list) => {
				const shares = dimensionShares(segmentStatsOf(list, SPEC).items, TRUST);
				if (shares.answers === 0) {
					expect(shares.favourable).toBeNull();
					return;
				}
				expect(
					(shares.favourable ?? 0) + (shares.neutral ?? 0) + (shares.unfavourable ?? 0)
				).toBeCloseTo(1, 12);
			})
		);
	});
});
