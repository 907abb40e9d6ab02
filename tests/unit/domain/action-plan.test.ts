import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EFFECT_LABELS,
	PLAN_WEIGHTS,
	followUpPlan,
	generatePlan,
	measureVerdict,
	type DimensionFinding,
	type MeasureChange,
	type PlanInput
} from '$lib/domain/action-plan';
import { ACTION_LIBRARY, getAction } from '$lib/domain/actions';
import { DIMENSION_IDS, type DimensionId } from '$lib/domain/dimension-ids';
import { MOVE_STEPS, PARADIGM_VARIANTS } from '$lib/domain/paradigm';

/** A typical report: executives rosier than frontline, trust and the lead process weakest. */
const FINDINGS: DimensionFinding[] = [
	{ dimension: 'trust', frontline: 38, executive: 72, gap: { value: 34, effect: 'large' } },
	{
		dimension: 'communication',
		frontline: 45,
		executive: 60,
		gap: { value: 15, effect: 'medium' }
	},
	{
		dimension: 'credit_sharing',
		frontline: 55,
		executive: 58,
		gap: { value: 3, effect: 'negligible' }
	},
	{ dimension: 'shared_goals', frontline: 50, executive: 65, gap: { value: 15, effect: 'small' } },
	{ dimension: 'lead_process', frontline: 30, executive: 40, gap: { value: 10, effect: 'small' } },
	{ dimension: 'leadership', frontline: 60, executive: 80, gap: { value: 20, effect: 'medium' } },
	{ dimension: 'collaboration', frontline: 42, executive: 55, gap: { value: 13, effect: 'small' } }
];

const SILOED_TO_PROPORTIONAL: PlanInput = {
	findings: FINDINGS,
	recommended: 'proportional',
	move: { from: 'siloed', to: 'proportional', steps: ['raise_integration', 'balance_power'] }
};

const uniform = (score: number): DimensionFinding[] =>
	DIMENSION_IDS.map((dimension) => ({
		dimension,
		frontline: score,
		executive: score,
		gap: { value: 0, effect: 'negligible' as const }
	}));

