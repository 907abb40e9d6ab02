/**
 * Which paradigm the company should choose (seed 004: "choose deliberately, or outside forces will
 * choose for you"), scored from the company context and the current state.
 *
 * Method: every variant starts from a base score; each factor that applies to the context adds or
 * removes the points written in FIT_WEIGHTS; the total is clamped to 0–100. A factor's sentence
 * cites the input that triggered it, so the report can show why. All numbers live in FIT_WEIGHTS
 * and FIT_THRESHOLDS; nothing else in this file is a tuning knob.
 */
import type { LocalizedText } from '$lib/i18n/locales';
import { SALES_CYCLES, SALES_CYCLE_LABELS, type CompanyContext } from './company-context';
import {
	PARADIGM_IDS,
	PARADIGM_INFO,
	PARADIGM_RULES,
	PARADIGM_VARIANTS,
	VARIANT_NAMES,
	leadOfVariant,
	numberText,
	paradigmOfVariant,
	type GroupDiagnosis,
	type LeadSide,
	type MoveStep,
	type ParadigmAxes,
	type ParadigmId,
	type ParadigmVariant
} from './paradigm';

export const FIT_THRESHOLDS = {
	tinyTeamUpTo: 15,
	smallTeamUpTo: 50,
	largeTeamFrom: 201,
	veryLargeTeamFrom: 1001,
	/** Seed 002 quotes 80% of the journey done alone; from 60% marketing shapes the decision. */
	selfDirectedFrom: 60,
	salesGuidedUpTo: 30,
	manySegmentsFrom: 5,
	/** Below this leadership score (0–100), proportional loses points: seed 004 says it needs strong leadership. */
	weakLeadershipBelow: 50
} as const;

type Points = Partial<Record<ParadigmVariant, number>>;

/**
 * The weights. Base scores keep siloed low: seed 004 describes it as a source of inefficiency, so
 * it is a fallback, never a goal. Every row is one factor; absent variants get 0. Each row's
 * rationale is the sentence it prints (FACTORS below); the sources are noted on the rows.
 */
export const FIT_WEIGHTS = {
	base: {
		siloed: 15,
		assimilated: 40,
		subordinate_sales_led: 35,
		subordinate_marketing_led: 35,
		proportional: 40
	},
	factors: {
		team_tiny: {
			siloed: -10,
			assimilated: 30,
			subordinate_sales_led: -5,
			subordinate_marketing_led: -5,
			proportional: -10
		},
		team_small: { assimilated: 15 },
		team_large: { siloed: 5, assimilated: -20, proportional: 10 },
		team_very_large: { siloed: 10, assimilated: -30, proportional: 10 },
		// Seed 004: subscription and recurring models force closer collaboration.
		revenue_recurring: {
			siloed: -10,
			assimilated: 10,
			subordinate_sales_led: -5,
			proportional: 15
		},
		revenue_mixed: { siloed: -5, assimilated: 5, proportional: 8 },
		revenue_one_off: { subordinate_sales_led: 10, subordinate_marketing_led: 5 },
		// Seeds 002 and 004: autonomous buyers give marketing a larger role in the journey.
		buyers_self_directed: {
			assimilated: 5,
			subordinate_sales_led: -15,
			subordinate_marketing_led: 15,
			proportional: 10
		},
		buyers_sales_guided: { subordinate_sales_led: 15, subordinate_marketing_led: -10 },
		motion_self_serve: {
			assimilated: 10,
			subordinate_sales_led: -20,
			subordinate_marketing_led: 25,
			proportional: -5
		},
		motion_inside: { assimilated: 10, proportional: 5 },
		motion_field: { assimilated: -10, subordinate_sales_led: 10, proportional: 10 },
		// Seed 000 (retail brands): marketing drives shelf demand, sales manages distributors.
		motion_channel: {
			assimilated: -10,
			subordinate_sales_led: -5,
			subordinate_marketing_led: 25,
			proportional: 5
		},
		cycle_short: { assimilated: 5, subordinate_marketing_led: 5 },
		cycle_medium: { proportional: 5 },
		cycle_long: {
			assimilated: -10,
			subordinate_sales_led: 5,
			subordinate_marketing_led: -5,
			proportional: 15
		},
		single_segment: { assimilated: 10 },
		// Seed 002: sales–marketing pairs per product, segment or region.
		many_segments: { assimilated: -10, proportional: 15 },
		// Seed 004: proportional "needs strong leadership to manage the balance".
		weak_leadership: { proportional: -10 }
	},
	/** Factor `current_continuity`: added to the variant the company already lives in (not siloed). */
	continuityBonus: 5
} as const;

