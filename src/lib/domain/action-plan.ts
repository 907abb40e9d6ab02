/**
 * Builds the action plan from the gap report and the paradigm move, and reads a later wave to say
 * whether each planned action's target measures moved.
 *
 * Scoring of a candidate action (all weights in PLAN_WEIGHTS):
 *   a part per dimension it improves, weighted 1 / 0.5 / 0.25 by the dimension's rank in the action:
 *     need = 100 − the lower of the frontline and executive scores (the more critical view)
 *          + gap points by effect size (negligible 0, small 10, medium 20, large 30)
 *     × coverageDecay^(number of picked actions that cited this dimension as their reason);
 *   the largest part counts in full, the others at breadthShare (so the worst finding gets a
 *   dedicated action first, and a broad action does not win on breadth alone)
 *   + movePoints per step of the paradigm move the action supports (best two, decayed likewise)
 *   + servesTarget, or notServingTarget when it does not serve the recommended paradigm; with no
 *     recommendation, perParadigmServed per paradigm served (broadly useful actions first)
 *   + a small effort bonus or malus (quick wins first when all else is equal).
 * Actions are picked greedily, best score first (ties: id order), re-scoring after each pick so the
 * plan spreads over the weak spots instead of stacking on one. The plan order is the pick order.
 *
 * Each item's reason is the finding it answers: the paradigm move when the action is the first one
 * picked for a step of the move (so the plan visibly carries the move), otherwise the dimension
 * that contributed most to its score — cited as a gap from a medium effect up, else as a weak spot
 * (or a strength to keep from 70/100 up), or as missing data when the dimension is hidden.
 */
import { z } from 'zod';
import { EFFECT_LABELS, type EffectLabel } from './gaps';
import type { LocalizedText } from '$lib/i18n/locales';
import { ACTION_LIBRARY, getAction, type AlignmentAction } from './actions';
import {
	DIMENSION_IDS,
	DIMENSION_LABELS,
	STRUCTURE_ITEM_IDS,
	STRUCTURE_ITEM_LABELS,
	type DimensionId,
	type StructureItemId
} from './dimension-ids';
import {
	MOVE_STEPS,
	PARADIGM_VARIANTS,
	VARIANT_NAMES,
	numberText,
	paradigmOfVariant,
	type MoveStep,
	type ParadigmVariant
} from './paradigm';
import { MOVE_STEP_TEXT } from './recommendation';

// Effect sizes are the gap module's; re-exported for the plan's callers.
export { EFFECT_LABELS, type EffectLabel };

export const PLAN_WEIGHTS = {
	defaultSize: 8,
	minSize: 6,
	/** A dimension at or above this score is described as a strength to keep, not a weakness. */
	strengthFrom: 70,
	gapPoints: { negligible: 0, small: 10, medium: 20, large: 30 },
	/** The reason cites the gap (rather than the low score) from this effect size up. */
	gapReasonEffects: ['medium', 'large'] as readonly EffectLabel[],
	/** An action moves its first dimension most; later ones count less. */
	dimensionRankWeights: [1, 0.5, 0.25],
	/** Share of the non-best dimension parts that counts: breadth helps but does not dominate. */
	breadthShare: 0.3,
	/** Each action already citing a dimension multiplies its need by this for the next picks. */
	coverageDecay: 0.6,
	/** About a mid-sized weakness: the move matters as much as one clear finding. */
	movePoints: 35,
	maxMoveSteps: 2,
	moveDecay: 0.5,
	servesTarget: 10,
	/** Large enough that an action working against the recommended paradigm rarely makes the cut. */
	notServingTarget: -25,
	effort: { low: 6, medium: 0, high: -6 },
	perParadigmServed: 4
} as const;

const score100 = z.number().min(0).max(100);

/** What a valid plan input is; generatePlan parses with it. */
export const planInputSchema = z.object({
	findings: z
		.array(
			z.object({
				dimension: z.enum(DIMENSION_IDS),
				frontline: score100.nullable(),
				executive: score100.nullable(),
				/** Executive − frontline, on 0–100 points, with its Hedges' g label; null when hidden. */
				gap: z
					.object({ value: z.number().min(-100).max(100), effect: z.enum(EFFECT_LABELS) })
					.nullable()
			})
		)
		.refine((list) => new Set(list.map((f) => f.dimension)).size === list.length, {
			error: 'duplicate_dimension'
		}),
	/** The recommended variant, even when the company already lives in it. */
	recommended: z.enum(PARADIGM_VARIANTS).nullable(),
	move: z
		.object({
			from: z.enum(PARADIGM_VARIANTS).nullable(),
			to: z.enum(PARADIGM_VARIANTS),
			steps: z.array(z.enum(MOVE_STEPS))
		})
		.nullable(),
	size: z.number().int().min(PLAN_WEIGHTS.minSize).max(ACTION_LIBRARY.length).optional()
});

