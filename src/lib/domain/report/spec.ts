/**
 * What the report analyses, read from the instrument: the seven dimensions with their reverse
 * items, the overall and meta items (the analysis spec the sufficient statistics are built for),
 * and the structure items the paradigm diagnosis needs.
 *
 * Structure items are not part of `SegmentStats`; their answers are counted per cell the same
 * way as the other items' (index 0 = "don't know", 1..7 the raw answer), and
 * `structureCountsOf` is the reference the SQL aggregation must reproduce.
 */
import {
	DIMENSIONS,
	META_ITEM_IDS,
	OVERALL_ITEM_ID,
	STRUCTURE_ITEM_IDS,
	STRUCTURE_ITEMS,
	type StructureItemId
} from '../instrument';
import { codedAnswer } from '../scoring';
import { CELLS, cellId, type CellId } from '../segments';
import type { AnalysisSpec, ItemCounts, RespondentRow } from '../sufficient-stats';

const [EXEC_VIEW, FRONTLINE_VIEW] = META_ITEM_IDS;

/** The instrument (v1) as the analysis sees it. */
export const REPORT_SPEC: AnalysisSpec = {
	dimensions: DIMENSIONS.map((dimension) => ({
		id: dimension.id,
		items: dimension.items.map((item) => ({ id: item.id, reverse: item.reverse }))
	})),
	overallItem: OVERALL_ITEM_ID,
	metaItems: { execView: EXEC_VIEW, frontlineView: FRONTLINE_VIEW }
};

/** Highest stored answer of each structure item (all on 7 points; 0 is "don't know"). */
export const STRUCTURE_ITEM_MAX: Readonly<Record<StructureItemId, number>> = Object.fromEntries(
	STRUCTURE_ITEMS.map((item) => [item.id, 7])
) as Record<StructureItemId, number>;

/** Answers per stored value (0..7) of each structure item. */
export type StructureCounts = Readonly<Record<StructureItemId, ItemCounts>>;

const ITEM_VALUES = 8;

export function emptyStructureCounts(): StructureCounts {
	return Object.fromEntries(
		STRUCTURE_ITEM_IDS.map((id) => [id, new Array<number>(ITEM_VALUES).fill(0)])
	) as Record<StructureItemId, number[]>;
}

/** Structure answers per atomic cell, every cell present (reference for the SQL). */
export function structureCountsOf(
	rows: readonly RespondentRow[]
): Readonly<Record<CellId, StructureCounts>> {
	const result = Object.fromEntries(
		CELLS.map((cell) => [cell, emptyStructureCounts() as Record<StructureItemId, number[]>])
	) as Record<CellId, Record<StructureItemId, number[]>>;
	for (const row of rows) {
		const counts = result[cellId(row.level, row.fn)];
		for (const id of STRUCTURE_ITEM_IDS) {
			const raw = row.answers[id];
			// Validates the value; the raw answer is what gets counted.
			codedAnswer(raw, false, STRUCTURE_ITEM_MAX[id]);
			if (raw !== null && raw !== undefined) counts[id][raw] = (counts[id][raw] ?? 0) + 1;
		}
	}
	return result;
}

/** Sums structure counts of several cells (a published group). */
export function mergeStructureCounts(list: readonly StructureCounts[]): StructureCounts {
	const total = emptyStructureCounts() as Record<StructureItemId, number[]>;
	for (const counts of list) {
		for (const id of STRUCTURE_ITEM_IDS) {
			total[id] = total[id].map((value, i) => value + (counts[id][i] ?? 0));
		}
	}
	return total;
}