export type FitFactorId = keyof typeof FIT_WEIGHTS.factors | 'current_continuity';

/** Ties go to the current paradigm, then to this order (most to least collaborative). */
const TIE_ORDER: readonly ParadigmId[] = ['proportional', 'assimilated', 'subordinate', 'siloed'];

export interface CurrentState {
	/** Usually the "all" group; see pickCurrentDiagnosis. */
	diagnosis: GroupDiagnosis;
	/** The same group's leadership score (0–100), null when hidden. */
	leadership: number | null;
}

export interface FitReason {
	factor: FitFactorId;
	/** Points this factor gave the variant (negative = counts against it). */
	points: number;
	text: LocalizedText;
}

export interface ParadigmFit {
	paradigm: ParadigmId;
	/** For subordinate, the better-fitting side. */
	variant: ParadigmVariant;
	score: number;
	reasons: FitReason[];
}

export interface ParadigmMove {
	from: ParadigmVariant | null;
	to: ParadigmVariant;
	steps: MoveStep[];
	text: LocalizedText;
}

export interface Recommendation {
	/** One per paradigm, in PARADIGM_IDS order. */
	fits: ParadigmFit[];
	recommended: ParadigmVariant;
	paradigm: ParadigmId;
	lead: LeadSide | null;
	score: number;
	/** Factors in favour of the recommended variant, strongest first. */
	reasons: FitReason[];
	/** Factors against it, strongest first: the report shows them as caveats. */
	caveats: FitReason[];
	knownRisk: LocalizedText;
	current: ParadigmVariant | null;
	/** Null when the company already lives in the recommended variant. */
	move: ParadigmMove | null;
	summary: LocalizedText;
}

function pct(value: number): LocalizedText {
	const number = numberText(value);
	return { en: `${number.en}%`, fr: `${number.fr}\u00a0%` };
}

/** A count in a sentence: 1,500 / 1 500. */
const count = (value: number): LocalizedText => numberText(value, 0);

interface Factor {
	id: FitFactorId;
	applies: (ctx: CompanyContext, current: CurrentState | null) => boolean;
	text: (ctx: CompanyContext, current: CurrentState | null) => LocalizedText;
}

const cycleIndex = (ctx: CompanyContext): number => SALES_CYCLES.indexOf(ctx.salesCycle);
const t = FIT_THRESHOLDS;

