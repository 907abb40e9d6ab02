/**
 * Recommendation scenarios (copy into the README as is):
 *
 * | scenario                                   | headcount | revenue   | motion     | alone | cycle     | segments | recommended                       | fit |
 * |--------------------------------------------|-----------|-----------|------------|-------|-----------|----------|-----------------------------------|-----|
 * | Start-up with one inside-sales motion      | 12        | recurring | inside     | 50%   | 1–3 mo    | 1        | Assimilated                       | 100 |
 * | SaaS scale-up, self-directed buyers        | 400       | recurring | inside     | 70%   | 1–3 mo    | 3        | Proportional                      | 80  |
 * | Consumer brand sold through retailers      | 150       | one-off   | channel    | 40%   | 3–6 mo    | 4        | Subordinate (marketing-led)       | 65  |
 * | Industrial equipment, many product lines   | 250       | one-off   | field      | 25%   | > 12 mo   | 8        | Proportional                      | 90  |
 * | Product-led software, self-serve           | 300       | recurring | self-serve | 90%   | < 1 mo    | 1        | Subordinate (marketing-led)       | 80  |
 * | Trade distributor with field reps          | 60        | one-off   | field      | 15%   | < 1 mo    | 2        | Subordinate (sales-led)           | 70  |
 * | Mid-size firm, close call, no current data | 100       | mixed     | inside     | 50%   | 3–6 mo    | 3        | Proportional (58 vs 55)           | 58  |
 * | Same firm, already assimilated             | 100       | mixed     | inside     | 50%   | 3–6 mo    | 3        | Assimilated (continuity +5)       | 60  |
 */
import { describe, expect, it } from 'vitest';
import type { CompanyContext } from '$lib/domain/company-context';
import {
	PARADIGM_INFO,
	PARADIGM_IDS,
	classifyAxes,
	diagnoseGroup,
	type GroupDiagnosis,
	type ParadigmAxes,
	type ParadigmVariant
} from '$lib/domain/paradigm';
import {
	FIT_WEIGHTS,
	movesToward,
	pickCurrentDiagnosis,
	recommendParadigm,
	type CurrentState
} from '$lib/domain/recommendation';

const classified = (a: ParadigmAxes): GroupDiagnosis => ({
	status: 'classified',
	axes: a,
	...classifyAxes(a)
});
const now = (variantAxes: ParadigmAxes, leadership: number | null = 70): CurrentState => ({
	diagnosis: classified(variantAxes),
	leadership
});
const SILOED: ParadigmAxes = { integration: 30, distinctness: 60, power: -50 };
const ASSIMILATED: ParadigmAxes = { integration: 70, distinctness: 20, power: 0 };
const PROPORTIONAL: ParadigmAxes = { integration: 70, distinctness: 60, power: 0 };

interface Scenario {
	name: string;
	context: CompanyContext;
	current: CurrentState | null;
	expected: ParadigmVariant;
	score: number;
}

const midSize: CompanyContext = {
	headcount: 100,
	revenueModel: 'mixed',
	salesMotion: 'inside',
	selfDirectedJourneyPct: 50,
	salesCycle: '3_to_6_months',
	segmentCount: 3
};

const scenarios: Scenario[] = [
	{
		name: 'a 12-person start-up with one inside-sales motion',
		context: {
			headcount: 12,
			revenueModel: 'recurring',
			salesMotion: 'inside',
			selfDirectedJourneyPct: 50,
			salesCycle: '1_to_3_months',
			segmentCount: 1
		},
		current: null,
		expected: 'assimilated',
		score: 100
	},
	{
		name: 'a 400-person SaaS company with recurring revenue and self-directed buyers',
		context: {
			headcount: 400,
			revenueModel: 'recurring',
			salesMotion: 'inside',
			selfDirectedJourneyPct: 70,
			salesCycle: '1_to_3_months',
			segmentCount: 3
		},
		current: null,
		expected: 'proportional',
		score: 80
	},
	{
		name: 'a consumer brand sold through retailers, where marketing drives demand',
		context: {
			headcount: 150,
			revenueModel: 'one_off',
			salesMotion: 'channel',
			selfDirectedJourneyPct: 40,
			salesCycle: '3_to_6_months',
			segmentCount: 4
		},
		current: null,
		expected: 'subordinate_marketing_led',
		score: 65
	},
	{
		name: 'an industrial company with a long field cycle and many product lines',
		context: {
			headcount: 250,
			revenueModel: 'one_off',
			salesMotion: 'field',
			selfDirectedJourneyPct: 25,
			salesCycle: 'over_12_months',
			segmentCount: 8
		},
		current: null,
		expected: 'proportional',
		score: 90
	},
	{
		name: 'a product-led software company where customers buy on their own',
		context: {
			headcount: 300,
			revenueModel: 'recurring',
			salesMotion: 'self_serve',
			selfDirectedJourneyPct: 90,
			salesCycle: 'under_1_month',
			segmentCount: 1
		},
		current: null,
		expected: 'subordinate_marketing_led',
		score: 80
	},
	{
		name: 'a trade distributor whose field reps guide short, one-off purchases',
		context: {
			headcount: 60,
			revenueModel: 'one_off',
			salesMotion: 'field',
			selfDirectedJourneyPct: 15,
			salesCycle: 'under_1_month',
			segmentCount: 2
		},
		current: null,
		expected: 'subordinate_sales_led',
		score: 70
	},
	{
		name: 'a mid-size firm on a close call, with no current data',
		context: midSize,
		current: null,
		expected: 'proportional',
		score: 58
	},
	{
		name: 'the same firm, already assimilated: continuity tips the balance',
		context: midSize,
		current: now(ASSIMILATED),
		expected: 'assimilated',
		score: 60
	}
];

