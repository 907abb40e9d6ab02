/**
 * Which of the four sales–marketing paradigms (seed 004: Arnold & Bradberry) a group of
 * respondents describes. Executives and frontline staff are diagnosed separately because they often
 * disagree, and that disagreement is itself a finding (seed 004: 82% of executives vs 65% of staff).
 *
 * Three axes, then a rule set whose thresholds all live in PARADIGM_RULES:
 *   integration  0–100   how much the teams actually work together
 *   distinctness 0–100   how clearly separate their roles are
 *   power       −100…+100 who leads go-to-market (−100 sales alone, 0 equal say, +100 marketing alone)
 */
import type { LocalizedText } from '$lib/i18n/locales';
import type { DimensionId, StructureItemId } from './dimension-ids';

export const PARADIGM_IDS = ['siloed', 'assimilated', 'subordinate', 'proportional'] as const;
export type ParadigmId = (typeof PARADIGM_IDS)[number];

/** Subordinate is one paradigm with two sides; the map and the plan need to know which side. */
export const PARADIGM_VARIANTS = [
	'siloed',
	'assimilated',
	'subordinate_sales_led',
	'subordinate_marketing_led',
	'proportional'
] as const;
export type ParadigmVariant = (typeof PARADIGM_VARIANTS)[number];
export type LeadSide = 'sales' | 'marketing';

export function paradigmOfVariant(variant: ParadigmVariant): ParadigmId {
	return variant === 'subordinate_sales_led' || variant === 'subordinate_marketing_led'
		? 'subordinate'
		: variant;
}

export function leadOfVariant(variant: ParadigmVariant): LeadSide | null {
	if (variant === 'subordinate_sales_led') return 'sales';
	if (variant === 'subordinate_marketing_led') return 'marketing';
	return null;
}

/**
 * Every threshold of the diagnosis. Scores of 50 mean "neither agree nor disagree" (4 on the 1–7
 * scale), so 40 is a clear lean towards disagreement (about 3.4 / 7), not mere neutrality.
 * Boundaries: "low" is strictly below its threshold; an imbalance is strong from its threshold up;
 * two groups diverge when their distance is strictly above its threshold.
 */
export const PARADIGM_RULES = {
	/** integration < 40 → siloed (checked first: without integration nothing else matters). */
	lowIntegrationBelow: 40,
	/** distinctness < 40 → assimilated (the teams work together and roles have melted). */
	lowDistinctnessBelow: 40,
	/** |power| ≥ 35 → subordinate. 35 is about 5 on the influence item ("more say", not "equal"). */
	strongImbalanceFrom: 35,
	/** A deciding axis within 5 points of its threshold flags the result as borderline. */
	borderlineMargin: 5,
	/** Executive vs frontline map distance (power halved so every axis spans 100) that counts. */
	divergentDistanceAbove: 20,
	/** Both power components weigh the same; either alone is enough. */
	powerWeights: { influence: 0.5, followsVsExecutes: 0.5 },
	/** Components needed before an axis is computed; fewer means "not enough answers". */
	minComponents: { integration: 2, distinctness: 2, power: 1 }
} as const;

/**
 * Integration uses behaviour, not structure: communication, collaboration and shared goals.
 * `structure.merged_team` deliberately stays out of it and only lowers distinctness — counting it
 * in both axes would push every "we are one team" answer towards assimilated twice.
 */
export const INTEGRATION_DIMENSIONS: readonly DimensionId[] = [
	'communication',
	'collaboration',
	'shared_goals'
];

export const AXIS_IDS = ['integration', 'distinctness', 'power'] as const;
export type AxisId = (typeof AXIS_IDS)[number];
export type ParadigmAxes = Record<AxisId, number>;
export type PartialAxes = Record<AxisId, number | null>;

/** A group's means. Missing keys and nulls both mean "not available" (suppressed or unanswered). */
export interface ParadigmGroupInput {
	dimensions: Partial<Record<DimensionId, number | null>>;
	structure: Partial<Record<StructureItemId, number | null>>;
}

export type ClassificationRule =
	'low_integration' | 'low_distinctness' | 'strong_imbalance' | 'balanced';

export interface Classification {
	paradigm: ParadigmId;
	variant: ParadigmVariant;
	lead: LeadSide | null;
	rule: ClassificationRule;
	/** True when an axis that decided the result sits within borderlineMargin of its threshold. */
	borderline: boolean;
}

