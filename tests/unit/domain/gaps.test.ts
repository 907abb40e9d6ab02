import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	blindSpot,
	blindSpots,
	effectLabel,
	gap,
	hedgesG,
	summaryGap,
	welchDifference,
	type Moments
} from '$lib/domain/gaps';
import { summarizeGroup, toPercentSummary, summarizeSums } from '$lib/domain/group-stats';
import { segmentStatsOf } from '$lib/domain/sufficient-stats';
import { SPEC, TRUST, answersArb } from './analysis-fixtures';

const Z975 = 1.959963984540054;

function moments(values: readonly number[]): Moments {
	const n = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / n;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
	return { n, mean, sd };
}

/** Straightforward Welch + Hedges' g from raw arrays; t(0.975, df) is passed in from scipy. */
function reference(a: readonly number[], b: readonly number[], t975: number) {
	const ma = moments(a);
	const mb = moments(b);
	const va = ma.sd ** 2 / ma.n;
	const vb = mb.sd ** 2 / mb.n;
	const difference = ma.mean - mb.mean;
	const se = Math.sqrt(va + vb);
	const df = (va + vb) ** 2 / (va ** 2 / (ma.n - 1) + vb ** 2 / (mb.n - 1));
	const sp = Math.sqrt(((ma.n - 1) * ma.sd ** 2 + (mb.n - 1) * mb.sd ** 2) / (ma.n + mb.n - 2));
	const d = difference / sp;
	const j = 1 - 3 / (4 * (ma.n + mb.n) - 9);
	const g = j * d;
	const seG = j * Math.sqrt((ma.n + mb.n) / (ma.n * mb.n) + d ** 2 / (2 * (ma.n + mb.n)));
	return {
		difference,
		df,
		lower: difference - t975 * se,
		upper: difference + t975 * se,
		g,
		gLower: g - Z975 * seG,
		gUpper: g + Z975 * seG
	};
}

describe('gap (known answer)', () => {
	const A = [4, 5, 6, 7, 5, 6];
	const B = [2, 3, 4, 3, 5, 2, 3, 4];
	// Welch df = 10.84104634567306; scipy.stats.t.ppf(0.975, that df) = 2.2049288693329014
	const expected = reference(A, B, 2.2049288693329014);
	const result = gap(moments(A), moments(B));

	it('gives the Welch difference and interval', () => {
		expect(result?.difference).toBeCloseTo(2.25, 12);
		expect(result?.df).toBeCloseTo(expected.df, 9);
		expect(result?.df).toBeCloseTo(10.84104634567306, 9);
		expect(result?.ci95?.lower).toBeCloseTo(expected.lower, 9);
		expect(result?.ci95?.upper).toBeCloseTo(expected.upper, 9);
	});

	it("gives Hedges' g with its large-sample CI and label", () => {
		expect(result?.hedgesG?.g).toBeCloseTo(expected.g, 9);
		expect(result?.hedgesG?.ci95.lower).toBeCloseTo(expected.gLower, 9);
		expect(result?.hedgesG?.ci95.upper).toBeCloseTo(expected.gUpper, 9);
		// By hand: Σ squared deviations 5.5 (A) and 7.5 (B), so s_p = √(13/12) = 1.040833…,
		// d = 2.25 / s_p = 2.161730…, J = 1 − 3/47 = 0.936170…, g = J · d = 2.023747…
		expect(result?.hedgesG?.g).toBeCloseTo(2.023747305536633, 9);
		expect(result?.hedgesG?.label).toBe('large');
	});
});

describe('gap edge cases', () => {
	it('is undefined when a group has fewer than 2 answers', () => {
		expect(gap({ n: 1, mean: 3, sd: 0 }, { n: 10, mean: 4, sd: 1 })).toBeNull();
		expect(gap({ n: 10, mean: 3, sd: 1 }, { n: 1, mean: 4, sd: 0 })).toBeNull();
		expect(gap(null, { n: 10, mean: 4, sd: 1 })).toBeNull();
	});

	it('has no interval nor g when neither group varies', () => {
		const result = gap({ n: 5, mean: 4, sd: 0 }, { n: 6, mean: 3, sd: 0 });
		expect(result).toEqual({ difference: 1, se: 0, df: null, ci95: null, hedgesG: null });
	});

	it('uses n − 1 df when only one group varies', () => {
		const result = welchDifference({ n: 5, mean: 4, sd: 0 }, { n: 9, mean: 3, sd: 2 });
		expect(result?.df).toBeCloseTo(8, 12);
	});
});

const momentsArb = fc.record({
	n: fc.integer({ min: 2, max: 500 }),
	mean: fc.double({ min: 0, max: 100, noNaN: true }),
	sd: fc.double({ min: 0.01, max: 50, noNaN: true })
});