export type PlanInput = z.input<typeof planInputSchema>;
export type DimensionFinding = PlanInput['findings'][number];

export type PlanReason =
	| {
			kind: 'gap';
			dimension: DimensionId;
			frontline: number | null;
			executive: number | null;
			gap: number;
			effect: EffectLabel;
			text: LocalizedText;
	  }
	| { kind: 'weakness'; dimension: DimensionId; score: number; text: LocalizedText }
	| { kind: 'strength_upkeep'; dimension: DimensionId; score: number; text: LocalizedText }
	| {
			kind: 'move';
			/** The action's main dimension, so every reason points at a measured dimension. */
			dimension: DimensionId;
			/** The steps of the move this action is the first to answer. */
			steps: MoveStep[];
			from: ParadigmVariant | null;
			to: ParadigmVariant;
			text: LocalizedText;
	  }
	| { kind: 'no_data'; dimension: DimensionId; text: LocalizedText };

export interface PlanItem {
	rank: number;
	actionId: string;
	score: number;
	reason: PlanReason;
}

export interface ActionPlan {
	items: PlanItem[];
}

const EFFECT_TEXT: Record<EffectLabel, LocalizedText> = {
	negligible: { en: 'negligible', fr: 'négligeable' },
	small: { en: 'small', fr: 'faible' },
	medium: { en: 'medium', fr: 'moyen' },
	large: { en: 'large', fr: 'fort' }
};

/** French "à" contracts with the article: "au leadership", "aux objectifs communs". */
function toLabel(frLabel: string): string {
	if (frLabel.startsWith('le ')) return `au ${frLabel.slice(3)}`;
	if (frLabel.startsWith('les ')) return `aux ${frLabel.slice(4)}`;
	return `à ${frLabel}`;
}
const round1 = (x: number): number => Math.round(x * 10) / 10 + 0;

type Finding = z.infer<typeof planInputSchema>['findings'][number];
type ParsedMove = NonNullable<z.infer<typeof planInputSchema>['move']>;

/** The more critical of the two views, and whose it is. */
function criticalView(
	f: Finding | undefined
): { score: number; view: 'frontline' | 'executive' } | null {
	if (!f) return null;
	if (f.frontline !== null && (f.executive === null || f.frontline <= f.executive)) {
		return { score: f.frontline, view: 'frontline' };
	}
	return f.executive === null ? null : { score: f.executive, view: 'executive' };
}

interface Scored {
	action: AlignmentAction;
	score: number;
	best:
		| { kind: 'dimension'; dimension: DimensionId; part: number }
		| { kind: 'move'; steps: MoveStep[] }
		| null;
}

function scoreAction(
	action: AlignmentAction,
	findings: ReadonlyMap<DimensionId, Finding>,
	move: ParsedMove | null,
	target: ParadigmVariant | null,
	coverage: ReadonlyMap<string, number>
): Scored {
	const w = PLAN_WEIGHTS;
	let sumOfParts = 0;
	let bestDim: { dimension: DimensionId; part: number } | null = null;
	for (const [rank, dimension] of action.dimensions.entries()) {
		const rankWeight = w.dimensionRankWeights[rank] ?? 0;
		const f = findings.get(dimension);
		const view = criticalView(f);
		const need = (view === null ? 0 : 100 - view.score) + (f?.gap ? w.gapPoints[f.gap.effect] : 0);
		const part = need * rankWeight * w.coverageDecay ** (coverage.get(dimension) ?? 0);
		sumOfParts += part;
		if (rankWeight > 0 && (bestDim === null || part > bestDim.part)) bestDim = { dimension, part };
	}
	const bestPart = bestDim?.part ?? 0;
	let score = bestPart + w.breadthShare * (sumOfParts - bestPart);

	const stepParts = action.moves
		.filter((step) => move?.steps.includes(step))
		.map((step) => ({
			step,
			part: w.movePoints * w.moveDecay ** (coverage.get(`move:${step}`) ?? 0)
		}))
		.sort((a, b) => b.part - a.part || MOVE_STEPS.indexOf(a.step) - MOVE_STEPS.indexOf(b.step))
		.slice(0, w.maxMoveSteps);
	for (const s of stepParts) score += s.part;

	if (target !== null) {
		score += action.paradigms.includes(paradigmOfVariant(target))
			? w.servesTarget
			: w.notServingTarget;
	} else {
		score += w.perParadigmServed * action.paradigms.length;
	}
	score += w.effort[action.effort];

	// A step nobody has answered yet outranks any dimension as the reason (see the header).
	const openSteps = MOVE_STEPS.filter(
		(step) =>
			action.moves.includes(step) &&
			move?.steps.includes(step) &&
			(coverage.get(`move:${step}`) ?? 0) === 0
	);
	const best: Scored['best'] =
		openSteps.length > 0
			? { kind: 'move', steps: openSteps }
			: bestDim
				? { kind: 'dimension', ...bestDim }
				: null;
	return { action, score, best };
}