export type GroupDiagnosis =
	| { status: 'not_enough_answers'; axes: PartialAxes; missingAxes: AxisId[] }
	| ({ status: 'classified'; axes: ParadigmAxes } & Classification);

function checked(
	value: number | null | undefined,
	min: number,
	max: number,
	id: string
): number | null {
	if (value === null || value === undefined) return null;
	// Out-of-range means a bug upstream (wrong scale); a silent clamp would draw a wrong map.
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new RangeError(`${id} must be within ${min}–${max}, got ${value}`);
	}
	return value;
}

const NUMBER_LOCALES: LocalizedText = { en: 'en-GB', fr: 'fr-FR' };

/**
 * A number as a sentence of each language writes it: at most `digits` decimals (none shown when
 * they are zero), a decimal comma and grouped thousands in French (61,3 ; 1 500), a true minus
 * sign, and with `signed` a plus sign before a positive value. Never "−0".
 */
export function numberText(value: number, digits = 1, signed = false): LocalizedText {
	const factor = 10 ** digits;
	const rounded = Math.round(value * factor) / factor + 0;
	const write = (locale: string): string =>
		new Intl.NumberFormat(locale, {
			maximumFractionDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto'
		})
			.format(rounded)
			.replace('-', '\u2212');
	return { en: write(NUMBER_LOCALES.en), fr: write(NUMBER_LOCALES.fr) };
}

const agreement = (mean: number): number => ((mean - 1) / 6) * 100;
const disagreement = (mean: number): number => ((7 - mean) / 6) * 100;
/** Axes are rounded to one decimal so the rule agrees with the numbers the report prints. */
const round1 = (x: number): number => Math.round(x * 10) / 10 + 0;

function meanOf(values: readonly (number | null)[], minCount: number): number | null {
	const present = values.filter((v): v is number => v !== null);
	if (present.length < minCount) return null;
	return present.reduce((sum, v) => sum + v, 0) / present.length;
}

export function computeAxes(input: ParadigmGroupInput): PartialAxes {
	const dim = (id: DimensionId): number | null => checked(input.dimensions[id], 0, 100, id);
	const item = (id: StructureItemId): number | null => checked(input.structure[id], 1, 7, id);

	const integration = meanOf(
		INTEGRATION_DIMENSIONS.map(dim),
		PARADIGM_RULES.minComponents.integration
	);

	const distinct = item('structure.roles_distinct');
	const unclear = item('structure.roles_unclear');
	const merged = item('structure.merged_team');
	const distinctness = meanOf(
		[
			distinct === null ? null : agreement(distinct),
			unclear === null ? null : disagreement(unclear),
			merged === null ? null : disagreement(merged)
		],
		PARADIGM_RULES.minComponents.distinctness
	);

	// Influence: 1 → −100 (sales alone), 4 → 0, 7 → +100 (marketing alone).
	const influence = item('structure.influence');
	// "Sales follows marketing's plans" minus "marketing executes sales' requests": agreeing with
	// both (or neither) cancels out, so only a lopsided answer moves the axis. Needs both items.
	const executes = item('structure.marketing_executes');
	const follows = item('structure.sales_follows');
	const weights = PARADIGM_RULES.powerWeights;
	const parts: { value: number; weight: number }[] = [];
	if (influence !== null)
		parts.push({ value: ((influence - 4) / 3) * 100, weight: weights.influence });
	if (executes !== null && follows !== null) {
		parts.push({ value: ((follows - executes) / 6) * 100, weight: weights.followsVsExecutes });
	}
	const power =
		parts.length < PARADIGM_RULES.minComponents.power
			? null
			: parts.reduce((s, p) => s + p.value * p.weight, 0) / parts.reduce((s, p) => s + p.weight, 0);

	return {
		integration: integration === null ? null : round1(integration),
		distinctness: distinctness === null ? null : round1(distinctness),
		power: power === null ? null : round1(power)
	};
}