/** Conditions and sentences; the points are in FIT_WEIGHTS. */
const FACTORS: readonly Factor[] = [
	{
		id: 'team_tiny',
		applies: (c) => c.headcount <= t.tinyTeamUpTo,
		text: (c) => ({
			en: `With ${count(c.headcount).en} people in sales and marketing combined, one merged team is simpler than two departments passing work to each other.`,
			fr: `Avec ${count(c.headcount).fr} personnes en tout entre ventes et marketing, une seule équipe fusionnée est plus simple que deux services qui se passent le relais.`
		})
	},
	{
		id: 'team_small',
		applies: (c) => c.headcount > t.tinyTeamUpTo && c.headcount <= t.smallTeamUpTo,
		text: (c) => ({
			en: `With ${count(c.headcount).en} people in sales and marketing, the teams are small enough to work as one unit.`,
			fr: `Avec ${count(c.headcount).fr} personnes entre ventes et marketing, les équipes sont assez petites pour fonctionner comme une seule unité.`
		})
	},
	{
		id: 'team_large',
		applies: (c) => c.headcount >= t.largeTeamFrom && c.headcount < t.veryLargeTeamFrom,
		text: (c) => ({
			en: `With ${count(c.headcount).en} people in sales and marketing, one merged unit would be hard to run; distinct teams with shared rules scale better.`,
			fr: `Avec ${count(c.headcount).fr} personnes entre ventes et marketing, une unité fusionnée serait difficile à piloter\u00a0; des équipes distinctes aux règles communes passent mieux à l’échelle.`
		})
	},
	{
		id: 'team_very_large',
		applies: (c) => c.headcount >= t.veryLargeTeamFrom,
		text: (c) => ({
			en: `With ${count(c.headcount).en} people in sales and marketing, specialised teams are unavoidable: the question is how they share power, not whether they merge.`,
			fr: `Avec ${count(c.headcount).fr} personnes entre ventes et marketing, des équipes spécialisées sont inévitables\u00a0: la question est de savoir comment elles partagent le pouvoir, pas si elles fusionnent.`
		})
	},
	{
		id: 'revenue_recurring',
		applies: (c) => c.revenueModel === 'recurring',
		text: () => ({
			en: 'Recurring revenue depends on keeping and growing customers, a job sales and marketing must do together rather than one after the other.',
			fr: 'Le revenu récurrent dépend de la fidélisation et du développement des clients, un travail que ventes et marketing doivent mener ensemble plutôt que l’un après l’autre.'
		})
	},
	{
		id: 'revenue_mixed',
		applies: (c) => c.revenueModel === 'mixed',
		text: () => ({
			en: 'A mix of recurring and one-off revenue needs both teams on retention as well as on new deals.',
			fr: 'Un mélange de revenus récurrents et ponctuels demande aux deux équipes de travailler la fidélisation autant que les nouvelles ventes.'
		})
	},
	{
		id: 'revenue_one_off',
		applies: (c) => c.revenueModel === 'one_off',
		text: () => ({
			en: 'Mostly one-off sales reward a clear lead on each deal, so one side can set the direction at little cost.',
			fr: 'Des ventes surtout ponctuelles récompensent un pilotage clair de chaque affaire\u00a0: un seul camp peut fixer la direction sans grand coût.'
		})
	},
	{
		id: 'buyers_self_directed',
		applies: (c) => c.selfDirectedJourneyPct >= t.selfDirectedFrom,
		text: (c) => {
			const p = pct(c.selfDirectedJourneyPct);
			return {
				en: `Buyers do ${p.en} of their journey before talking to sales, so marketing shapes much of the decision and needs real weight.`,
				fr: `Les acheteurs font ${p.fr} de leur parcours avant de parler à un commercial\u00a0: le marketing façonne une grande part de la décision et doit peser réellement.`
			};
		}
	},
	{
		id: 'buyers_sales_guided',
		applies: (c) => c.selfDirectedJourneyPct <= t.salesGuidedUpTo,
		text: (c) => {
			const p = pct(c.selfDirectedJourneyPct);
			return {
				en: `Buyers do only ${p.en} of their journey alone: salespeople guide most of the decision.`,
				fr: `Les acheteurs ne font que ${p.fr} de leur parcours seuls\u00a0: ce sont les commerciaux qui guident l’essentiel de la décision.`
			};
		}
	},
	{
		id: 'motion_self_serve',
		applies: (c) => c.salesMotion === 'self_serve',
		text: () => ({
			en: 'Customers mostly buy on their own (self-serve), so marketing runs most of the funnel and sales assists.',
			fr: 'Les clients achètent surtout seuls (libre-service)\u00a0: le marketing pilote l’essentiel du tunnel et les ventes viennent en appui.'
		})
	},
	{
		id: 'motion_inside',
		applies: (c) => c.salesMotion === 'inside',
		text: () => ({
			en: 'Inside sales work close to marketing, which makes day-to-day integration easy.',
			fr: 'La vente à distance travaille près du marketing, ce qui facilite l’intégration au quotidien.'
		})
	},
	{
		id: 'motion_field',
		applies: (c) => c.salesMotion === 'field',
		text: () => ({
			en: 'Field sellers work far from marketing and know their accounts deeply, so both need distinct roles and sales needs a strong voice.',
			fr: 'Les commerciaux terrain travaillent loin du marketing et connaissent leurs comptes en profondeur\u00a0: chacun a besoin d’un rôle distinct et les ventes d’une voix forte.'
		})
	},
	{
		id: 'motion_channel',
		applies: (c) => c.salesMotion === 'channel',
		text: () => ({
			en: 'Selling through channels or retail means marketing drives end demand (brand, shelf, promotions) while sales manages the distributors.',
			fr: 'Vendre par la distribution, c’est laisser le marketing créer la demande finale (marque, rayon, promotions) pendant que les ventes gèrent les distributeurs.'
		})
	},
	{
		id: 'cycle_short',
		applies: (c) => c.salesCycle === 'under_1_month',
		text: () => ({
			en: 'A sales cycle under one month leaves little room for hand-offs: fast, simple flows matter most.',
			fr: 'Un cycle de vente de moins d’un mois laisse peu de place aux passages de relais\u00a0: des flux rapides et simples comptent avant tout.'
		})
	},
	{
		id: 'cycle_medium',
		applies: (c) => c.salesCycle === '3_to_6_months',
		text: () => ({
			en: 'A 3-to-6-month cycle needs marketing and sales to keep nurturing each deal together.',
			fr: 'Un cycle de 3 à 6 mois demande au marketing et aux ventes de continuer à nourrir chaque affaire ensemble.'
		})
	},
	{
		id: 'cycle_long',
		applies: (c) => cycleIndex(c) >= SALES_CYCLES.indexOf('6_to_12_months'),
		text: (c) => {
			const label = SALES_CYCLE_LABELS[c.salesCycle];
			return {
				en: `A sales cycle of ${label.en.toLowerCase()} needs specialists on both sides working the same accounts over time.`,
				fr: `Un cycle de vente de ${label.fr.toLowerCase()} demande des spécialistes des deux côtés qui travaillent les mêmes comptes dans la durée.`
			};
		}
	},
	{
		id: 'single_segment',
		applies: (c) => c.segmentCount === 1,
		text: () => ({
			en: 'With a single segment or product line, one team can hold all the knowledge.',
			fr: 'Avec un seul segment ou une seule gamme, une seule équipe peut détenir tout le savoir.'
		})
	},
	{
		id: 'many_segments',
		applies: (c) => c.segmentCount >= t.manySegmentsFrom,
		text: (c) => ({
			en: `With ${count(c.segmentCount).en} segments or product lines, sales–marketing pairs per segment keep expertise close to each market.`,
			fr: `Avec ${count(c.segmentCount).fr} segments ou gammes, des binômes vente–marketing par segment gardent l’expertise au plus près de chaque marché.`
		})
	},
	{
		id: 'current_continuity',
		applies: (_c, cur) => currentVariant(cur) !== null && currentVariant(cur) !== 'siloed',
		text: (_c, cur) => {
			const name = VARIANT_NAMES[currentVariant(cur) ?? 'proportional'];
			return {
				en: `Your teams already work in the ${name.en} way; strengthening it costs less than reorganising.`,
				fr: `Vos équipes fonctionnent déjà sur le mode ${name.fr}\u00a0; le renforcer coûte moins cher qu’une réorganisation.`
			};
		}
	},
	{
		id: 'weak_leadership',
		applies: (_c, cur) =>
			cur !== null && cur.leadership !== null && cur.leadership < t.weakLeadershipBelow,
		text: (_c, cur) => ({
			en: `Sharing power equally needs strong joint leadership, and leadership scores ${Math.round(cur?.leadership ?? 0)}/100 today.`,
			fr: `Partager le pouvoir à égalité exige un leadership commun fort, et le leadership obtient aujourd’hui ${Math.round(cur?.leadership ?? 0)}/100.`
		})
	}
];

