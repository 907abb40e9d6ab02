import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CELLS,
	GROUPS,
	PARTITIONS,
	cellsOf,
	type CellCounts,
	type CellId,
	type GroupId
} from '$lib/domain/segments';
import {
	disclosureOf,
	planSuppression,
	publish,
	publishCombined,
	publishComments,
	type Disclosure,
	type SuppressionPlan
} from '$lib/domain/suppression';
import { cellCountsArb, counts, seededRandom } from './analysis-fixtures';
import { baseThreshold, leaks, visibleIn } from './subtraction-attacker';

// The attacker (linear span over the six cells, see subtraction-attacker.ts) works on counts.
// Sums of scores, sums of squares and histogram bars are additive over cells exactly like counts,
// and a mean is a sum over a count: a set of cells whose count cannot be derived cannot have its
// sum or mean derived either, so these tests cover every figure built from the sufficient statistics.

/** What the observer really sees: every number let through must be the true total. */
function publishedCounts(table: Readonly<Record<GroupId, Disclosure>>, count: CellCounts): void {
	for (const g of GROUPS) {
		const d = table[g];
		if (d.visible) expect(d.n).toBe(cellsOf(g).reduce((s, c) => s + count[c], 0));
		else expect(d).not.toHaveProperty('n');
	}
}

const kArb = fc.integer({ min: 3, max: 10 });

describe('subtraction attacker', () => {
	it('cannot derive any set of 1..k−1 respondents from the published counts', () => {
		fc.assert(
			fc.property(cellCountsArb(30), kArb, kArb, (respondents, k, execK) => {
				const plan = planSuppression({ respondents, k, execK });
				publishedCounts(plan.respondents, respondents);
				const visible = visibleIn(plan.respondents);
				const threshold = baseThreshold(k, execK);
				expect(leaks(visible, respondents, threshold)).toEqual([]);
				expect(leaks(visible, respondents, threshold, false)).toEqual([]);
			}),
			{ numRuns: 600 }
		);
	});

	it('also holds with small cells, where most suppression happens', () => {
		fc.assert(
			fc.property(cellCountsArb(8), kArb, kArb, (respondents, k, execK) => {
				const plan = planSuppression({ respondents, k, execK });
				expect(leaks(visibleIn(plan.respondents), respondents, baseThreshold(k, execK))).toEqual(
					[]
				);
			}),
			{ numRuns: 600 }
		);
	});

	it("cannot derive a small set from any measure's published n either", () => {
		// Each measure has its own n per cell (people skip questions) and a second count published
		// with it (e.g. the people behind its shares), between the measure's n and the respondents.
		const cellArb = fc
			.tuple(
				fc.integer({ min: 0, max: 30 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true })
			)
			.map(
				([r, a, b]) => [r, Math.floor(r * Math.min(a, b)), Math.floor(r * Math.max(a, b))] as const
			);
		fc.assert(
			fc.property(
				fc.array(cellArb, { minLength: 6, maxLength: 6 }),
				kArb,
				kArb,
				(cells, k, execK) => {
					const pick = (i: 0 | 1 | 2): CellCounts =>
						Object.fromEntries(CELLS.map((c, j) => [c, cells[j]?.[i] ?? 0])) as CellCounts;
					const respondents = pick(0);
					const measure = pick(1);
					const shares = pick(2);
					const plan = planSuppression({
						respondents,
						k,
						execK,
						quantities: { m: [measure, shares] }
					});
					const table = plan.quantities.m;
					if (table === undefined) throw new Error('quantity m is planned');
					publishedCounts(table, measure);
					const threshold = baseThreshold(k, execK);
					const visible = visibleIn(table);
					// A measure is never shown for a group whose respondent count is hidden.
					for (const g of visible) expect(plan.respondents[g].visible).toBe(true);
					expect(leaks(visible, measure, threshold)).toEqual([]);
					expect(leaks(visible, shares, threshold)).toEqual([]);
					expect(leaks(visibleIn(plan.respondents), respondents, threshold)).toEqual([]);
				}
			),
			{ numRuns: 400 }
		);
	});
});