/** The rule set, in order; the first rule that matches wins. */
export function classifyAxes(axes: ParadigmAxes): Classification {
	const r = PARADIGM_RULES;
	const near = (value: number, threshold: number): boolean =>
		Math.abs(value - threshold) < r.borderlineMargin;
	const nearIntegration = near(axes.integration, r.lowIntegrationBelow);
	if (axes.integration < r.lowIntegrationBelow) {
		return {
			paradigm: 'siloed',
			variant: 'siloed',
			lead: null,
			rule: 'low_integration',
			borderline: nearIntegration
		};
	}
	const nearDistinct = nearIntegration || near(axes.distinctness, r.lowDistinctnessBelow);
	if (axes.distinctness < r.lowDistinctnessBelow) {
		return {
			paradigm: 'assimilated',
			variant: 'assimilated',
			lead: null,
			rule: 'low_distinctness',
			borderline: nearDistinct
		};
	}
	const borderline = nearDistinct || near(Math.abs(axes.power), r.strongImbalanceFrom);
	if (Math.abs(axes.power) >= r.strongImbalanceFrom) {
		const lead: LeadSide = axes.power < 0 ? 'sales' : 'marketing';
		return {
			paradigm: 'subordinate',
			variant: lead === 'sales' ? 'subordinate_sales_led' : 'subordinate_marketing_led',
			lead,
			rule: 'strong_imbalance',
			borderline
		};
	}
	return {
		paradigm: 'proportional',
		variant: 'proportional',
		lead: null,
		rule: 'balanced',
		borderline
	};
}

/** `null` input = the whole group is hidden by anonymity suppression. */
export function diagnoseGroup(input: ParadigmGroupInput | null): GroupDiagnosis {
	const axes: PartialAxes = input
		? computeAxes(input)
		: { integration: null, distinctness: null, power: null };
	const missingAxes = AXIS_IDS.filter((id) => axes[id] === null);
	const { integration, distinctness, power } = axes;
	if (integration === null || distinctness === null || power === null) {
		return { status: 'not_enough_answers', axes, missingAxes };
	}
	const complete: ParadigmAxes = { integration, distinctness, power };
	return { status: 'classified', axes: complete, ...classifyAxes(complete) };
}

/** Euclidean distance on the map, with power halved so that each axis spans 100 points. */
export function axisDistance(a: ParadigmAxes, b: ParadigmAxes): number {
	const di = a.integration - b.integration;
	const dd = a.distinctness - b.distinctness;
	const dp = (a.power - b.power) / 2;
	return round1(Math.sqrt(di * di + dd * dd + dp * dp));
}

export type GroupComparison =
	| { status: 'not_comparable'; text: LocalizedText }
	| {
			status: 'compared';
			/** What the report must flag: different paradigm, or far apart on the map. */
			differs: boolean;
			sameVariant: boolean;
			distance: number;
			text: LocalizedText;
	  };

export function compareExecutiveFrontline(
	executive: GroupDiagnosis,
	frontline: GroupDiagnosis
): GroupComparison {
	if (executive.status !== 'classified' || frontline.status !== 'classified') {
		return {
			status: 'not_comparable',
			text: {
				en: 'Executives and frontline staff cannot be compared: one of the two levels has too few answers.',
				fr: 'Impossible de comparer dirigeants et terrain\u00a0: l’un des deux niveaux a trop peu de réponses.'
			}
		};
	}
	const distance = axisDistance(executive.axes, frontline.axes);
	const sameVariant = executive.variant === frontline.variant;
	const far = distance > PARADIGM_RULES.divergentDistanceAbove;
	const exec = VARIANT_NAMES[executive.variant];
	const front = VARIANT_NAMES[frontline.variant];
	let text: LocalizedText;
	if (!sameVariant) {
		text = {
			en: `Executives place the company in ${exec.en}, frontline staff in ${front.en}: the two levels do not describe the same organisation.`,
			fr: `Les dirigeants placent l’entreprise dans le paradigme ${exec.fr}, le terrain dans le paradigme ${front.fr}\u00a0: les deux niveaux ne décrivent pas la même organisation.`
		};
	} else if (far) {
		text = {
			en: `Both levels say ${exec.en}, but their answers are ${numberText(distance).en} points apart on the map: they do not see the same organisation.`,
			fr: `Les deux niveaux disent ${exec.fr}, mais leurs réponses sont à ${numberText(distance).fr} points l’une de l’autre sur la carte\u00a0: ils ne voient pas la même organisation.`
		};
	} else {
		text = {
			en: `Executives and frontline staff both place the company in ${exec.en}.`,
			fr: `Dirigeants et terrain placent tous deux l’entreprise dans le paradigme ${exec.fr}.`
		};
	}
	return { status: 'compared', differs: !sameVariant || far, sameVariant, distance, text };
}

export interface ParadigmDiagnosis {
	executive: GroupDiagnosis;
	frontline: GroupDiagnosis;
	all: GroupDiagnosis;
	comparison: GroupComparison;
}