function reasonFor(
	scored: Scored,
	findings: ReadonlyMap<DimensionId, Finding>,
	move: ParsedMove | null
): PlanReason {
	const primary = scored.action.dimensions[0] ?? DIMENSION_IDS[0];
	const best = scored.best;
	if (best?.kind === 'move' && move) {
		const to = VARIANT_NAMES[move.to];
		const step = {
			en: best.steps.map((s) => MOVE_STEP_TEXT[s].en).join(' '),
			fr: best.steps.map((s) => MOVE_STEP_TEXT[s].fr).join(' ')
		};
		const text: LocalizedText =
			move.from === null
				? {
						en: `To build the ${to.en} model: ${step.en}`,
						fr: `Pour construire le modèle ${to.fr}\u00a0: ${step.fr}`
					}
				: {
						en: `Moving from ${VARIANT_NAMES[move.from].en} to ${to.en}: ${step.en}`,
						fr: `Pour passer du paradigme ${VARIANT_NAMES[move.from].fr} au paradigme ${to.fr}\u00a0: ${step.fr}`
					};
		return {
			kind: 'move',
			dimension: primary,
			steps: best.steps,
			from: move.from,
			to: move.to,
			text
		};
	}
	const dimension = best?.kind === 'dimension' ? best.dimension : primary;
	const label = DIMENSION_LABELS[dimension];
	const f = findings.get(dimension);
	const view = criticalView(f);
	if (view === null) {
		return {
			kind: 'no_data',
			dimension,
			text: {
				en: `Results on ${label.en} are hidden or missing (too few answers); this is a foundation action for it.`,
				fr: `Les résultats sur ${label.fr} sont masqués ou manquants (trop peu de réponses)\u00a0; c’est une action de base sur ce point.`
			}
		};
	}
	if (f?.gap && PLAN_WEIGHTS.gapReasonEffects.includes(f.gap.effect)) {
		return gapReason(dimension, f.frontline, f.executive, f.gap.value, f.gap.effect);
	}
	const s = Math.round(view.score);
	if (view.score >= PLAN_WEIGHTS.strengthFrom) {
		return {
			kind: 'strength_upkeep',
			dimension,
			score: view.score,
			text: {
				en: `Relative strength: ${label.en} at ${s}/100; this action helps keep it there.`,
				fr: `Point fort relatif\u00a0: ${label.fr} à ${s}/100\u00a0; cette action aide à conserver cet acquis.`
			}
		};
	}
	const who: LocalizedText =
		view.view === 'frontline'
			? { en: 'frontline staff', fr: 'le terrain' }
			: { en: 'executives', fr: 'les dirigeants' };
	return {
		kind: 'weakness',
		dimension,
		score: view.score,
		text: {
			en: `Weak spot: ${label.en} at only ${s}/100 according to ${who.en}.`,
			fr: `Point faible\u00a0: ${label.fr} à seulement ${s}/100 selon ${who.fr}.`
		}
	};
}

