import { describe, expect, it } from 'vitest';
import { ALPHA_MIN_CASES, cronbachAlpha } from '$lib/domain/reliability';
import type { Answers } from '$lib/domain/scoring';
import { segmentStatsOf, type CompleteCaseSums } from '$lib/domain/sufficient-stats';
import { SPEC, TRUST, seededRandom } from './analysis-fixtures';

/** Trust answers driven by one latent attitude plus noise; trust.3 is reverse-worded. */
function trustRows(count: number, noise: number, seed = 7): Answers[] {
	const random = seededRandom(seed);
	const clamp = (x: number) => Math.min(7, Math.max(1, Math.round(x)));
	return Array.from({ length: count }, () => {
		const attitude = 1 + random() * 6;
		const item = () => clamp(attitude + (random() - 0.5) * 2 * noise);
		return { 'trust.1': item(), 'trust.2': item(), 'trust.3': 8 - item(), 'trust.4': item() };
	});
}

/** Textbook α from raw rows: item variances and the variance of the total score. */
function referenceAlpha(rows: readonly Answers[]): number {
	const coded = rows.map((r) =>
		TRUST.items.map((item) => {
			const v = r[item.id] as number;
			return item.reverse ? 8 - v : v;
		})
	);
	const variance = (xs: readonly number[]) => {
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
	};
	const p = TRUST.items.length;
	const itemVariance = TRUST.items
		.map((_, i) => variance(coded.map((row) => row[i] ?? NaN)))
		.reduce((a, b) => a + b, 0);
	const totalVariance = variance(coded.map((row) => row.reduce((a, b) => a + b, 0)));
	return (p / (p - 1)) * (1 - itemVariance / totalVariance);
}

const completeCases = (rows: readonly Answers[]): CompleteCaseSums => {
	const sums = segmentStatsOf(rows, SPEC).completeCases.trust;
	if (sums === undefined) throw new Error('trust has complete-case sums');
	return sums;
};

describe('cronbachAlpha', () => {
	it('matches the textbook formula on raw data (known answer)', () => {
		for (const noise of [1, 2.5, 4]) {
			const rows = trustRows(60, noise);
			const result = cronbachAlpha(completeCases(rows));
			expect(result.status).toBe('ok');
			expect(result.alpha).toBeCloseTo(referenceAlpha(rows), 9);
		}
	});

	it('is 1 for perfectly consistent items, and reverse-coding is applied', () => {
		// Everyone answers trust.1 = trust.2 = trust.4 = x and the reverse item 8 − x.
		const rows = Array.from({ length: 30 }, (_, i) => {
			const x = 1 + (i % 7);
			return { 'trust.1': x, 'trust.2': x, 'trust.3': 8 - x, 'trust.4': x };
		});
		expect(cronbachAlpha(completeCases(rows)).alpha).toBeCloseTo(1, 12);
	});

	it('is computed only from 30 complete cases on', () => {
		expect(ALPHA_MIN_CASES).toBe(30);
		const rows = trustRows(30, 1.5);
		const incomplete: Answers[] = Array.from({ length: 10 }, () => ({
			'trust.1': 5,
			'trust.2': 0,
			'trust.3': 3,
			'trust.4': 5
		}));
		const below = cronbachAlpha(completeCases([...rows.slice(0, 29), ...incomplete]));
		expect(below).toEqual({
			status: 'unavailable',
			n: 29,
			alpha: null,
			reason: 'fewer_than_30_complete_cases'
		});
		const enough = cronbachAlpha(completeCases([...rows, ...incomplete]));
		expect(enough.status).toBe('ok');
		expect(enough.n).toBe(30);
		expect(enough.alpha).toBeCloseTo(referenceAlpha(rows), 9);
	});

	// Two items, n = 30, item sums 0: then α = 2 · 2c / (a + b + 2c) with c the cross product
	// and a, b the squares, so the flag threshold can be hit exactly.
	const twoItems = (square: number, cross: number): CompleteCaseSums => ({
		n: 30,
		itemSums: [0, 0],
		crossProducts: [
			[square, cross],
			[cross, square]
		]
	});

	it('flags α below .70, not at .70', () => {
		// 2 · 2·700 / (2600 + 1400) = 0.7 exactly
		const at = cronbachAlpha(twoItems(1300, 700));
		expect(at).toEqual({ status: 'ok', n: 30, alpha: 0.7, flagged: false });
		// 2 · 2·699 / (2600 + 1398) = 0.69935
		const below = cronbachAlpha(twoItems(1300, 699));
		expect(below.alpha).toBeCloseTo(2796 / 3998, 12);
		expect(below.status === 'ok' && below.flagged).toBe(true);
		const above = cronbachAlpha(twoItems(1300, 701));
		expect(above.status === 'ok' && above.flagged).toBe(false);
	});

	it('explains why α is missing when there is no variance or a single item', () => {
		const flat = Array.from({ length: 30 }, () => ({
			'trust.1': 4,
			'trust.2': 4,
			'trust.3': 4,
			'trust.4': 4
		}));
		expect(cronbachAlpha(completeCases(flat))).toMatchObject({
			reason: 'no_variance',
			alpha: null
		});
		expect(cronbachAlpha({ n: 40, itemSums: [100], crossProducts: [[300]] })).toMatchObject({
			reason: 'fewer_than_2_items'
		});
	});
});