describe('generatePlan', () => {
	it('picks eight distinct library actions by default, each with a reason', () => {
		const plan = generatePlan(SILOED_TO_PROPORTIONAL);
		expect(plan.items).toHaveLength(PLAN_WEIGHTS.defaultSize);
		const ids = plan.items.map((i) => i.actionId);
		expect(new Set(ids).size).toBe(ids.length);
		plan.items.forEach((item, index) => {
			expect(item.rank).toBe(index + 1);
			expect(getAction(item.actionId)).toBeDefined();
			expect(DIMENSION_IDS).toContain(item.reason.dimension);
			expect(item.reason.text.en).not.toBe('');
			expect(item.reason.text.fr).not.toBe(item.reason.text.en);
		});
	});

	it('is deterministic and ignores the order of the findings', () => {
		const again = generatePlan(SILOED_TO_PROPORTIONAL);
		expect(again).toEqual(generatePlan(SILOED_TO_PROPORTIONAL));
		expect(generatePlan({ ...SILOED_TO_PROPORTIONAL, findings: [...FINDINGS].reverse() })).toEqual(
			again
		);
	});

	it('orders by priority: scores never increase down the plan', () => {
		const scores = generatePlan(SILOED_TO_PROPORTIONAL).items.map((i) => i.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('starts with the weakest dimension when nothing else competes', () => {
		const findings = uniform(80).map((f) =>
			f.dimension === 'lead_process' ? { ...f, frontline: 20, executive: 25 } : f
		);
		const first = generatePlan({ findings, recommended: null, move: null }).items[0];
		expect(getAction(first?.actionId ?? '')?.dimensions[0]).toBe('lead_process');
		expect(first?.reason).toMatchObject({ kind: 'weakness', dimension: 'lead_process', score: 20 });
		expect(first?.reason.text.en).toContain('20/100');
		expect(first?.reason.text.en).toContain('frontline');
	});

	it('answers the worst finding early even when a broad action touches it first', () => {
		const top3 = generatePlan(SILOED_TO_PROPORTIONAL).items.slice(0, 3);
		expect(top3.some((i) => i.reason.dimension === 'trust' && i.reason.kind === 'gap')).toBe(true);
	});

	it('spreads the plan over several weak spots instead of stacking on one', () => {
		const primaries = generatePlan(SILOED_TO_PROPORTIONAL).items.map(
			(i) => getAction(i.actionId)?.dimensions[0]
		);
		expect(new Set(primaries).size).toBeGreaterThanOrEqual(4);
	});

	it('cites a large perception gap with both numbers', () => {
		const plan = generatePlan({ findings: FINDINGS, recommended: null, move: null });
		const trustGap = plan.items.find(
			(i) => i.reason.kind === 'gap' && i.reason.dimension === 'trust'
		);
		expect(trustGap?.reason).toMatchObject({ kind: 'gap', gap: 34, effect: 'large' });
		expect(trustGap?.reason.text.en).toBe(
			'Executives rate trust 72/100 but frontline staff 38/100: a large gap of 34 points.'
		);
		expect(trustGap?.reason.text.fr).toContain('72/100 à la confiance');
	});

	it('contracts French articles in gap sentences', () => {
		const gapOn = (dimension: DimensionId): string | undefined => {
			const findings = uniform(60).map((f) =>
				f.dimension === dimension
					? { ...f, frontline: 20, executive: 70, gap: { value: 50, effect: 'large' as const } }
					: f
			);
			return generatePlan({ findings, recommended: null, move: null }).items.find(
				(i) => i.reason.kind === 'gap'
			)?.reason.text.fr;
		};
		expect(gapOn('leadership')).toContain('70/100 au leadership');
		expect(gapOn('shared_goals')).toContain('70/100 aux objectifs communs');
		expect(gapOn('lead_process')).toContain('70/100 au processus des leads');
	});

	it('a frontline rosier than executives is a gap too, told the other way round', () => {
		const findings = uniform(60).map((f) =>
			f.dimension === 'trust'
				? { ...f, frontline: 70, executive: 30, gap: { value: -40, effect: 'large' as const } }
				: f
		);
		const reason = generatePlan({ findings, recommended: null, move: null }).items.find(
			(i) => i.reason.kind === 'gap'
		)?.reason;
		expect(reason?.text.en).toBe(
			'Frontline staff rate trust 70/100 but executives only 30/100: a large gap of 40 points.'
		);
	});

	it('carries every step of the paradigm move, citing it as the reason', () => {
		const plan = generatePlan(SILOED_TO_PROPORTIONAL);
		const cited = plan.items.flatMap((i) => (i.reason.kind === 'move' ? i.reason.steps : []));
		expect([...cited].sort()).toEqual(['balance_power', 'raise_integration']);
		const moveReason = plan.items.find((i) => i.reason.kind === 'move')?.reason;
		expect(moveReason?.text.en).toMatch(/^Moving from Siloed to Proportional: /);
	});

	it('serves the recommended paradigm: a merged team only when assimilation is the goal', () => {
		const toProportional = generatePlan(SILOED_TO_PROPORTIONAL).items.map((i) => i.actionId);
		expect(toProportional).not.toContain('one-merged-team');
		const toAssimilated = generatePlan({
			findings: FINDINGS,
			recommended: 'assimilated',
			move: { from: 'proportional', to: 'assimilated', steps: ['merge_roles'] }
		});
		expect(toAssimilated.items[0]).toMatchObject({
			actionId: 'one-merged-team',
			reason: { kind: 'move', steps: ['merge_roles'] }
		});
	});

	it('still proposes foundation actions when every result is hidden', () => {
		const plan = generatePlan({ findings: [], recommended: null, move: null });
		expect(plan.items).toHaveLength(PLAN_WEIGHTS.defaultSize);
		expect(plan.items.every((i) => i.reason.kind === 'no_data')).toBe(true);
		// Broadly useful actions (serving all four paradigms) come first.
		expect(getAction(plan.items[0]?.actionId ?? '')?.paradigms).toHaveLength(4);
	});

	it('speaks of strengths to keep when every score is high', () => {
		const plan = generatePlan({ findings: uniform(90), recommended: 'proportional', move: null });
		expect(plan.items.every((i) => i.reason.kind === 'strength_upkeep')).toBe(true);
		expect(plan.items[0]?.reason.text.en).toContain('90/100');
	});

	it.each([
		['size 6', { size: 6 }, 6],
		['size 12', { size: 12 }, 12]
	])('honours %s', (_label, extra, expected) => {
		expect(generatePlan({ ...SILOED_TO_PROPORTIONAL, ...extra }).items).toHaveLength(expected);
	});

	it.each<[string, PlanInput]>([
		['a plan under six actions', { ...SILOED_TO_PROPORTIONAL, size: 5 }],
		[
			'a dimension listed twice',
			{ ...SILOED_TO_PROPORTIONAL, findings: [...FINDINGS, FINDINGS[0] as DimensionFinding] }
		],
		[
			'a score above 100',
			{
				...SILOED_TO_PROPORTIONAL,
				findings: [{ dimension: 'trust', frontline: 120, executive: 50, gap: null }]
			}
		],
		[
			'an unknown dimension',
			{
				...SILOED_TO_PROPORTIONAL,
				findings: [{ dimension: 'morale' as DimensionId, frontline: 50, executive: 50, gap: null }]
			}
		]
	])('rejects %s', (_label, input) => {
		expect(() => generatePlan(input)).toThrow();
	});
});

describe('generatePlan property', () => {
	const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
	const finding = (dimension: DimensionId): fc.Arbitrary<DimensionFinding> =>
		fc.record({
			dimension: fc.constant(dimension),
			frontline: score,
			executive: score,
			gap: fc.option(
				fc.record({
					value: fc.double({ min: -100, max: 100, noNaN: true }),
					effect: fc.constantFrom(...EFFECT_LABELS)
				}),
				{ nil: null }
			)
		});
	const variant = fc.constantFrom(...PARADIGM_VARIANTS);
	const input: fc.Arbitrary<PlanInput> = fc.record({
		findings: fc
			.subarray([...DIMENSION_IDS])
			.chain((dims) => fc.tuple(...dims.map(finding)))
			.map((list) => [...list]),
		recommended: fc.option(variant, { nil: null }),
		move: fc.option(
			fc.record({
				from: fc.option(variant, { nil: null }),
				to: variant,
				steps: fc.subarray([...MOVE_STEPS])
			}),
			{ nil: null }
		),
		size: fc.option(fc.integer({ min: PLAN_WEIGHTS.minSize, max: ACTION_LIBRARY.length }), {
			nil: undefined
		})
	});

	it('any valid input yields at least six unique actions whose reasons name real dimensions', () => {
		fc.assert(
			fc.property(input, (plan) => {
				const result = generatePlan(plan);
				const ids = result.items.map((i) => i.actionId);
				expect(ids.length).toBe(plan.size ?? PLAN_WEIGHTS.defaultSize);
				expect(ids.length).toBeGreaterThanOrEqual(6);
				expect(new Set(ids).size).toBe(ids.length);
				for (const item of result.items) {
					expect(getAction(item.actionId)).toBeDefined();
					expect(DIMENSION_IDS).toContain(item.reason.dimension);
					expect(item.reason.text.en.length).toBeGreaterThan(0);
					expect(item.reason.text.fr.length).toBeGreaterThan(0);
				}
				expect(generatePlan(plan)).toEqual(result);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('follow-up between waves', () => {
	const change = (
		measure: MeasureChange['measure'],
		ciLow: number,
		ciHigh: number
	): MeasureChange => ({
		measure,
		difference: (ciLow + ciHigh) / 2,
		ciLow,
		ciHigh
	});

	it.each<[number, number, 'increase' | 'decrease', string]>([
		[2, 14, 'increase', 'improved'],
		[0.1, 5, 'increase', 'improved'],
		[0, 5, 'increase', 'no_clear_change'],
		[-1, 5, 'increase', 'no_clear_change'],
		[-5, 0, 'increase', 'no_clear_change'],
		[-5, -0.1, 'increase', 'worsened'],
		[-5, -0.1, 'decrease', 'improved'],
		[2, 14, 'decrease', 'worsened']
	])('CI [%d, %d] on a measure meant to %s → %s', (low, high, direction, expected) => {
		expect(measureVerdict(change('trust', low, high), direction)).toBe(expected);
	});

	it('reports each planned action against its own measures', () => {
		const result = followUpPlan(
			[
				'written-sla',
				'marketing-request-intake',
				'go-to-market-raci',
				'shared-attribution-rule',
				'gemba-time'
			],
			[
				change('lead_process', 3, 12),
				change('trust', -2, 6),
				change('structure.marketing_executes', -1.2, -0.3),
				change('collaboration', -9, -1),
				change('structure.roles_unclear', -1, -0.2)
			]
		);
		expect(result.map((r) => [r.actionId, r.verdict])).toEqual([
			['written-sla', 'improved'],
			['marketing-request-intake', 'improved'],
			['go-to-market-raci', 'mixed'],
			['shared-attribution-rule', 'not_measured'],
			['gemba-time', 'no_clear_change']
		]);
		const sla = result[0];
		expect(sla?.measures.map((m) => [m.measure, m.verdict])).toEqual([
			['lead_process', 'improved'],
			['trust', 'no_clear_change'],
			['structure.roles_unclear', 'improved']
		]);
		expect(sla?.text.en).toContain('the lead process +7.5 (95% CI 3 to 12)');
		expect(sla?.text.fr).toContain('le processus des leads +7,5 (IC à 95\u00a0% 3 à 12)');
	});

	it('writes the changes with a French decimal comma, a true minus sign and no-break spaces', () => {
		const [improved] = followUpPlan(['written-sla'], [change('lead_process', 2.5, 12.25)]);
		expect(improved?.text.en).toBe('Improved: the lead process +7.4 (95% CI 2.5 to 12.3).');
		expect(improved?.text.fr).toBe(
			'En progrès\u00a0: le processus des leads +7,4 (IC à 95\u00a0% 2,5 à 12,3).'
		);
		const [worse] = followUpPlan(['weekly-joint-meeting'], [change('communication', -8.26, -2.5)]);
		expect(worse?.text.en).toContain('−5.4 (95% CI −8.3 to −2.5)');
		expect(worse?.text.fr).toContain('−5,4 (IC à 95\u00a0% −8,3 à −2,5)');
		expect(worse?.text.fr).toMatch(/^En recul\u00a0: /);
	});

	it('says worsened when a target clearly moved the wrong way and nothing improved', () => {
		const [r] = followUpPlan(['weekly-joint-meeting'], [change('communication', -8, -2)]);
		expect(r?.verdict).toBe('worsened');
	});

	it('keeps an old plan readable when an action id has left the library', () => {
		expect(followUpPlan(['retired-action'], [])).toEqual([
			expect.objectContaining({ actionId: 'retired-action', verdict: 'not_measured', measures: [] })
		]);
	});

	it('rejects an inverted interval, an unknown measure and a duplicate', () => {
		expect(() => followUpPlan(['gemba-time'], [change('trust', 5, 1)])).toThrow(RangeError);
		expect(() =>
			followUpPlan(['gemba-time'], [change('morale' as MeasureChange['measure'], 1, 2)])
		).toThrow(RangeError);
		expect(() =>
			followUpPlan(['gemba-time'], [change('trust', 1, 2), change('trust', 1, 3)])
		).toThrow(RangeError);
	});
});