describe('gap properties', () => {
	it('is antisymmetric: gap(A, B) = −gap(B, A)', () => {
		fc.assert(
			fc.property(momentsArb, momentsArb, (a, b) => {
				const ab = gap(a, b);
				const ba = gap(b, a);
				if (ab === null || ba === null) throw new Error('both groups have n ≥ 2');
				expect(ba.difference).toBeCloseTo(-ab.difference, 12);
				expect(ba.df).toBeCloseTo(ab.df ?? NaN, 9);
				expect(ba.ci95?.lower).toBeCloseTo(-(ab.ci95?.upper ?? NaN), 12);
				expect(ba.ci95?.upper).toBeCloseTo(-(ab.ci95?.lower ?? NaN), 12);
				expect(ba.hedgesG?.g).toBeCloseTo(-(ab.hedgesG?.g ?? NaN), 12);
				expect(ba.hedgesG?.ci95.lower).toBeCloseTo(-(ab.hedgesG?.ci95.upper ?? NaN), 12);
				expect(ba.hedgesG?.label).toBe(ab.hedgesG?.label);
			})
		);
	});

	it('has intervals that contain the estimates', () => {
		fc.assert(
			fc.property(momentsArb, momentsArb, (a, b) => {
				const r = gap(a, b);
				expect(r?.ci95?.lower).toBeLessThanOrEqual(r?.difference ?? NaN);
				expect(r?.ci95?.upper).toBeGreaterThanOrEqual(r?.difference ?? NaN);
				expect(r?.hedgesG?.ci95.lower).toBeLessThanOrEqual(r?.hedgesG?.g ?? NaN);
				expect(r?.hedgesG?.ci95.upper).toBeGreaterThanOrEqual(r?.hedgesG?.g ?? NaN);
			})
		);
	});

	it('gives the same g on the 1–7 and on the 0–100 scale', () => {
		const list = fc.array(answersArb, { minLength: 4, maxLength: 20 });
		fc.assert(
			fc.property(list, list, (a, b) => {
				const [sa, sb] = [a, b].map((x) => {
					const sums = segmentStatsOf(x, SPEC).measures[TRUST.id];
					if (sums === undefined) throw new Error('trust is measured');
					return summarizeSums(sums);
				});
				if (sa === undefined || sb === undefined) throw new Error('two samples');
				const native = summaryGap(sa, sb);
				const percent = summaryGap(toPercentSummary(sa), toPercentSummary(sb));
				if (native?.hedgesG == null) {
					expect(percent?.hedgesG ?? null).toBeNull();
					return;
				}
				expect(percent?.hedgesG?.g).toBeCloseTo(native.hedgesG.g, 9);
				expect(percent?.difference).toBeCloseTo((native.difference / 6) * 100, 9);
			})
		);
	});
});

describe('effectLabel', () => {
	it.each([
		[0, 'negligible'],
		[0.19999999, 'negligible'],
		[0.2, 'small'],
		[0.49999999, 'small'],
		[0.5, 'medium'],
		[0.79999999, 'medium'],
		[0.8, 'large'],
		[3, 'large'],
		[-0.2, 'small'],
		[-0.19999999, 'negligible'],
		[-0.5, 'medium'],
		[-0.8, 'large']
	] as const)('labels %f as %s', (g, label) => {
		expect(effectLabel(g)).toBe(label);
	});

	it('is what hedgesG reports', () => {
		// Equal SDs of 1 and n = 50 + 50: g = J · 0.5 with J = 1 − 3/391, just below 0.5.
		const result = hedgesG({ n: 50, mean: 0.5, sd: 1 }, { n: 50, mean: 0, sd: 1 });
		expect(result?.g).toBeCloseTo(0.5 * (1 - 3 / 391), 12);
		expect(result?.label).toBe('small');
	});
});

describe('blind spot', () => {
	// Executives guess how frontline rates alignment (meta.frontline_view); frontline answers it.
	const guesses = [4, 4, 5, 3, 4];
	const actual = [2, 3, 2, 1, 3, 2, 4];

	it('is guess − reality with a Welch interval (known answer)', () => {
		// Welch df = 9.97678609651515; scipy.stats.t.ppf(0.975, that df) = 2.228841791573902
		const expected = reference(guesses, actual, 2.228841791573902);
		const result = blindSpot(moments(guesses), moments(actual));
		expect(result?.guess).toBeCloseTo(4, 12);
		expect(result?.actual).toBeCloseTo(17 / 7, 12);
		expect(result?.difference).toBeCloseTo(4 - 17 / 7, 12);
		expect(result?.ci95?.lower).toBeCloseTo(expected.lower, 9);
		expect(result?.ci95?.upper).toBeCloseTo(expected.upper, 9);
	});

	it("pairs each level's guess with the other level's real answers", () => {
		const executives = summarizeGroup(
			segmentStatsOf(
				guesses.map((v, i) => ({
					'meta.frontline_view': v,
					'meta.exec_view': 5,
					'overall.alignment': [5, 4, 5, 5, 4][i] ?? null
				})),
				SPEC
			),
			SPEC
		);
		const frontline = summarizeGroup(
			segmentStatsOf(
				actual.map((v, i) => ({
					'overall.alignment': v,
					'meta.exec_view': [3, 3, 4, 3, 2, 3, 3][i] ?? null,
					'meta.frontline_view': 1
				})),
				SPEC
			),
			SPEC
		);
		const spots = blindSpots(executives, frontline);
		expect(spots.executives?.difference).toBeCloseTo(4 - 17 / 7, 12);
		// Frontline guess 3 on average; executives really answer 4.6.
		expect(spots.frontline?.guess).toBeCloseTo(3, 12);
		expect(spots.frontline?.actual).toBeCloseTo(4.6, 12);
		expect(spots.frontline?.difference).toBeCloseTo(-1.6, 12);
	});
});