function currentVariant(current: CurrentState | null): ParadigmVariant | null {
	return current?.diagnosis.status === 'classified' ? current.diagnosis.variant : null;
}

function pointsOf(
	factor: FitFactorId,
	variant: ParadigmVariant,
	current: CurrentState | null
): number {
	if (factor === 'current_continuity') {
		return currentVariant(current) === variant ? FIT_WEIGHTS.continuityBonus : 0;
	}
	const row: Points = FIT_WEIGHTS.factors[factor];
	return row[variant] ?? 0;
}

interface VariantScore {
	variant: ParadigmVariant;
	score: number;
	reasons: FitReason[];
}

function scoreVariant(
	variant: ParadigmVariant,
	applied: readonly { factor: Factor; text: LocalizedText }[],
	current: CurrentState | null
): VariantScore {
	const reasons: FitReason[] = [];
	let total: number = FIT_WEIGHTS.base[variant];
	for (const { factor, text } of applied) {
		const points = pointsOf(factor.id, variant, current);
		if (points === 0) continue;
		total += points;
		reasons.push({ factor: factor.id, points, text });
	}
	return { variant, score: Math.max(0, Math.min(100, total)), reasons };
}

const byStrength = (a: FitReason, b: FitReason): number => Math.abs(b.points) - Math.abs(a.points);

