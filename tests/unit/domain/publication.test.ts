import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindSpots, summaryGap } from '$lib/domain/gaps';
import { summarizeGroup, type GroupSummary } from '$lib/domain/group-stats';
import {
	alphaQuantity,
	itemQuantity,
	planFromCellStats,
	publishBlindSpot,
	publishGap,
	publishGroupSummary
} from '$lib/domain/publication';
import { dimensionScore, scoreRespondent } from '$lib/domain/scoring';
import { CELLS, cellId, type CellCounts } from '$lib/domain/segments';
import {
	ALIGNMENT_INDEX_ID,
	cellStatsOf,
	statsForGroup,
	type RespondentRow
} from '$lib/domain/sufficient-stats';
import { SPEC, TRUST, counts, rowsArb } from './analysis-fixtures';
import { baseThreshold, leaks, visibleIn } from './subtraction-attacker';

const full = { 'trust.1': 5, 'trust.2': 6, 'trust.3': 2, 'trust.4': 5, 'overall.alignment': 4 };

function people(
	level: RespondentRow['level'],
	fn: RespondentRow['fn'],
	count: number,
	answers: RespondentRow['answers'] = full
): RespondentRow[] {
	return Array.from({ length: count }, () => ({ level, fn, answers }));
}

describe('planFromCellStats', () => {
	it('plans every measure, item and α, and hides a measure few people answered', () => {
		const rows = [
			...people('executive', 'sales', 6),
			// Three marketing executives skip trust entirely.
			...people('executive', 'marketing', 3, { 'overall.alignment': 5 }),
			...people('executive', 'marketing', 3),
			...people('frontline', 'sales', 12),
			...people('frontline', 'marketing', 12)
		];
		const byCell = cellStatsOf(rows, SPEC);
		const plan = planFromCellStats(byCell, SPEC);
		for (const id of [
			...SPEC.dimensions.map((d) => d.id),
			ALIGNMENT_INDEX_ID,
			SPEC.overallItem,
			alphaQuantity('trust'),
			itemQuantity('trust.3')
		]) {
			expect(plan.quantities[id]).toBeDefined();
		}
		expect(plan.respondents['executive:marketing']).toEqual({ visible: true, n: 6 });
		expect(plan.quantities.trust?.['executive:marketing'].visible).toBe(false);
		expect(plan.quantities[SPEC.overallItem]?.['executive:marketing']).toEqual({
			visible: true,
			n: 6
		});
	});

	it("also protects the people behind a dimension's shares, not only its scored n", () => {
		// Two marketing executives answer a single trust item: no trust score, but their answer
		// is pooled in the executives' trust shares. Executives − executive:sales would isolate it.
		const rows = [
			...people('executive', 'sales', 10),
			...people('executive', 'marketing', 2, { 'trust.1': 1, 'overall.alignment': 2 }),
			...people('executive', 'marketing', 8, { 'overall.alignment': 4 }),
			...people('frontline', 'sales', 10),
			...people('frontline', 'marketing', 10)
		];
		const plan = planFromCellStats(cellStatsOf(rows, SPEC), SPEC);
		const trust = plan.quantities.trust;
		if (trust === undefined) throw new Error('trust is planned');
		expect(plan.respondents['executive:marketing'].visible).toBe(true);
		expect(trust.executive.visible && trust['executive:sales'].visible).toBe(false);
		const responders = counts([10, 2, 0], [10, 10, 0]);
		expect(leaks(visibleIn(trust), responders, baseThreshold(5, 5))).toEqual([]);
	});

	it('publishes a group summary only where the plan allows', () => {
		const rows = [
			...people('executive', 'sales', 2),
			...people('frontline', 'sales', 10),
			...people('frontline', 'marketing', 10)
		];
		const byCell = cellStatsOf(rows, SPEC);
		const plan = planFromCellStats(byCell, SPEC);
		const executive = publishGroupSummary(
			plan,
			'executive',
			summarizeGroup(statsForGroup(byCell, 'executive', SPEC), SPEC),
			SPEC
		);
		expect(executive.respondents.visible).toBe(false);
		expect(executive.dimensions.trust).toEqual({ visible: false, reason: 'fewer_than_k', k: 5 });
		expect(executive.overall).not.toHaveProperty('value');
		const all = publishGroupSummary(
			plan,
			'all',
			summarizeGroup(statsForGroup(byCell, 'all', SPEC), SPEC),
			SPEC
		);
		expect(all.respondents).toEqual({ visible: true, n: 22 });
		expect(all.dimensions.trust?.visible).toBe(true);
	});

	it('shows gaps and blind spots only when both sides are shown', () => {
		const rows = [
			...people('executive', 'sales', 3, { ...full, 'meta.frontline_view': 4 }),
			...people('frontline', 'sales', 10, { ...full, 'meta.exec_view': 3 })
		];
		const byCell = cellStatsOf(rows, SPEC);
		const strict = planFromCellStats(byCell, SPEC);
		const lenient = planFromCellStats(byCell, SPEC, { k: 5, execK: 3 });
		const exec = summarizeGroup(statsForGroup(byCell, 'executive', SPEC), SPEC);
		const front = summarizeGroup(statsForGroup(byCell, 'frontline', SPEC), SPEC);
		const trust = (summary: GroupSummary) => {
			const result = summary.dimensions.trust;
			if (result === undefined) throw new Error('trust is summarised');
			return result;
		};
		const trustGap = summaryGap(trust(exec), trust(front));
		expect(publishGap(strict, 'trust', 'executive', 'frontline', trustGap).visible).toBe(false);
		expect(publishGap(lenient, 'trust', 'executive', 'frontline', trustGap).visible).toBe(true);
		const spots = blindSpots(exec, front);
		expect(publishBlindSpot(strict, SPEC, 'executive', spots.executives).visible).toBe(false);
		expect(publishBlindSpot(lenient, SPEC, 'executive', spots.executives).visible).toBe(true);
	});

	it('lets no derivable set of 1..k−1 answers through, for any quantity of a real report', () => {
		// Counts per cell recomputed from the raw rows, independently of the sufficient statistics.
		const perCell = (rows: readonly RespondentRow[], counted: (r: RespondentRow) => boolean) =>
			Object.fromEntries(
				CELLS.map((cell) => [
					cell,
					rows.filter((r) => cellId(r.level, r.fn) === cell && counted(r)).length
				])
			) as CellCounts;
		const answered = (id: string) => (r: RespondentRow) => {
			const v = r.answers[id];
			return typeof v === 'number' && v > 0;
		};
		fc.assert(
			fc.property(rowsArb(60), fc.integer({ min: 3, max: 6 }), (rows, k) => {
				const plan = planFromCellStats(cellStatsOf(rows, SPEC), SPEC, { k });
				const threshold = baseThreshold(k, k);
				const check = (quantity: string, counts: CellCounts) => {
					const table = plan.quantities[quantity];
					if (table === undefined) throw new Error(`${quantity} is planned`);
					expect(leaks(visibleIn(table), counts, threshold)).toEqual([]);
				};
				expect(
					leaks(
						visibleIn(plan.respondents),
						perCell(rows, () => true),
						threshold
					)
				).toEqual([]);
				for (const dimension of SPEC.dimensions) {
					check(
						dimension.id,
						perCell(rows, (r) => dimensionScore(r.answers, dimension) !== null)
					);
					check(
						dimension.id,
						perCell(rows, (r) => dimension.items.some((item) => r.answers[item.id] != null))
					);
				}
				check(SPEC.overallItem, perCell(rows, answered(SPEC.overallItem)));
				check(
					SPEC.overallItem,
					perCell(rows, (r) => r.answers[SPEC.overallItem] != null)
				);
				check(
					ALIGNMENT_INDEX_ID,
					perCell(rows, (r) => scoreRespondent(r.answers, SPEC.dimensions).index !== null)
				);
				check(
					itemQuantity('trust.2'),
					perCell(rows, (r) => r.answers['trust.2'] != null)
				);
				check(
					alphaQuantity('trust'),
					perCell(rows, (r) => TRUST.items.every((item) => answered(item.id)(r)))
				);
			}),
			{ numRuns: 40 }
		);
	});
});