describe('recommendation scenarios', () => {
	it.each(scenarios)('$name → $expected', ({ context, current, expected, score }) => {
		const rec = recommendParadigm(context, current);
		expect(rec.recommended).toBe(expected);
		expect(rec.score).toBe(score);
	});
});

describe('recommendParadigm', () => {
	const saas = scenarios[1]?.context as CompanyContext;
	const startup = scenarios[0]?.context as CompanyContext;

	it('scores all four paradigms on 0–100 and recommends the best', () => {
		for (const { context, current } of scenarios) {
			const rec = recommendParadigm(context, current);
			expect(rec.fits.map((f) => f.paradigm)).toEqual([...PARADIGM_IDS]);
			for (const fit of rec.fits) {
				expect(fit.score).toBeGreaterThanOrEqual(0);
				expect(fit.score).toBeLessThanOrEqual(100);
				expect(fit.score).toBeLessThanOrEqual(rec.score);
			}
		}
	});

	it('gives reasons that cite the inputs, in both languages', () => {
		const rec = recommendParadigm(saas, null);
		const en = rec.reasons.map((r) => r.text.en).join(' ');
		const fr = rec.reasons.map((r) => r.text.fr).join(' ');
		expect(en).toContain('70%');
		expect(fr).toContain('70\u00a0%');
		expect(en).toContain('400');
		expect(en).toMatch(/recurring revenue/i);
		expect(rec.reasons.every((r) => r.points > 0)).toBe(true);
		expect(rec.reasons.map((r) => r.points)).toEqual(
			[...rec.reasons.map((r) => r.points)].sort((a, b) => b - a)
		);

		const small = recommendParadigm(startup, null);
		expect(small.reasons[0]?.factor).toBe('team_tiny');
		expect(small.reasons[0]?.text.en).toContain('12 people');
		expect(small.reasons[0]?.text.fr).toContain('12 personnes');
	});

	it('writes French numbers the French way: grouped thousands, decimal comma, no-break spaces', () => {
		const big: CompanyContext = {
			headcount: 1500,
			revenueModel: 'recurring',
			salesMotion: 'inside',
			selfDirectedJourneyPct: 62.5,
			salesCycle: '1_to_3_months',
			segmentCount: 6
		};
		const rec = recommendParadigm(big, null);
		const fits = rec.fits.flatMap((f) => f.reasons);
		const text = (factor: string) => fits.find((r) => r.factor === factor)?.text;
		expect(text('team_very_large')?.en).toContain('With 1,500 people');
		expect(text('team_very_large')?.fr).toContain('Avec 1\u202f500 personnes');
		expect(text('team_very_large')?.fr).toContain('inévitables\u00a0: la question');
		expect(text('buyers_self_directed')?.en).toContain('Buyers do 62.5% of their journey');
		expect(text('buyers_self_directed')?.fr).toContain('Les acheteurs font 62,5\u00a0% de leur');
		for (const reason of fits) {
			expect(reason.text.fr).not.toMatch(/\d\.\d/);
			expect(reason.text.fr).not.toMatch(/ [:;?!%]/);
		}
		expect(rec.summary.fr).toMatch(/^Paradigme recommandé\u00a0: /);
	});

	it('states the known risk of the recommended paradigm from seed 004', () => {
		expect(recommendParadigm(saas, null).knownRisk).toEqual(PARADIGM_INFO.proportional.risks[0]);
		expect(recommendParadigm(startup, null).knownRisk).toEqual(PARADIGM_INFO.assimilated.risks[0]);
	});

	it('weak leadership counts against proportional and shows as a caveat with the score', () => {
		const strong = recommendParadigm(saas, now(SILOED, 70));
		const weak = recommendParadigm(saas, now(SILOED, 38));
		const fit = (r: typeof strong): number =>
			r.fits.find((f) => f.paradigm === 'proportional')?.score ?? -1;
		expect(fit(strong) - fit(weak)).toBe(-FIT_WEIGHTS.factors.weak_leadership.proportional);
		expect(weak.recommended).toBe('proportional');
		expect(weak.caveats.map((c) => c.factor)).toContain('weak_leadership');
		expect(weak.caveats.find((c) => c.factor === 'weak_leadership')?.text.en).toContain('38/100');
	});

	it('describes the move from the current paradigm', () => {
		const rec = recommendParadigm(saas, now(SILOED));
		expect(rec.current).toBe('siloed');
		expect(rec.move?.steps).toEqual(['raise_integration', 'balance_power']);
		expect(rec.move?.text.en).toMatch(/^Move from Siloed to Proportional: /);
		expect(rec.move?.text.fr).toContain('Cloisonné');
	});

	it('has no move when the company already lives in the recommended paradigm', () => {
		const rec = recommendParadigm(saas, now(PROPORTIONAL));
		expect(rec.recommended).toBe('proportional');
		expect(rec.move).toBeNull();
	});

	it('builds the target from scratch when the current paradigm is unknown', () => {
		const rec = recommendParadigm(saas, { diagnosis: diagnoseGroup(null), leadership: null });
		expect(rec.current).toBeNull();
		expect(rec.move).toMatchObject({ from: null, to: 'proportional' });
		expect(rec.move?.steps).toEqual(['raise_integration', 'clarify_roles', 'balance_power']);
	});

	it('is deterministic', () => {
		expect(recommendParadigm(saas, now(SILOED))).toEqual(recommendParadigm(saas, now(SILOED)));
	});

	it('breaks a tie between the two subordinate sides towards the side that leads today', () => {
		// midSize has no side signal: both sides keep equal scores, and a proportional current
		// state gets no continuity bonus on either side, so only the sign of power decides.
		const side = (power: number): string | undefined =>
			recommendParadigm(midSize, now({ integration: 70, distinctness: 60, power })).fits.find(
				(f) => f.paradigm === 'subordinate'
			)?.variant;
		expect(side(20)).toBe('subordinate_marketing_led');
		expect(side(-20)).toBe('subordinate_sales_led');
		expect(side(0)).toBe('subordinate_sales_led');
	});
});

