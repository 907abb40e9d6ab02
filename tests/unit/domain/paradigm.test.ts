import { describe, expect, it } from 'vitest';
import {
	PARADIGM_IDS,
	PARADIGM_INFO,
	PARADIGM_RULES,
	VARIANT_NAMES,
	axisDistance,
	classifyAxes,
	compareExecutiveFrontline,
	computeAxes,
	diagnoseGroup,
	diagnoseParadigms,
	explainClassification,
	numberText,
	type GroupDiagnosis,
	type ParadigmAxes,
	type ParadigmGroupInput,
	type ParadigmVariant
} from '$lib/domain/paradigm';

const R = PARADIGM_RULES;
const axes = (integration: number, distinctness: number, power: number): ParadigmAxes => ({
	integration,
	distinctness,
	power
});
const classified = (a: ParadigmAxes): GroupDiagnosis => ({
	status: 'classified',
	axes: a,
	...classifyAxes(a)
});

describe('classification thresholds', () => {
	// Other axes sit far from their thresholds so only the axis under test decides.
	it.each<[string, ParadigmAxes, ParadigmVariant]>([
		['integration just below', axes(R.lowIntegrationBelow - 0.1, 70, 0), 'siloed'],
		['integration exactly at', axes(R.lowIntegrationBelow, 70, 0), 'proportional'],
		['integration just above', axes(R.lowIntegrationBelow + 0.1, 70, 0), 'proportional'],
		['distinctness just below', axes(70, R.lowDistinctnessBelow - 0.1, 0), 'assimilated'],
		['distinctness exactly at', axes(70, R.lowDistinctnessBelow, 0), 'proportional'],
		['distinctness just above', axes(70, R.lowDistinctnessBelow + 0.1, 0), 'proportional'],
		['marketing power just below', axes(70, 70, R.strongImbalanceFrom - 0.1), 'proportional'],
		[
			'marketing power exactly at',
			axes(70, 70, R.strongImbalanceFrom),
			'subordinate_marketing_led'
		],
		[
			'marketing power just above',
			axes(70, 70, R.strongImbalanceFrom + 0.1),
			'subordinate_marketing_led'
		],
		['sales power just below', axes(70, 70, -R.strongImbalanceFrom + 0.1), 'proportional'],
		['sales power exactly at', axes(70, 70, -R.strongImbalanceFrom), 'subordinate_sales_led'],
		['sales power just above', axes(70, 70, -R.strongImbalanceFrom - 0.1), 'subordinate_sales_led']
	])('%s → %s', (_label, a, expected) => {
		expect(classifyAxes(a).variant).toBe(expected);
	});

	it('applies the rules in order: integration, then distinctness, then power', () => {
		expect(classifyAxes(axes(10, 10, 90))).toMatchObject({
			variant: 'siloed',
			rule: 'low_integration'
		});
		expect(classifyAxes(axes(60, 10, 90))).toMatchObject({
			variant: 'assimilated',
			rule: 'low_distinctness'
		});
		expect(classifyAxes(axes(60, 60, -90))).toMatchObject({
			paradigm: 'subordinate',
			lead: 'sales',
			rule: 'strong_imbalance'
		});
		expect(classifyAxes(axes(60, 60, 0))).toMatchObject({
			paradigm: 'proportional',
			lead: null,
			rule: 'balanced'
		});
	});

	it.each<[string, ParadigmAxes, boolean]>([
		[
			'integration 5 above its threshold',
			axes(R.lowIntegrationBelow + R.borderlineMargin, 70, 0),
			false
		],
		[
			'integration 4.9 above its threshold',
			axes(R.lowIntegrationBelow + R.borderlineMargin - 0.1, 70, 0),
			true
		],
		[
			'integration 4.9 below (siloed)',
			axes(R.lowIntegrationBelow - R.borderlineMargin + 0.1, 70, 0),
			true
		],
		[
			'distinctness 4.9 above',
			axes(70, R.lowDistinctnessBelow + R.borderlineMargin - 0.1, 0),
			true
		],
		['power 4.9 beyond', axes(70, 70, R.strongImbalanceFrom + R.borderlineMargin - 0.1), true],
		['power 5 inside', axes(70, 70, -(R.strongImbalanceFrom - R.borderlineMargin)), false],
		['siloed far from the line ignores the other axes', axes(10, R.lowDistinctnessBelow, 0), false]
	])('borderline: %s → %s', (_label, a, expected) => {
		expect(classifyAxes(a).borderline).toBe(expected);
	});
});

const full = (over: Partial<ParadigmGroupInput['structure']> = {}): ParadigmGroupInput => ({
	dimensions: { communication: 70, collaboration: 60, shared_goals: 50, trust: 0 },
	structure: {
		'structure.influence': 4,
		'structure.marketing_executes': 4,
		'structure.sales_follows': 4,
		'structure.roles_distinct': 4,
		'structure.roles_unclear': 4,
		'structure.merged_team': 4,
		...over
	}
});