/** Picks the group whose current paradigm the recommendation should start from. */
export function pickCurrentDiagnosis(diagnoses: {
	all: GroupDiagnosis;
	frontline: GroupDiagnosis;
	executive: GroupDiagnosis;
}): GroupDiagnosis {
	// "All" first; then frontline, whose view seed 004 finds closer to daily reality.
	for (const d of [diagnoses.all, diagnoses.frontline, diagnoses.executive]) {
		if (d.status === 'classified') return d;
	}
	return diagnoses.all;
}

export function recommendParadigm(
	context: CompanyContext,
	current: CurrentState | null
): Recommendation {
	const applied = FACTORS.filter((f) => f.applies(context, current)).map((factor) => ({
		factor,
		text: factor.text(context, current)
	}));
	const scores = new Map(
		PARADIGM_VARIANTS.map((v) => [v, scoreVariant(v, applied, current)] as const)
	);
	const get = (v: ParadigmVariant): VariantScore => scores.get(v) as VariantScore;

	const salesLed = get('subordinate_sales_led');
	const marketingLed = get('subordinate_marketing_led');
	const lead = subordinateSide(salesLed.score, marketingLed.score, current);
	const subordinate = lead === 'sales' ? salesLed : marketingLed;

	const fits: ParadigmFit[] = PARADIGM_IDS.map((paradigm) => {
		const s = paradigm === 'subordinate' ? subordinate : get(paradigm);
		return {
			paradigm,
			variant: s.variant,
			score: s.score,
			reasons: [...s.reasons].sort(byStrength)
		};
	});

	const now = currentVariant(current);
	const nowParadigm = now === null ? null : paradigmOfVariant(now);
	const rank = (p: ParadigmId): number => (p === nowParadigm ? -1 : TIE_ORDER.indexOf(p));
	const best = [...fits].sort(
		(a, b) => b.score - a.score || rank(a.paradigm) - rank(b.paradigm)
	)[0];
	if (!best) throw new Error('no paradigm scored');
	const runnerUp = [...fits]
		.filter((f) => f.paradigm !== best.paradigm)
		.sort((a, b) => b.score - a.score || rank(a.paradigm) - rank(b.paradigm))[0];

	const axes = current?.diagnosis.status === 'classified' ? current.diagnosis.axes : null;
	const move = now === best.variant ? null : buildMove(now, axes, best.variant);
	const name = VARIANT_NAMES[best.variant];
	const other = runnerUp ? VARIANT_NAMES[runnerUp.variant] : null;

	return {
		fits,
		recommended: best.variant,
		paradigm: best.paradigm,
		lead: leadOfVariant(best.variant),
		score: best.score,
		reasons: best.reasons.filter((r) => r.points > 0),
		caveats: best.reasons.filter((r) => r.points < 0),
		knownRisk: PARADIGM_INFO[best.paradigm].risks[0] as LocalizedText,
		current: now,
		move,
		summary: {
			en: `Recommended: ${name.en} (fit ${best.score}/100)${other && runnerUp ? `, ahead of ${other.en} (${runnerUp.score}/100)` : ''}.`,
			fr: `Paradigme recommandé\u00a0: ${name.fr} (adéquation ${best.score}/100)${other && runnerUp ? `, devant ${other.fr} (${runnerUp.score}/100)` : ''}.`
		}
	};
}

/** Which side a subordinate set-up should give the lead to; ties follow today's balance, else sales. */
function subordinateSide(sales: number, marketing: number, current: CurrentState | null): LeadSide {
	if (sales !== marketing) return sales > marketing ? 'sales' : 'marketing';
	const d = current?.diagnosis;
	if (d?.status === 'classified' && d.axes.power > 0) return 'marketing';
	return 'sales';
}

