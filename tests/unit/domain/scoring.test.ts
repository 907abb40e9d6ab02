import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	alignmentIndex,
	codedAnswer,
	dimensionScore,
	minDimensionsForIndex,
	scoreRespondent,
	toPercent,
	toPercentSpread,
	type Answers,
	type DimensionSpec
} from '$lib/domain/scoring';
import { DIMENSIONS, TRUST, answersArb } from './analysis-fixtures';

// TRUST: items trust.1, trust.2, trust.4 straight; trust.3 reverse-worded.

describe('codedAnswer', () => {
	it('reverse-codes as 8 − x and treats "don\'t know" and unanswered as missing', () => {
		expect(codedAnswer(2, true)).toBe(6);
		expect(codedAnswer(7, true)).toBe(1);
		expect(codedAnswer(2, false)).toBe(2);
		expect(codedAnswer(0, false)).toBeNull();
		expect(codedAnswer(0, true)).toBeNull();
		expect(codedAnswer(null, false)).toBeNull();
		expect(codedAnswer(undefined, true)).toBeNull();
	});

	it("reverse-codes on the item's own scale", () => {
		expect(codedAnswer(2, true, 5)).toBe(4);
	});

	it.each([8, -1, 2.5, Number.NaN, 6])('rejects %f outside the scale', (value) => {
		expect(() => codedAnswer(value, false, 5)).toThrow(RangeError);
	});
});

describe('dimensionScore', () => {
	it('averages the answered, reverse-coded items', () => {
		// 7, 6, 8 − 2 = 6, 5 → 24 / 4 = 6
		const a: Answers = { 'trust.1': 7, 'trust.2': 6, 'trust.3': 2, 'trust.4': 5 };
		expect(dimensionScore(a, TRUST)).toBe(6);
	});

	it('needs at least half of the items; "don\'t know" counts as missing', () => {
		// Two answered (3 and 8 − 5 = 3), one "don't know", one unanswered → (3 + 3) / 2
		expect(dimensionScore({ 'trust.1': 3, 'trust.2': 0, 'trust.3': 5 }, TRUST)).toBe(3);
		// Three answered of four: 6 + 7 + (8 − 1) = 20 → 20 / 3
		expect(dimensionScore({ 'trust.1': 6, 'trust.2': 7, 'trust.3': 1, 'trust.4': 0 }, TRUST)).toBe(
			20 / 3
		);
		expect(dimensionScore({ 'trust.1': 6, 'trust.2': 0, 'trust.3': 0 }, TRUST)).toBeNull();
		expect(dimensionScore({}, TRUST)).toBeNull();
	});

	it('rounds half up for odd item counts: 2 of 3 is enough, 1 of 3 is not', () => {
		const three: DimensionSpec = {
			id: 'x',
			items: ['x.1', 'x.2', 'x.3'].map((id) => ({ id, reverse: false }))
		};
		expect(dimensionScore({ 'x.1': 2, 'x.2': 4 }, three)).toBe(3);
		expect(dimensionScore({ 'x.1': 2 }, three)).toBeNull();
	});

	it('stays in 1–7, and in 0–100 once converted', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				for (const dimension of DIMENSIONS) {
					const score = dimensionScore(a, dimension);
					if (score === null) continue;
					expect(score).toBeGreaterThanOrEqual(1);
					expect(score).toBeLessThanOrEqual(7);
					expect(toPercent(score)).toBeGreaterThanOrEqual(0);
					expect(toPercent(score)).toBeLessThanOrEqual(100);
				}
			})
		);
	});

	it('is null exactly when fewer than half the items have a 1–7 answer', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				for (const dimension of DIMENSIONS) {
					const answered = dimension.items.filter((item) => {
						const v = a[item.id];
						return typeof v === 'number' && v >= 1;
					}).length;
					expect(dimensionScore(a, dimension) === null).toBe(answered < 2);
				}
			})
		);
	});

	it('mirrors: answering 8 − x everywhere gives 8 − score', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				const mirrored = Object.fromEntries(
					Object.entries(a).map(([id, v]) => [id, typeof v === 'number' && v > 0 ? 8 - v : v])
				);
				for (const dimension of DIMENSIONS) {
					const score = dimensionScore(a, dimension);
					const other = dimensionScore(mirrored, dimension);
					if (score === null) expect(other).toBeNull();
					else expect(other).toBeCloseTo(8 - score, 12);
				}
			})
		);
	});
});

describe('toPercent', () => {
	it('maps 1 → 0, 4 → 50, 7 → 100 and stretches spreads by 100/6', () => {
		expect(toPercent(1)).toBe(0);
		expect(toPercent(4)).toBe(50);
		expect(toPercent(7)).toBe(100);
		expect(toPercentSpread(3)).toBe(50);
	});
});

describe('alignmentIndex', () => {
	it('needs 4 of 7 dimension scores', () => {
		expect(minDimensionsForIndex(7)).toBe(4);
		expect(alignmentIndex([5, 6, 7, null, null, null, null])).toBeNull();
		expect(alignmentIndex([5, 6, 7, 2, null, null, null])).toBe(5);
		expect(alignmentIndex([null, null, null, null, null, null, null])).toBeNull();
	});

	it("is the mean of the respondent's available dimension scores", () => {
		const a: Answers = {
			'trust.1': 7,
			'trust.2': 7,
			'communication.1': 4,
			'communication.2': 5,
			'credit_sharing.2': 2,
			'credit_sharing.4': 3,
			'shared_goals.1': 6,
			'shared_goals.4': 6,
			'lead_process.1': 1
		};
		const scores = scoreRespondent(a, DIMENSIONS);
		// trust 7, communication 4.5, credit_sharing 2.5, shared_goals 6; lead_process has 1 item
		expect(scores.dimensions).toEqual({
			trust: 7,
			communication: 4.5,
			credit_sharing: 2.5,
			shared_goals: 6,
			lead_process: null,
			leadership: null,
			collaboration: null
		});
		expect(scores.index).toBe((7 + 4.5 + 2.5 + 6) / 4);
	});
});