describe('computeAxes', () => {
	it('integration is the mean of communication, collaboration and shared goals only', () => {
		expect(computeAxes(full()).integration).toBe(60);
		const withTrust = full();
		withTrust.dimensions.trust = 100;
		expect(computeAxes(withTrust).integration).toBe(60);
	});

	it('merged_team lowers distinctness but leaves integration alone', () => {
		const merged = computeAxes(full({ 'structure.merged_team': 7 }));
		expect(merged.integration).toBe(60);
		expect(merged.distinctness).toBe(33.3);
	});

	it.each([
		[
			{ 'structure.roles_distinct': 7, 'structure.roles_unclear': 1, 'structure.merged_team': 1 },
			100
		],
		[
			{ 'structure.roles_distinct': 1, 'structure.roles_unclear': 7, 'structure.merged_team': 7 },
			0
		],
		[{}, 50]
	])('distinctness of %j is %d', (items, expected) => {
		expect(computeAxes(full(items)).distinctness).toBe(expected);
	});

	it.each([
		[{ 'structure.influence': 7 }, 50],
		[{ 'structure.influence': 1 }, -50],
		[{ 'structure.marketing_executes': 7, 'structure.sales_follows': 1 }, -50],
		[{ 'structure.marketing_executes': 7, 'structure.sales_follows': 7 }, 0],
		[
			{ 'structure.influence': 7, 'structure.marketing_executes': 1, 'structure.sales_follows': 7 },
			100
		],
		[{ 'structure.marketing_executes': null }, 0],
		[
			{
				'structure.influence': null,
				'structure.marketing_executes': 1,
				'structure.sales_follows': 7
			},
			100
		],
		[{ 'structure.influence': 7, 'structure.sales_follows': null }, 100]
	])('power of %j is %d', (items, expected) => {
		expect(computeAxes(full(items)).power).toBe(expected);
	});

	it('rounds axes to one decimal, so the rule matches the printed number', () => {
		// (5.05 − 4) / 3 × 100 is 35.000000000000014 in floating point; the report prints 35.
		const atThreshold = full({ 'structure.influence': 5.05, 'structure.marketing_executes': null });
		expect(computeAxes(atThreshold).power).toBe(35);
		expect(diagnoseGroup(atThreshold)).toMatchObject({ variant: 'subordinate_marketing_led' });
		const justBelow = full({ 'structure.influence': 5.04, 'structure.marketing_executes': null });
		expect(diagnoseGroup(justBelow)).toMatchObject({ variant: 'proportional' });
	});

	it('rejects values outside their scale instead of clamping them', () => {
		expect(() => computeAxes({ dimensions: { communication: 101 }, structure: {} })).toThrow(
			RangeError
		);
		expect(() =>
			computeAxes({ dimensions: {}, structure: { 'structure.influence': 0.5 } })
		).toThrow(RangeError);
		expect(() => computeAxes({ dimensions: { trust: Number.NaN }, structure: {} })).not.toThrow();
		expect(() => computeAxes({ dimensions: { collaboration: Number.NaN }, structure: {} })).toThrow(
			RangeError
		);
	});
});

describe('diagnoseGroup', () => {
	it('says "not enough answers" for a hidden group rather than guessing', () => {
		expect(diagnoseGroup(null)).toEqual({
			status: 'not_enough_answers',
			axes: { integration: null, distinctness: null, power: null },
			missingAxes: ['integration', 'distinctness', 'power']
		});
	});

	it('needs two of the three components for integration and distinctness', () => {
		const thin: ParadigmGroupInput = {
			dimensions: { communication: 80 },
			structure: { 'structure.influence': 4, 'structure.roles_distinct': 6 }
		};
		expect(diagnoseGroup(thin)).toMatchObject({
			status: 'not_enough_answers',
			missingAxes: ['integration', 'distinctness']
		});
		thin.dimensions.collaboration = 70;
		thin.structure['structure.roles_unclear'] = 2;
		expect(diagnoseGroup(thin)).toMatchObject({ status: 'classified', variant: 'proportional' });
	});

	it('places a typical siloed frontline', () => {
		const d = diagnoseGroup({
			dimensions: { communication: 30, collaboration: 25, shared_goals: 35 },
			structure: {
				'structure.influence': 3,
				'structure.marketing_executes': 5,
				'structure.sales_follows': 3,
				'structure.roles_distinct': 6,
				'structure.roles_unclear': 3,
				'structure.merged_team': 1
			}
		});
		expect(d).toMatchObject({ status: 'classified', variant: 'siloed', rule: 'low_integration' });
		expect(explainClassification(d).en).toContain('30/100');
	});
});