export function diagnoseParadigms(groups: {
	executive: ParadigmGroupInput | null;
	frontline: ParadigmGroupInput | null;
	all: ParadigmGroupInput | null;
}): ParadigmDiagnosis {
	const executive = diagnoseGroup(groups.executive);
	const frontline = diagnoseGroup(groups.frontline);
	return {
		executive,
		frontline,
		all: diagnoseGroup(groups.all),
		comparison: compareExecutiveFrontline(executive, frontline)
	};
}

export interface ParadigmInfo {
	name: LocalizedText;
	summary: LocalizedText;
	strengths: readonly LocalizedText[];
	/** The first risk is the one seed 004 names; the report quotes it as "the known risk". */
	risks: readonly LocalizedText[];
}

export const PARADIGM_INFO: Record<ParadigmId, ParadigmInfo> = {
	siloed: {
		name: { en: 'Siloed', fr: 'Cloisonné' },
		summary: {
			en: 'Sales and marketing work almost entirely apart, with little communication or joint work.',
			fr: 'Ventes et marketing travaillent presque entièrement séparément, avec peu d’échanges et de travail commun.'
		},
		strengths: [
			{
				en: 'Each team can specialise and focus on what it does best.',
				fr: 'Chaque équipe peut se spécialiser et se concentrer sur ce qu’elle fait le mieux.'
			}
		],
		risks: [
			{
				en: 'Inefficiency: each team lacks information only the other one has.',
				fr: 'L’inefficacité\u00a0: chaque équipe manque d’informations que seule l’autre possède.'
			},
			{
				en: 'Leads and field feedback get lost at the hand-off, and each side blames the other.',
				fr: 'Les leads et les retours terrain se perdent au passage de relais, et chacun accuse l’autre.'
			}
		]
	},
	assimilated: {
		name: { en: 'Assimilated', fr: 'Assimilé' },
		summary: {
			en: 'Sales and marketing merge into one unit that pursues common goals.',
			fr: 'Ventes et marketing fusionnent en une seule unité qui poursuit des objectifs communs.'
		},
		strengths: [
			{
				en: 'Simple workflows and one set of goals, with no hand-off between departments.',
				fr: 'Des flux simples et un seul jeu d’objectifs, sans passage de relais entre services.'
			}
		],
		risks: [
			{
				en: 'Blurred responsibilities: roles are less well defined, so it is unclear who owns what.',
				fr: 'Des responsabilités floues\u00a0: les rôles sont moins bien définis, on ne sait plus qui est responsable de quoi.'
			},
			{
				en: 'Specialist skills (brand, data, negotiation) can fade inside a generalist team.',
				fr: 'Les expertises pointues (marque, données, négociation) peuvent s’effacer dans une équipe généraliste.'
			}
		]
	},
	subordinate: {
		name: { en: 'Subordinate', fr: 'Subordonné' },
		summary: {
			en: 'One team leads and the other follows: marketing sets the course and sales follows, or the reverse.',
			fr: 'Une équipe dirige et l’autre suit\u00a0: le marketing fixe le cap et les ventes suivent, ou l’inverse.'
		},
		strengths: [
			{
				en: 'Clear authority and a clear direction.',
				fr: 'Une autorité et une direction claires.'
			}
		],
		risks: [
			{
				en: 'It can stifle creativity and choke collaboration between the two functions.',
				fr: 'Il peut brider la créativité et étouffer la collaboration entre les deux fonctions.'
			},
			{
				en: 'The following team becomes an order-taker and stops bringing its own expertise.',
				fr: 'L’équipe qui suit devient simple exécutante et cesse d’apporter son expertise.'
			}
		]
	},
	proportional: {
		name: { en: 'Proportional', fr: 'Proportionnel' },
		summary: {
			en: 'Sales and marketing keep distinct roles but share power equally.',
			fr: 'Ventes et marketing gardent des rôles distincts mais partagent le pouvoir à parts égales.'
		},
		strengths: [
			{
				en: 'Collaboration without giving up each team’s autonomy.',
				fr: 'La collaboration sans sacrifier l’autonomie de chaque équipe.'
			}
		],
		risks: [
			{
				en: 'It needs strong leadership to hold the balance and keep conflicts from escalating.',
				fr: 'Il exige un leadership fort pour tenir l’équilibre et éviter que les conflits ne s’enveniment.'
			}
		]
	}
};

