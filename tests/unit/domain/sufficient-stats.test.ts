import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensionScore, scoreRespondent } from '$lib/domain/scoring';
import { CELLS, GROUPS, cellId, cellsOf } from '$lib/domain/segments';
import {
	ALIGNMENT_INDEX_ID,
	cellStatsOf,
	dimensionScale,
	emptySegmentStats,
	indexScale,
	measureDefs,
	mergeAllSegmentStats,
	mergeSegmentStats,
	respondentKeys,
	segmentStatsOf,
	statsForGroup
} from '$lib/domain/sufficient-stats';
import { DIMENSIONS, SPEC, TRUST, answersArb, rowsArb } from './analysis-fixtures';

describe('scales', () => {
	it('make every possible score an integer key: × 12 for dimensions, × 5040 for the index', () => {
		expect(dimensionScale(SPEC)).toBe(12);
		expect(indexScale(SPEC)).toBe(5040);
		expect(measureDefs(SPEC).map((d) => [d.id, d.scale])).toEqual([
			...DIMENSIONS.map((d) => [d.id, 12]),
			[ALIGNMENT_INDEX_ID, 5040],
			['overall.alignment', 1],
			['meta.exec_view', 1],
			['meta.frontline_view', 1]
		]);
	});

	it('gives integer keys equal to score × scale for any answers', () => {
		fc.assert(
			fc.property(answersArb, (a) => {
				const keys = respondentKeys(a, SPEC);
				const scores = scoreRespondent(a, DIMENSIONS);
				for (const d of DIMENSIONS) {
					const score = scores.dimensions[d.id] ?? null;
					const key = keys[d.id];
					if (score === null) expect(key).toBeUndefined();
					else {
						expect(Number.isInteger(key)).toBe(true);
						expect(key).toBeCloseTo(score * 12, 9);
					}
				}
				const index = keys[ALIGNMENT_INDEX_ID];
				if (scores.index === null) expect(index).toBeUndefined();
				else {
					expect(Number.isInteger(index)).toBe(true);
					expect(index).toBeCloseTo(scores.index * 5040, 7);
				}
			})
		);
	});

	it('rejects a spec whose measure ids collide', () => {
		expect(() => measureDefs({ ...SPEC, overallItem: 'trust' })).toThrow();
	});
});

describe('segmentStatsOf', () => {
	it('counts a small hand-checked example', () => {
		const stats = segmentStatsOf(
			[
				// trust: 7, 6, 8 − 2 = 6, 5 → 6 (key 72); complete case (7, 6, 6, 5)
				{ 'trust.1': 7, 'trust.2': 6, 'trust.3': 2, 'trust.4': 5, 'overall.alignment': 4 },
				// trust: 3, 8 − 5 = 3 → 3 (key 36); "don't know" on trust.2; not complete
				{ 'trust.1': 3, 'trust.2': 0, 'trust.3': 5, 'overall.alignment': 0 },
				// trust: only one answer → no score, but it is a responder; overall 5
				{ 'trust.4': 1, 'overall.alignment': 5 },
				// nothing at all on trust
				{ 'overall.alignment': 5 }
			],
			SPEC
		);
		expect(stats.respondents).toBe(4);
		expect(stats.measures.trust).toEqual({
			scale: 12,
			n: 2,
			scaledSum: 72 + 36,
			scaledSumSq: 72 * 72 + 36 * 36,
			histogram: { 72: 1, 36: 1 }
		});
		expect(stats.measures['overall.alignment']).toEqual({
			scale: 1,
			n: 3,
			scaledSum: 14,
			scaledSumSq: 16 + 25 + 25,
			histogram: { 4: 1, 5: 2 }
		});
		// Raw values are counted (trust.3 answered 2 and 5, not reverse-coded); index 0 = don't know.
		expect(stats.items['trust.3']).toEqual([0, 0, 1, 0, 0, 1, 0, 0]);
		expect(stats.items['trust.2']).toEqual([1, 0, 0, 0, 0, 0, 1, 0]);
		expect(stats.items['overall.alignment']).toEqual([1, 0, 0, 0, 1, 2, 0, 0]);
		expect(stats.dimensionResponders.trust).toBe(3);
		expect(stats.completeCases.trust).toEqual({
			n: 1,
			itemSums: [7, 6, 6, 5],
			crossProducts: [
				[49, 42, 42, 35],
				[42, 36, 36, 30],
				[42, 36, 36, 30],
				[35, 30, 30, 25]
			]
		});
		expect(stats.measures[ALIGNMENT_INDEX_ID]?.n).toBe(0);
	});

	it('agrees with scoring, respondent by respondent, on n and sums', () => {
		fc.assert(
			fc.property(fc.array(answersArb, { maxLength: 20 }), (list) => {
				const stats = segmentStatsOf(list, SPEC);
				const scores = list.map((a) => dimensionScore(a, TRUST)).filter((s) => s !== null);
				expect(stats.measures.trust?.n).toBe(scores.length);
				const sum = scores.reduce((x, y) => x + y, 0);
				expect((stats.measures.trust?.scaledSum ?? NaN) / 12).toBeCloseTo(sum, 9);
			})
		);
	});

	it('does not depend on the order of the responses', () => {
		fc.assert(
			fc.property(
				fc
					.array(answersArb, { maxLength: 15 })
					.chain((list) =>
						fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))
					),
				([list, shuffled]) => {
					expect(segmentStatsOf(shuffled, SPEC)).toEqual(segmentStatsOf(list, SPEC));
				}
			)
		);
	});

	it('rejects an answer outside its scale', () => {
		expect(() => segmentStatsOf([{ 'overall.alignment': 6 }], SPEC)).toThrow(RangeError);
		expect(() => segmentStatsOf([{ 'trust.1': 9 }], SPEC)).toThrow(RangeError);
	});
});