describe('movesToward', () => {
	it.each<[ParadigmAxes, ParadigmVariant, string[]]>([
		[SILOED, 'assimilated', ['raise_integration', 'merge_roles']],
		[PROPORTIONAL, 'assimilated', ['merge_roles']],
		[ASSIMILATED, 'proportional', ['clarify_roles']],
		[{ integration: 70, distinctness: 60, power: 60 }, 'proportional', ['balance_power']],
		[PROPORTIONAL, 'subordinate_marketing_led', ['give_lead_to_marketing']],
		[
			{ integration: 70, distinctness: 60, power: 60 },
			'subordinate_sales_led',
			['give_lead_to_sales']
		],
		[{ integration: 70, distinctness: 60, power: -35 }, 'subordinate_sales_led', []],
		[
			{ integration: 70, distinctness: 60, power: -34.9 },
			'subordinate_sales_led',
			['give_lead_to_sales']
		],
		[ASSIMILATED, 'siloed', ['clarify_roles']]
	])('from %j to %s → %j', (axes, target, steps) => {
		expect(movesToward(axes, target)).toEqual(steps);
	});
});

describe('pickCurrentDiagnosis', () => {
	it('prefers all, then frontline, then executives', () => {
		const none = diagnoseGroup(null);
		const a = classified(PROPORTIONAL);
		const f = classified(SILOED);
		const e = classified(ASSIMILATED);
		expect(pickCurrentDiagnosis({ all: a, frontline: f, executive: e })).toBe(a);
		expect(pickCurrentDiagnosis({ all: none, frontline: f, executive: e })).toBe(f);
		expect(pickCurrentDiagnosis({ all: none, frontline: none, executive: e })).toBe(e);
		expect(pickCurrentDiagnosis({ all: none, frontline: none, executive: none })).toBe(none);
	});
});