function gapReason(
	dimension: DimensionId,
	frontline: number | null,
	executive: number | null,
	gap: number,
	effect: EffectLabel
): PlanReason {
	const label = DIMENSION_LABELS[dimension];
	const size = Math.round(Math.abs(gap));
	const e = EFFECT_TEXT[effect];
	let text: LocalizedText;
	if (frontline === null || executive === null) {
		text = {
			en: `Executives and frontline staff see ${label.en} differently: a ${e.en} gap of ${size} points.`,
			fr: `Dirigeants et terrain voient ${label.fr} différemment\u00a0: un écart ${e.fr} de ${size} points.`
		};
	} else if (gap >= 0) {
		text = {
			en: `Executives rate ${label.en} ${Math.round(executive)}/100 but frontline staff ${Math.round(frontline)}/100: a ${e.en} gap of ${size} points.`,
			fr: `Les dirigeants donnent ${Math.round(executive)}/100 ${toLabel(label.fr)}, le terrain ${Math.round(frontline)}/100\u00a0: un écart ${e.fr} de ${size} points.`
		};
	} else {
		text = {
			en: `Frontline staff rate ${label.en} ${Math.round(frontline)}/100 but executives only ${Math.round(executive)}/100: a ${e.en} gap of ${size} points.`,
			fr: `Le terrain donne ${Math.round(frontline)}/100 ${toLabel(label.fr)}, les dirigeants seulement ${Math.round(executive)}/100\u00a0: un écart ${e.fr} de ${size} points.`
		};
	}
	return { kind: 'gap', dimension, frontline, executive, gap, effect, text };
}

/** Throws a ZodError when the input is not a valid PlanInput. */
export function generatePlan(input: PlanInput): ActionPlan {
	const parsed = planInputSchema.parse(input);
	const findings = new Map(parsed.findings.map((f) => [f.dimension, f]));
	const move = parsed.move;
	const target = parsed.recommended ?? move?.to ?? null;
	const size = parsed.size ?? PLAN_WEIGHTS.defaultSize;

	const coverage = new Map<string, number>();
	const remaining = [...ACTION_LIBRARY];
	const items: PlanItem[] = [];
	while (items.length < size && remaining.length > 0) {
		const ranked = remaining
			.map((action) => scoreAction(action, findings, move, target, coverage))
			// Ties by plain code-unit order, not localeCompare, so no locale can change a plan.
			.sort((a, b) => b.score - a.score || (a.action.id < b.action.id ? -1 : 1));
		const pick = ranked[0];
		if (!pick) break;
		const reason = reasonFor(pick, findings, move);
		items.push({
			rank: items.length + 1,
			actionId: pick.action.id,
			score: round1(pick.score),
			reason
		});
		remaining.splice(remaining.indexOf(pick.action), 1);
		// Only the finding this action answers counts as covered: a broad action that merely touches
		// the worst finding must not stop that finding from getting an action of its own.
		coverage.set(reason.dimension, (coverage.get(reason.dimension) ?? 0) + 1);
		for (const step of pick.action.moves) {
			if (move?.steps.includes(step))
				coverage.set(`move:${step}`, (coverage.get(`move:${step}`) ?? 0) + 1);
		}
	}
	return { items };
}

// ——— Follow-up waves ———

export type MeasureId = DimensionId | StructureItemId;

/** Later wave minus earlier wave, with its 95% CI (0–100 points for dimensions, 1–7 for items). */
export interface MeasureChange {
	measure: MeasureId;
	difference: number;
	ciLow: number;
	ciHigh: number;
}

export type MeasureVerdict = 'improved' | 'no_clear_change' | 'worsened' | 'not_measured';
export type ActionVerdict = MeasureVerdict | 'mixed';

export interface MeasureFollowUp {
	measure: MeasureId;
	direction: 'increase' | 'decrease';
	verdict: MeasureVerdict;
	change: MeasureChange | null;
}

export interface ActionFollowUp {
	actionId: string;
	verdict: ActionVerdict;
	measures: MeasureFollowUp[];
	text: LocalizedText;
}

/** A change is "clear" only when its confidence interval excludes 0. */
export function measureVerdict(
	change: MeasureChange | null,
	direction: 'increase' | 'decrease'
): MeasureVerdict {
	if (change === null) return 'not_measured';
	const { difference, ciLow, ciHigh } = change;
	if (![difference, ciLow, ciHigh].every(Number.isFinite) || ciLow > ciHigh) {
		throw new RangeError(`invalid change for ${change.measure}: CI ${ciLow} to ${ciHigh}`);
	}
	const up = ciLow > 0;
	const down = ciHigh < 0;
	if (!up && !down) return 'no_clear_change';
	return up === (direction === 'increase') ? 'improved' : 'worsened';
}