describe('mergeSegmentStats', () => {
	const listArb = fc.array(answersArb, { maxLength: 8 });

	it('equals computing on the union', () => {
		fc.assert(
			fc.property(listArb, listArb, (a, b) => {
				expect(mergeSegmentStats(segmentStatsOf(a, SPEC), segmentStatsOf(b, SPEC))).toEqual(
					segmentStatsOf([...a, ...b], SPEC)
				);
			})
		);
	});

	it('is commutative and associative, with the empty statistics as identity', () => {
		fc.assert(
			fc.property(listArb, listArb, listArb, (a, b, c) => {
				const [x, y, z] = [a, b, c].map((list) => segmentStatsOf(list, SPEC)) as [
					ReturnType<typeof segmentStatsOf>,
					ReturnType<typeof segmentStatsOf>,
					ReturnType<typeof segmentStatsOf>
				];
				expect(mergeSegmentStats(x, y)).toEqual(mergeSegmentStats(y, x));
				expect(mergeSegmentStats(mergeSegmentStats(x, y), z)).toEqual(
					mergeSegmentStats(x, mergeSegmentStats(y, z))
				);
				expect(mergeSegmentStats(x, emptySegmentStats(SPEC))).toEqual(x);
			})
		);
	});

	it('refuses to merge measures kept at different scales', () => {
		const a = segmentStatsOf([{ 'trust.1': 4, 'trust.2': 4 }], SPEC);
		const trust = a.measures.trust;
		if (trust === undefined) throw new Error('fixture');
		const b = { ...a, measures: { ...a.measures, trust: { ...trust, scale: 6 } } };
		expect(() => mergeSegmentStats(a, b)).toThrow();
	});
});

describe('cellStatsOf and statsForGroup', () => {
	it('split respondents into the six cells, and groups merge their cells back', () => {
		fc.assert(
			fc.property(rowsArb(20), (rows) => {
				const byCell = cellStatsOf(rows, SPEC);
				expect(Object.keys(byCell).sort()).toEqual([...CELLS].sort());
				for (const group of GROUPS) {
					const members = rows.filter((r) => cellsOf(group).includes(cellId(r.level, r.fn)));
					expect(statsForGroup(byCell, group, SPEC)).toEqual(
						segmentStatsOf(
							members.map((r) => r.answers),
							SPEC
						)
					);
				}
				expect(mergeAllSegmentStats(Object.values(byCell), SPEC).respondents).toBe(rows.length);
			}),
			{ numRuns: 40 }
		);
	});
});