export const MOVE_STEP_TEXT: Record<MoveStep, LocalizedText> = {
	raise_integration: {
		en: 'Make the teams work together every week: shared routines, shared goals, shared information.',
		fr: 'Faire travailler les équipes ensemble chaque semaine\u00a0: rituels communs, objectifs communs, informations partagées.'
	},
	merge_roles: {
		en: 'Merge the two teams into one unit with one leader, one backlog and one set of goals.',
		fr: 'Fusionner les deux équipes en une seule unité, avec un seul responsable, un seul plan de travail et un seul jeu d’objectifs.'
	},
	clarify_roles: {
		en: 'Write down who does what between sales and marketing, and who decides.',
		fr: 'Écrire noir sur blanc qui fait quoi entre ventes et marketing, et qui décide.'
	},
	balance_power: {
		en: 'Give both sides an equal say on go-to-market decisions, with a clear way to settle disagreements.',
		fr: 'Donner aux deux camps un poids égal dans les décisions de mise sur le marché, avec une règle claire pour trancher les désaccords.'
	},
	give_lead_to_marketing: {
		en: 'Let marketing set the go-to-market course (offer, targets, messages), with sales input built in.',
		fr: 'Confier au marketing le cap de la mise sur le marché (offre, cibles, messages), en intégrant l’avis des ventes.'
	},
	give_lead_to_sales: {
		en: 'Let sales set the go-to-market priorities, and make marketing a partner rather than an order-taker.',
		fr: 'Confier aux ventes les priorités de mise sur le marché, et faire du marketing un partenaire plutôt qu’un exécutant.'
	}
};

/** What defines each target variant, used when today's position is unknown. */
const DEFINING_STEPS: Record<ParadigmVariant, MoveStep[]> = {
	siloed: ['clarify_roles'],
	assimilated: ['raise_integration', 'merge_roles'],
	subordinate_sales_led: ['clarify_roles', 'give_lead_to_sales'],
	subordinate_marketing_led: ['clarify_roles', 'give_lead_to_marketing'],
	proportional: ['raise_integration', 'clarify_roles', 'balance_power']
};

/**
 * The steps from today's point on the map to the target's region, using the same thresholds as the
 * diagnosis so the move and the map tell one story.
 */
export function movesToward(axes: ParadigmAxes | null, target: ParadigmVariant): MoveStep[] {
	if (axes === null) return [...DEFINING_STEPS[target]];
	const r = PARADIGM_RULES;
	const integrated = axes.integration >= r.lowIntegrationBelow;
	const distinct = axes.distinctness >= r.lowDistinctnessBelow;
	const steps: MoveStep[] = [];
	if (target !== 'siloed' && !integrated) steps.push('raise_integration');
	if (target === 'assimilated') {
		if (distinct) steps.push('merge_roles');
		return steps;
	}
	if (!distinct) steps.push('clarify_roles');
	if (target === 'proportional' && Math.abs(axes.power) >= r.strongImbalanceFrom)
		steps.push('balance_power');
	if (target === 'subordinate_marketing_led' && axes.power < r.strongImbalanceFrom)
		steps.push('give_lead_to_marketing');
	if (target === 'subordinate_sales_led' && axes.power > -r.strongImbalanceFrom)
		steps.push('give_lead_to_sales');
	return steps;
}

function buildMove(
	from: ParadigmVariant | null,
	axes: ParadigmAxes | null,
	to: ParadigmVariant
): ParadigmMove {
	const steps = movesToward(axes, to);
	const target = VARIANT_NAMES[to];
	// Only a move towards siloed can have no step: nothing to build, just keep hand-offs clean.
	const fallback: LocalizedText = {
		en: 'Keep each team focused on its speciality and make the hand-offs between them explicit.',
		fr: 'Garder chaque équipe centrée sur sa spécialité et rendre explicites les passages de relais.'
	};
	const join = (lang: 'en' | 'fr'): string =>
		steps.length === 0 ? fallback[lang] : steps.map((s) => MOVE_STEP_TEXT[s][lang]).join(' ');
	const text: LocalizedText =
		from === null
			? {
					en: `Your current paradigm could not be measured. To build the ${target.en} model: ${join('en')}`,
					fr: `Votre paradigme actuel n’a pas pu être mesuré. Pour construire le modèle ${target.fr}\u00a0: ${join('fr')}`
				}
			: {
					en: `Move from ${VARIANT_NAMES[from].en} to ${target.en}: ${join('en')}`,
					fr: `Passer du paradigme ${VARIANT_NAMES[from].fr} au paradigme ${target.fr}\u00a0: ${join('fr')}`
				};
	return { from, to, steps, text };
}
