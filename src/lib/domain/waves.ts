import { followUpPlan, type ActionFollowUp, type MeasureChange } from './action-plan';
import { momentsOf, welchDifference, type WelchDifference } from './gaps';
import type { MeasureSummary } from './group-stats';
import { DIMENSION_IDS, STRUCTURE_ITEM_IDS, type DimensionId } from './instrument';
import { isHidden, type Report, type Shown } from './report';

/** How one dimension moved between two waves, for everyone (later − earlier, 0–100 points). */
export interface DimensionWaveChange {
	dimension: DimensionId;
	earlier: number | null;
	later: number | null;
	/** Welch difference with its 95% CI; null when either wave is hidden or too small. */
	change: WelchDifference | null;
}

export interface WaveComparison {
	dimensions: DimensionWaveChange[];
	/** For each action of the earlier wave's plan: did the measures it targets move? */
	actions: ActionFollowUp[];
}

function visible(summary: Shown<MeasureSummary>): MeasureSummary | null {
	return isHidden(summary) ? null : summary;
}

function difference(
	earlier: Shown<MeasureSummary>,
	later: Shown<MeasureSummary>
): WelchDifference | null {
	const a = visible(later);
	const b = visible(earlier);
	const ma = a && momentsOf(a);
	const mb = b && momentsOf(b);
	return ma && mb ? welchDifference(ma, mb) : null;
}

function asMeasureChange(measure: MeasureChange['measure'], change: WelchDifference | null) {
	if (!change?.ci95) return [];
	return [
		{ measure, difference: change.difference, ciLow: change.ci95.lower, ciHigh: change.ci95.upper }
	];
}

/**
 * Compares a follow-up wave with the earlier one, using only what both reports publish (so the
 * comparison can never reveal more than the reports themselves): the change of each dimension
 * for everyone, and the verdict on each action of the earlier plan.
 */
export function compareWaves(
	earlier: Report,
	later: Report,
	earlierPlanActionIds: readonly string[]
): WaveComparison {
	const dimensions = DIMENSION_IDS.map((dimension): DimensionWaveChange => {
		const before = earlier.dimensions.find((d) => d.id === dimension)?.groups.all;
		const after = later.dimensions.find((d) => d.id === dimension)?.groups.all;
		const change = before && after ? difference(before, after) : null;
		return {
			dimension,
			earlier: before ? (visible(before)?.mean ?? null) : null,
			later: after ? (visible(after)?.mean ?? null) : null,
			change
		};
	});
	const changes: MeasureChange[] = [
		...dimensions.flatMap((d) => asMeasureChange(d.dimension, d.change)),
		...STRUCTURE_ITEM_IDS.flatMap((item) =>
			asMeasureChange(item, difference(earlier.structure[item].all, later.structure[item].all))
		)
	];
	return { dimensions, actions: followUpPlan(earlierPlanActionIds, changes) };
}