function measureLabel(id: MeasureId): LocalizedText {
	return (
		(DIMENSION_LABELS as Record<string, LocalizedText>)[id] ??
		(STRUCTURE_ITEM_LABELS as Record<string, LocalizedText>)[id] ?? { en: id, fr: id }
	);
}

function describe(list: readonly MeasureFollowUp[], lang: 'en' | 'fr'): string {
	return list
		.map((m) => {
			const c = m.change as MeasureChange;
			const num = (x: number): string => numberText(x)[lang];
			const ci =
				lang === 'fr'
					? `IC à 95\u00a0% ${num(c.ciLow)} à ${num(c.ciHigh)}`
					: `95% CI ${num(c.ciLow)} to ${num(c.ciHigh)}`;
			return `${measureLabel(m.measure)[lang]} ${numberText(c.difference, 1, true)[lang]} (${ci})`;
		})
		.join(lang === 'fr' ? '\u00a0; ' : '; ');
}

function followUpText(verdict: ActionVerdict, measures: readonly MeasureFollowUp[]): LocalizedText {
	const improved = measures.filter((m) => m.verdict === 'improved');
	const worsened = measures.filter((m) => m.verdict === 'worsened');
	switch (verdict) {
		case 'improved':
			return {
				en: `Improved: ${describe(improved, 'en')}.`,
				fr: `En progrès\u00a0: ${describe(improved, 'fr')}.`
			};
		case 'worsened':
			return {
				en: `Worsened: ${describe(worsened, 'en')}.`,
				fr: `En recul\u00a0: ${describe(worsened, 'fr')}.`
			};
		case 'mixed':
			return {
				en: `Mixed: improved ${describe(improved, 'en')}; worsened ${describe(worsened, 'en')}.`,
				fr: `Contrasté\u00a0: en progrès ${describe(improved, 'fr')}\u00a0; en recul ${describe(worsened, 'fr')}.`
			};
		case 'no_clear_change':
			return {
				en: 'No clear change: the confidence intervals of the target measures include zero.',
				fr: 'Pas de changement net\u00a0: les intervalles de confiance des mesures visées contiennent zéro.'
			};
		case 'not_measured':
			return {
				en: 'Not measured in this wave (results hidden or missing).',
				fr: 'Non mesuré sur cette vague (résultats masqués ou manquants).'
			};
	}
}

/**
 * For each action of the previous plan, whether its target measures moved between the waves.
 * An id no longer in the library yields 'not_measured' with no measures rather than an error, so
 * an old plan still renders.
 */
export function followUpPlan(
	actionIds: readonly string[],
	changes: readonly MeasureChange[]
): ActionFollowUp[] {
	const byMeasure = new Map<MeasureId, MeasureChange>();
	for (const change of changes) {
		if (
			!(DIMENSION_IDS as readonly string[]).includes(change.measure) &&
			!(STRUCTURE_ITEM_IDS as readonly string[]).includes(change.measure)
		) {
			throw new RangeError(`unknown measure ${change.measure}`);
		}
		if (byMeasure.has(change.measure))
			throw new RangeError(`duplicate change for ${change.measure}`);
		byMeasure.set(change.measure, change);
	}
	return actionIds.map((actionId) => {
		const action = getAction(actionId);
		const targets: { measure: MeasureId; direction: 'increase' | 'decrease' }[] = action
			? [
					...action.measure.dimensions.map((measure) => ({
						measure,
						direction: 'increase' as const
					})),
					...action.measure.items.map((t) => ({ measure: t.item, direction: t.direction }))
				]
			: [];
		const measures = targets.map(({ measure, direction }) => {
			const change = byMeasure.get(measure) ?? null;
			return { measure, direction, change, verdict: measureVerdict(change, direction) };
		});
		const improved = measures.some((m) => m.verdict === 'improved');
		const worsened = measures.some((m) => m.verdict === 'worsened');
		const verdict: ActionVerdict =
			improved && worsened
				? 'mixed'
				: improved
					? 'improved'
					: worsened
						? 'worsened'
						: measures.some((m) => m.verdict === 'no_clear_change')
							? 'no_clear_change'
							: 'not_measured';
		return { actionId, verdict, measures, text: followUpText(verdict, measures) };
	});
}