describe('executive vs frontline', () => {
	it('flags a different paradigm', () => {
		const c = compareExecutiveFrontline(classified(axes(70, 60, 0)), classified(axes(30, 60, 0)));
		expect(c).toMatchObject({ status: 'compared', differs: true, sameVariant: false });
		if (c.status !== 'compared') throw new Error('unreachable');
		expect(c.text.en).toContain(VARIANT_NAMES.proportional.en);
		expect(c.text.en).toContain(VARIANT_NAMES.siloed.en);
		expect(c.text.fr).toContain(VARIANT_NAMES.siloed.fr);
	});

	it.each([
		['exactly at the distance threshold', R.divergentDistanceAbove, false],
		['just below it', R.divergentDistanceAbove - 0.1, false],
		['just above it', R.divergentDistanceAbove + 0.1, true]
	])('same paradigm, %s → differs %s', (_label, delta, expected) => {
		const c = compareExecutiveFrontline(
			classified(axes(60, 60, 0)),
			classified(axes(60 + delta, 60, 0))
		);
		expect(c).toMatchObject({ status: 'compared', sameVariant: true, differs: expected });
	});

	it('halves power in the distance so every axis spans 100 points', () => {
		expect(axisDistance(axes(50, 50, -20), axes(50, 50, 20))).toBe(20);
		expect(axisDistance(axes(50, 50, 0), axes(80, 90, 0))).toBe(50);
	});

	it('cannot compare when one level is hidden', () => {
		const c = compareExecutiveFrontline(classified(axes(60, 60, 0)), diagnoseGroup(null));
		expect(c.status).toBe('not_comparable');
	});

	it('diagnoses the three groups and compares executives with frontline', () => {
		const exec = full({ 'structure.influence': 4 });
		const front = full({
			'structure.influence': 1,
			'structure.marketing_executes': 7,
			'structure.sales_follows': 1
		});
		const result = diagnoseParadigms({ executive: exec, frontline: front, all: null });
		expect(result.executive).toMatchObject({ variant: 'proportional' });
		expect(result.frontline).toMatchObject({ variant: 'subordinate_sales_led' });
		expect(result.all.status).toBe('not_enough_answers');
		expect(result.comparison).toMatchObject({ status: 'compared', differs: true });
	});
});

describe('paradigm descriptions', () => {
	it('name, summarise and list strengths and risks of each paradigm in both languages', () => {
		for (const id of PARADIGM_IDS) {
			const info = PARADIGM_INFO[id];
			expect(info.strengths.length).toBeGreaterThan(0);
			expect(info.risks.length).toBeGreaterThan(0);
			for (const text of [info.name, info.summary, ...info.strengths, ...info.risks]) {
				expect(text.en).not.toBe('');
				expect(text.fr).not.toBe('');
				expect(text.fr).not.toBe(text.en);
			}
		}
	});

	it('explains each rule with the numbers that triggered it', () => {
		const cases: [ParadigmAxes, { en: string; fr: string }][] = [
			[axes(31.5, 60, 0), { en: 'Integration is 31.5/100', fr: 'L’intégration est de 31,5/100' }],
			[axes(60, 22.2, 0), { en: 'only 22.2/100', fr: 'n’est que de 22,2/100' }],
			[axes(60, 60, -48.3), { en: 'to sales (−48.3, beyond', fr: 'les ventes (−48,3, au-delà' }],
			[axes(60, 60, 48.3), { en: 'marketing (+48.3, beyond', fr: 'marketing (+48,3, au-delà' }],
			[axes(61.7, 60, -12), { en: 'together (61.7/100)', fr: 'ensemble (61,7/100)' }],
			[axes(61.7, 60, -12), { en: 'share power (−12, within', fr: 'le pouvoir (−12, dans' }]
		];
		for (const [a, number] of cases) {
			const text = explainClassification(classified(a));
			expect(text.en).toContain(number.en);
			expect(text.fr).toContain(number.fr);
		}
	});

	it('writes French numbers with a decimal comma and a no-break space before the colon', () => {
		const text = explainClassification(classified(axes(31.5, 60, 0)));
		expect(text.fr).toBe(
			'L’intégration est de 31,5/100, sous le seuil de 40\u00a0: les équipes travaillent surtout chacune de leur côté.'
		);
		expect(text.fr).not.toMatch(/\d\.\d/);
		expect(text.en).toBe('Integration is 31.5/100, below 40: the teams mostly work apart.');
	});
});

describe('numbers in sentences', () => {
	it('writes each language its own way', () => {
		expect(numberText(61.26)).toEqual({ en: '61.3', fr: '61,3' });
		expect(numberText(45)).toEqual({ en: '45', fr: '45' });
		expect(numberText(1500, 0)).toEqual({ en: '1,500', fr: '1\u202f500' });
		expect(numberText(-48.34)).toEqual({ en: '\u221248.3', fr: '\u221248,3' });
		expect(numberText(7.5, 1, true)).toEqual({ en: '+7.5', fr: '+7,5' });
		expect(numberText(-0.04)).toEqual({ en: '0', fr: '0' });
		expect(numberText(-0.04, 1, true)).toEqual({ en: '0', fr: '0' });
	});

	it('writes the map distance between the levels with a French decimal comma', () => {
		// √(30² + 19² + (10 / 2)²) = √1286 = 35.86…
		const c = compareExecutiveFrontline(classified(axes(80, 80, 0)), classified(axes(50, 61, 10)));
		expect(c.status === 'compared' && c.distance).toBe(35.9);
		expect(c.text.en).toContain('35.9 points apart');
		expect(c.text.fr).toContain('à 35,9 points l’une de l’autre sur la carte\u00a0: ils');
	});
});
