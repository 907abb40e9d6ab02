/**
 * Glue between the statistics and the suppression gate: which counts protect which figures, and
 * the group summary as it may leave the server.
 */
import type { Gap, BlindSpot } from './gaps';
import type { DimensionSummary, GroupSummary, MeasureSummary, OverallSummary } from './group-stats';
import type { Reliability } from './reliability';
import { CELLS, type CellCounts, type CellId, type GroupId, type SegmentLevel } from './segments';
import {
	ALIGNMENT_INDEX_ID,
	type AnalysisSpec,
	type SegmentStats,
	itemDefs
} from './sufficient-stats';
import {
	disclosureOf,
	planSuppression,
	publish,
	publishCombined,
	type Disclosure,
	type Published,
	type SuppressionOptions,
	type SuppressionPlan
} from './suppression';

/** Quantity id of one item's answer distribution. */
export const itemQuantity = (itemId: string): string => `item:${itemId}`;
/** Quantity id of a dimension's Cronbach's α. */
export const alphaQuantity = (dimensionId: string): string => `alpha:${dimensionId}`;

function perCell(
	byCell: Readonly<Record<CellId, SegmentStats>>,
	read: (stats: SegmentStats) => number
): CellCounts {
	return Object.fromEntries(CELLS.map((cell) => [cell, read(byCell[cell])])) as Record<
		CellId,
		number
	>;
}

/**
 * Every count a report built from these statistics publishes, per cell: the measure's n first,
 * then the people behind its shares ("don't know" included) when that number differs.
 */
export function planFromCellStats(
	byCell: Readonly<Record<CellId, SegmentStats>>,
	spec: AnalysisSpec,
	options: SuppressionOptions = {}
): SuppressionPlan {
	const measureN = (id: string) => perCell(byCell, (s) => s.measures[id]?.n ?? 0);
	const itemResponses = (id: string) =>
		perCell(byCell, (s) => (s.items[id] ?? []).reduce((a, b) => a + b, 0));
	const quantities: Record<string, readonly CellCounts[]> = {};
	for (const dimension of spec.dimensions) {
		quantities[dimension.id] = [
			measureN(dimension.id),
			perCell(byCell, (s) => s.dimensionResponders[dimension.id] ?? 0)
		];
		quantities[alphaQuantity(dimension.id)] = [
			perCell(byCell, (s) => s.completeCases[dimension.id]?.n ?? 0)
		];
	}
	quantities[ALIGNMENT_INDEX_ID] = [measureN(ALIGNMENT_INDEX_ID)];
	for (const id of [spec.overallItem, spec.metaItems.execView, spec.metaItems.frontlineView]) {
		quantities[id] = [measureN(id), itemResponses(id)];
	}
	for (const item of itemDefs(spec)) quantities[itemQuantity(item.id)] = [itemResponses(item.id)];
	return planSuppression({
		...options,
		respondents: perCell(byCell, (s) => s.respondents),
		quantities
	});
}

export interface PublishedGroupSummary {
	readonly respondents: Disclosure;
	readonly dimensions: Readonly<Record<string, Published<DimensionSummary>>>;
	readonly index: Published<MeasureSummary>;
	readonly overall: Published<OverallSummary>;
	readonly meta: {
		readonly execView: Published<MeasureSummary>;
		readonly frontlineView: Published<MeasureSummary>;
	};
}

export function publishGroupSummary(
	plan: SuppressionPlan,
	group: GroupId,
	summary: GroupSummary,
	spec: AnalysisSpec
): PublishedGroupSummary {
	return {
		respondents: disclosureOf(plan, null, group),
		dimensions: Object.fromEntries(
			Object.entries(summary.dimensions).map(([id, value]) => [id, publish(plan, id, group, value)])
		),
		index: publish(plan, ALIGNMENT_INDEX_ID, group, summary.index),
		overall: publish(plan, spec.overallItem, group, summary.overall),
		meta: {
			execView: publish(plan, spec.metaItems.execView, group, summary.meta.execView),
			frontlineView: publish(plan, spec.metaItems.frontlineView, group, summary.meta.frontlineView)
		}
	};
}

/** A gap on one measure between two groups: shown only when both groups are. */
export function publishGap(
	plan: SuppressionPlan,
	measure: string,
	a: GroupId,
	b: GroupId,
	value: Gap | null
): Published<Gap | null> {
	return publishCombined(
		plan,
		[
			[measure, a],
			[measure, b]
		],
		value
	);
}

/** A blind spot uses one level's meta answers and the other level's overall answers. */
export function publishBlindSpot(
	plan: SuppressionPlan,
	spec: AnalysisSpec,
	guessing: SegmentLevel,
	value: BlindSpot | null
): Published<BlindSpot | null> {
	const other: SegmentLevel = guessing === 'executive' ? 'frontline' : 'executive';
	const guessItem =
		guessing === 'executive' ? spec.metaItems.frontlineView : spec.metaItems.execView;
	return publishCombined(
		plan,
		[
			[guessItem, guessing],
			[spec.overallItem, other]
		],
		value
	);
}

export function publishReliability(
	plan: SuppressionPlan,
	group: GroupId,
	dimensionId: string,
	value: Reliability
): Published<Reliability> {
	return publish(plan, alphaQuantity(dimensionId), group, value);
}