describe('the documented rule', () => {
	it('shows a group only from its threshold on, and never leaves a partition with a small hidden remainder', () => {
		fc.assert(
			fc.property(cellCountsArb(30), kArb, kArb, (respondents, k, execK) => {
				const plan = planSuppression({ respondents, k, execK });
				const threshold = baseThreshold(k, execK);
				const total = (cells: readonly CellId[]) => cells.reduce((s, c) => s + respondents[c], 0);
				const people = (cells: readonly CellId[]) => cells.filter((c) => respondents[c] > 0);
				for (const g of GROUPS) {
					if (plan.respondents[g].visible) {
						expect(total(cellsOf(g))).toBeGreaterThanOrEqual(threshold(people(cellsOf(g))));
					}
				}
				for (const { children } of PARTITIONS) {
					const hidden = children.filter((g) => !plan.respondents[g].visible);
					if (hidden.length === 0 || hidden.length === children.length) continue;
					const cells = hidden.flatMap((g) => cellsOf(g));
					const n = total(cells);
					expect(n === 0 || n >= threshold(people(cells))).toBe(true);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('shows everything when every cell reaches k', () => {
		const plan = planSuppression({ respondents: counts([5, 6, 7], [8, 9, 10]) });
		expect(plan.k).toBe(5);
		expect(plan.respondents.all).toEqual({ visible: true, n: 45 });
		expect(plan.respondents['executive:sales']).toEqual({ visible: true, n: 5 });
		expect(GROUPS.every((g) => plan.respondents[g].visible)).toBe(true);
	});

	it('hides a small level and, by complement, the other level', () => {
		// 4 executives: all − frontline would give them away, so frontline goes too; 'all' stays.
		const plan = planSuppression({ respondents: counts([2, 2, 0], [20, 15, 6]) });
		expect(plan.respondents.executive).toEqual({ visible: false, reason: 'fewer_than_k', k: 5 });
		expect(plan.respondents.frontline.visible).toBe(false);
		expect(plan.respondents.all).toEqual({ visible: true, n: 45 });
	});

	it('never reports zero: an empty group is hidden like a small one', () => {
		const plan = planSuppression({ respondents: counts([5, 6, 0], [8, 9, 0]) });
		expect(plan.respondents.other).toEqual({ visible: false, reason: 'fewer_than_k', k: 5 });
		expect(plan.respondents['frontline:other']).not.toHaveProperty('n');
		// Empty groups protect nobody, so they force no complement.
		expect(plan.respondents['executive:sales']).toEqual({ visible: true, n: 5 });
	});

	it('goes beyond pairwise complements when a combination of groups gives cells away', () => {
		// Cells: executives 10/10/10, frontline sales 10, marketing 2, other 1.
		// Partition rule alone: frontline marketing and other are hidden (3 < 5), so frontline sales
		// goes too; in the marketing and other columns the executive cells go too. That leaves
		// executive:sales shown, and marketing + other − executive + executive:sales =
		// frontline:marketing + frontline:other = 3 people. The exact check must hide more.
		const respondents = counts([10, 10, 10], [10, 2, 1]);
		const plan = planSuppression({ respondents });
		for (const g of ['frontline:marketing', 'frontline:other', 'frontline:sales'] as const) {
			expect(plan.respondents[g].visible).toBe(false);
		}
		expect(plan.respondents['executive:sales'].visible).toBe(false);
		expect(leaks(visibleIn(plan.respondents), respondents, baseThreshold(5, 5))).toEqual([]);
	});

	it('lets executives be shown from their own k', () => {
		const plan = planSuppression({ respondents: counts([4, 3, 0], [40, 25, 6]), k: 5, execK: 3 });
		expect(plan.respondents.executive).toEqual({ visible: true, n: 7 });
		expect(plan.respondents['executive:marketing']).toEqual({ visible: true, n: 3 });
		expect(plan.respondents['executive:other']).toEqual({
			visible: false,
			reason: 'fewer_than_k',
			k: 3
		});
		expect(plan.respondents['frontline:other']).toEqual({ visible: true, n: 6 });
		// With the default k, the same executives are hidden.
		expect(
			planSuppression({ respondents: counts([4, 3, 0], [40, 25, 6]) }).respondents[
				'executive:marketing'
			].visible
		).toBe(false);
	});

	it("protects a measure whose n is smaller than the group's", () => {
		const respondents = counts([10, 10, 0], [10, 10, 0]);
		const answered = counts([2, 10, 0], [10, 10, 0]);
		const plan = planSuppression({ respondents, quantities: { trust: [answered] } });
		expect(plan.respondents['executive:sales']).toEqual({ visible: true, n: 10 });
		expect(plan.quantities.trust?.['executive:sales'].visible).toBe(false);
		// executive − executive:marketing would give the 2 answers away.
		expect(plan.quantities.trust?.['executive:marketing'].visible).toBe(false);
		expect(
			leaks(visibleIn(plan.quantities.trust ?? plan.respondents), answered, baseThreshold(5, 5))
		).toEqual([]);
	});

	it('refuses thresholds below 3 and impossible counts', () => {
		const respondents = counts([5, 5, 5], [5, 5, 5]);
		expect(() => planSuppression({ respondents, k: 2 })).toThrow(RangeError);
		expect(() => planSuppression({ respondents, execK: 2 })).toThrow(RangeError);
		expect(() => planSuppression({ respondents, k: 4.5 })).toThrow(RangeError);
		expect(() => planSuppression({ respondents: counts([5, -1, 5], [5, 5, 5]) })).toThrow(
			RangeError
		);
		expect(planSuppression({ respondents, k: 3 }).k).toBe(3);
	});
});

describe('publish', () => {
	const plan: SuppressionPlan = planSuppression({
		respondents: counts([2, 2, 0], [20, 15, 6]),
		quantities: { trust: [counts([2, 2, 0], [20, 15, 6])] }
	});

	it('passes values of visible groups and replaces hidden ones by the reason', () => {
		expect(publish(plan, 'trust', 'all', { mean: 61 })).toEqual({
			visible: true,
			value: { mean: 61 }
		});
		expect(publish(plan, 'trust', 'executive', { mean: 61 })).toEqual({
			visible: false,
			reason: 'fewer_than_k',
			k: 5
		});
		expect(publish(plan, null, 'frontline', 1)).not.toHaveProperty('value');
	});

	it('shows a combined figure only when every group behind it is shown', () => {
		expect(
			publishCombined(
				plan,
				[
					['trust', 'all'],
					['trust', 'sales']
				],
				3
			).visible
		).toBe(true);
		expect(
			publishCombined(
				plan,
				[
					['trust', 'sales'],
					['trust', 'executive']
				],
				3
			).visible
		).toBe(false);
	});

	it('fails closed for a quantity that was never planned', () => {
		expect(() => publish(plan, 'communication', 'all', 1)).toThrow();
		expect(() => disclosureOf(plan, 'communication', 'all')).toThrow();
	});
});

describe('publishComments', () => {
	const rows = (respondents: CellCounts) =>
		CELLS.flatMap((cell) =>
			Array.from({ length: respondents[cell] }, (_, i) => ({ cell, text: `${cell} #${i}` }))
		);

	it("shows a group's comments from 10 respondents, shuffled, as bare texts", () => {
		const respondents = counts([10, 0, 0], [12, 9, 0]);
		const comments = rows(respondents).map((c) => ({ ...c, submittedOn: '2025-01-02' }));
		const published = publishComments(comments, respondents, { random: seededRandom(1) });
		const sales = published.byGroup['executive:sales'];
		if (!sales.visible) throw new Error('executive:sales has 10 respondents');
		expect([...sales.value].sort()).toEqual(
			comments
				.filter((c) => c.cell === 'executive:sales')
				.map((c) => c.text)
				.sort()
		);
		expect(sales.value.every((t) => typeof t === 'string')).toBe(true);
		expect(sales.value).not.toEqual(
			comments.filter((c) => c.cell === 'executive:sales').map((c) => c.text)
		);
		expect(published.byGroup['frontline:marketing']).toEqual({
			visible: false,
			reason: 'fewer_than_k',
			k: 10
		});
		if (!published.pooled.visible) throw new Error('31 respondents');
		expect(published.pooled.value).toHaveLength(31);
	});

	it('pools the whole diagnostic once it has k respondents', () => {
		expect(
			publishComments(rows(counts([1, 1, 0], [1, 1, 0])), counts([1, 1, 0], [1, 1, 0]), {
				random: seededRandom(2)
			}).pooled.visible
		).toBe(false);
		const five = counts([1, 1, 0], [2, 1, 0]);
		const published = publishComments(rows(five), five, { random: seededRandom(2) });
		expect(published.pooled.visible).toBe(true);
		expect(
			GROUPS.filter((g) => g !== 'all').every(
				(g) => !published.byGroup[g as Exclude<GroupId, 'all'>].visible
			)
		).toBe(true);
	});

	it("does not lower the pooling bar to the executives' k", () => {
		const executivesOnly = counts([2, 2, 0], [0, 0, 0]);
		const options = { k: 5, execK: 3, random: seededRandom(6) };
		expect(
			planSuppression({ respondents: executivesOnly, ...options }).respondents.all.visible
		).toBe(true);
		expect(publishComments(rows(executivesOnly), executivesOnly, options).pooled).toEqual({
			visible: false,
			reason: 'fewer_than_k',
			k: 5
		});
	});

	it('is deterministic for a given random source', () => {
		const respondents = counts([10, 10, 10], [10, 10, 10]);
		const a = publishComments(rows(respondents), respondents, { random: seededRandom(3) });
		const b = publishComments(rows(respondents), respondents, { random: seededRandom(3) });
		expect(a).toEqual(b);
	});

	it('cannot be subtracted down to fewer than 10 people (or k for the whole)', () => {
		fc.assert(
			fc.property(cellCountsArb(30), kArb, kArb, (respondents, k, execK) => {
				const published = publishComments(rows(respondents), respondents, {
					k,
					execK,
					random: seededRandom(4)
				});
				const visible = GROUPS.filter((g) =>
					g === 'all' ? published.pooled.visible : published.byGroup[g].visible
				);
				const plan = planSuppression({ respondents, k, execK });
				for (const g of visible) expect(plan.respondents[g].visible).toBe(true);
				const everyone = CELLS.filter((c) => respondents[c] > 0);
				const base = baseThreshold(k, execK);
				const threshold = (people: readonly CellId[]) =>
					Math.max(people.length === everyone.length ? k : 10, base(people));
				expect(leaks(visible, respondents, threshold)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('rejects a comment from an unknown cell', () => {
		const respondents = counts([10, 10, 10], [10, 10, 10]);
		expect(() =>
			publishComments([{ cell: 'board:sales' as CellId, text: 'x' }], respondents, {
				random: seededRandom(5)
			})
		).toThrow(RangeError);
	});
});