export const VARIANT_NAMES: Record<ParadigmVariant, LocalizedText> = {
	siloed: PARADIGM_INFO.siloed.name,
	assimilated: PARADIGM_INFO.assimilated.name,
	subordinate_sales_led: {
		en: 'Subordinate (sales-led)',
		fr: 'Subordonné (piloté par les ventes)'
	},
	subordinate_marketing_led: {
		en: 'Subordinate (marketing-led)',
		fr: 'Subordonné (piloté par le marketing)'
	},
	proportional: PARADIGM_INFO.proportional.name
};

/** Map legends: what each end of an axis means. */
export const AXIS_INFO: Record<
	AxisId,
	{ name: LocalizedText; low: LocalizedText; high: LocalizedText }
> = {
	integration: {
		name: { en: 'Integration', fr: 'Intégration' },
		low: { en: 'Work apart', fr: 'Travaillent à part' },
		high: { en: 'Work together', fr: 'Travaillent ensemble' }
	},
	distinctness: {
		name: { en: 'Role distinctness', fr: 'Distinction des rôles' },
		low: { en: 'Roles merged or unclear', fr: 'Rôles fusionnés ou flous' },
		high: { en: 'Roles clearly distinct', fr: 'Rôles bien distincts' }
	},
	power: {
		name: { en: 'Power balance', fr: 'Équilibre du pouvoir' },
		low: { en: 'Sales leads', fr: 'Les ventes dirigent' },
		high: { en: 'Marketing leads', fr: 'Le marketing dirige' }
	}
};

/** One sentence that shows the rule at work, with the group's numbers. */
export function explainClassification(diagnosis: GroupDiagnosis): LocalizedText {
	if (diagnosis.status !== 'classified') {
		return {
			en: 'Not enough answers to place this group on the map.',
			fr: 'Pas assez de réponses pour placer ce groupe sur la carte.'
		};
	}
	const r = PARADIGM_RULES;
	const integration = numberText(diagnosis.axes.integration);
	const distinctness = numberText(diagnosis.axes.distinctness);
	const power = numberText(diagnosis.axes.power);
	const powerSigned = numberText(diagnosis.axes.power, 1, true);
	switch (diagnosis.rule) {
		case 'low_integration':
			return {
				en: `Integration is ${integration.en}/100, below ${r.lowIntegrationBelow}: the teams mostly work apart.`,
				fr: `L’intégration est de ${integration.fr}/100, sous le seuil de ${r.lowIntegrationBelow}\u00a0: les équipes travaillent surtout chacune de leur côté.`
			};
		case 'low_distinctness':
			return {
				en: `Integration is ${integration.en}/100 but role distinctness only ${distinctness.en}/100, below ${r.lowDistinctnessBelow}: the teams work as one and roles have blurred.`,
				fr: `L’intégration est de ${integration.fr}/100 mais la distinction des rôles n’est que de ${distinctness.fr}/100, sous le seuil de ${r.lowDistinctnessBelow}\u00a0: les équipes ne font qu’une et les rôles se sont brouillés.`
			};
		case 'strong_imbalance':
			return diagnosis.lead === 'sales'
				? {
						en: `Roles are distinct (${distinctness.en}/100) and power leans to sales (${power.en}, beyond −${r.strongImbalanceFrom}): sales leads and marketing follows.`,
						fr: `Les rôles sont distincts (${distinctness.fr}/100) et le pouvoir penche vers les ventes (${power.fr}, au-delà de −${r.strongImbalanceFrom})\u00a0: les ventes dirigent, le marketing suit.`
					}
				: {
						en: `Roles are distinct (${distinctness.en}/100) and power leans to marketing (${powerSigned.en}, beyond +${r.strongImbalanceFrom}): marketing leads and sales follows.`,
						fr: `Les rôles sont distincts (${distinctness.fr}/100) et le pouvoir penche vers le marketing (${powerSigned.fr}, au-delà de +${r.strongImbalanceFrom})\u00a0: le marketing dirige, les ventes suivent.`
					};
		case 'balanced':
			return {
				en: `The teams work together (${integration.en}/100), keep distinct roles (${distinctness.en}/100) and share power (${powerSigned.en}, within ±${r.strongImbalanceFrom}).`,
				fr: `Les équipes travaillent ensemble (${integration.fr}/100), gardent des rôles distincts (${distinctness.fr}/100) et partagent le pouvoir (${powerSigned.fr}, dans la zone ±${r.strongImbalanceFrom}).`
			};
	}
}

/** The changes a company can make to travel on the map; the action library is indexed by them. */
export const MOVE_STEPS = [
	'raise_integration',
	'merge_roles',
	'clarify_roles',
	'balance_power',
	'give_lead_to_marketing',
	'give_lead_to_sales'
] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];
