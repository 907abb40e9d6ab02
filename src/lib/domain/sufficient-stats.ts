/**
 * Sufficient statistics: the per-cell numbers the SQL layer returns, from which every published
 * figure is computed. They merge by plain addition, so a group's statistics are the sum of its
 * cells' and the order respondents arrive in cannot matter.
 *
 * Everything here is an integer. Scores are kept as "keys" (score × scale, where the scale makes
 * every possible score an integer: dimension scores are means of 2–4 items, so × 12), which keeps
 * sums exact: merging never rounds, and property tests can compare with strict equality.
 * Exactness holds while sums stay below 2^53, i.e. up to several million respondents.
 *
 * The builders from raw rows are the reference the SQL queries must reproduce.
 */
import {
	codedAnswer,
	isScorable,
	minDimensionsForIndex,
	tallyDimension,
	type Answers,
	type DimensionSpec
} from './scoring';
import {
	CELLS,
	cellId,
	cellsOf,
	type CellId,
	type GroupId,
	type SegmentFunction,
	type SegmentLevel
} from './segments';

export interface AnalysisSpec {
	readonly dimensions: readonly DimensionSpec[];
	/** Overall alignment item, 1 (not at all aligned) … 5 (highly aligned). */
	readonly overallItem: string;
	/** Meta-perception items on the same 1..5 scale: each level's guess of the other's rating. */
	readonly metaItems: { readonly execView: string; readonly frontlineView: string };
}

export const ALIGNMENT_INDEX_ID = 'alignment_index';
export const ALIGNMENT_SCALE_MAX = 5;

export type MeasureKind = 'dimension' | 'index' | 'overall' | 'meta';

export interface MeasureDef {
	readonly id: string;
	readonly kind: MeasureKind;
	/** Histogram key = score × scale, an integer for every possible score. */
	readonly scale: number;
}

export interface ItemDef {
	readonly id: string;
	readonly max: number;
	readonly reverse: boolean;
}

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

function lcmOf(values: readonly number[]): number {
	return values.reduce((acc, value) => (acc / gcd(acc, value)) * value, 1);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Least common multiple of every possible number of answered items: 12 for 4-item dimensions. */
export function dimensionScale(spec: AnalysisSpec): number {
	return lcmOf(
		spec.dimensions.flatMap((dimension) => {
			const p = dimension.items.length;
			return range(Math.ceil(p / 2), p);
		})
	);
}

/** The index averages 4..7 dimension scores, so its keys also need lcm(4, 5, 6, 7) = 420: × 5040. */
export function indexScale(spec: AnalysisSpec): number {
	const count = spec.dimensions.length;
	return dimensionScale(spec) * lcmOf(range(minDimensionsForIndex(count), count));
}

/** The measures, in report order: dimensions, alignment index, overall item, meta items. */
export function measureDefs(spec: AnalysisSpec): readonly MeasureDef[] {
	const dimScale = dimensionScale(spec);
	const defs: MeasureDef[] = [
		...spec.dimensions.map((d): MeasureDef => ({ id: d.id, kind: 'dimension', scale: dimScale })),
		{ id: ALIGNMENT_INDEX_ID, kind: 'index', scale: indexScale(spec) },
		{ id: spec.overallItem, kind: 'overall', scale: 1 },
		{ id: spec.metaItems.execView, kind: 'meta', scale: 1 },
		{ id: spec.metaItems.frontlineView, kind: 'meta', scale: 1 }
	];
	if (new Set(defs.map((def) => def.id)).size !== defs.length) {
		throw new Error('measure ids must be distinct');
	}
	return defs;
}

/** Every item whose answers are counted: the dimensions' items, then overall and meta items. */
export function itemDefs(spec: AnalysisSpec): readonly ItemDef[] {
	const alignment = (id: string): ItemDef => ({ id, max: ALIGNMENT_SCALE_MAX, reverse: false });
	return [
		...spec.dimensions.flatMap((d) => d.items.map((item) => ({ ...item, max: 7 }))),
		alignment(spec.overallItem),
		alignment(spec.metaItems.execView),
		alignment(spec.metaItems.frontlineView)
	];
}

export interface MeasureSums {
	readonly scale: number;
	readonly n: number;
	/** Σ key over respondents, key = score × scale. */
	readonly scaledSum: number;
	/** Σ key². */
	readonly scaledSumSq: number;
	/** key → number of respondents with that score; keys with no respondent are absent. */
	readonly histogram: Readonly<Record<number, number>>;
}

/** Answers per stored value: index 0 = "don't know", 1..7 the points of the scale, raw (not reverse-coded). */
export type ItemCounts = readonly number[];

/** Complete cases of one dimension (every item answered), on reverse-coded values: what α needs. */
export interface CompleteCaseSums {
	readonly n: number;
	readonly itemSums: readonly number[];
	/** crossProducts[i][j] = Σ x_i x_j. */
	readonly crossProducts: readonly (readonly number[])[];
}

export interface SegmentStats {
	readonly respondents: number;
	readonly measures: Readonly<Record<string, MeasureSums>>;
	readonly items: Readonly<Record<string, ItemCounts>>;
	/** Respondents who gave any answer ("don't know" included) to at least one item of the dimension. */
	readonly dimensionResponders: Readonly<Record<string, number>>;
	readonly completeCases: Readonly<Record<string, CompleteCaseSums>>;
}

export interface RespondentRow {
	readonly level: SegmentLevel;
	readonly fn: SegmentFunction;
	readonly answers: Answers;
}

const ITEM_VALUES = 8;

function emptyMeasure(scale: number): MeasureSums {
	return { scale, n: 0, scaledSum: 0, scaledSumSq: 0, histogram: {} };
}

function emptyCompleteCases(p: number): CompleteCaseSums {
	return {
		n: 0,
		itemSums: new Array<number>(p).fill(0),
		crossProducts: Array.from({ length: p }, () => new Array<number>(p).fill(0))
	};
}

export function emptySegmentStats(spec: AnalysisSpec): SegmentStats {
	return {
		respondents: 0,
		measures: Object.fromEntries(measureDefs(spec).map((def) => [def.id, emptyMeasure(def.scale)])),
		items: Object.fromEntries(
			itemDefs(spec).map((item) => [item.id, new Array<number>(ITEM_VALUES).fill(0)])
		),
		dimensionResponders: Object.fromEntries(spec.dimensions.map((d) => [d.id, 0])),
		completeCases: Object.fromEntries(
			spec.dimensions.map((d) => [d.id, emptyCompleteCases(d.items.length)])
		)
	};
}

/** Histogram keys of one respondent per measure (absent when the measure has no score). */
export function respondentKeys(
	answers: Answers,
	spec: AnalysisSpec
): Readonly<Record<string, number>> {
	const dimScale = dimensionScale(spec);
	const idxScale = indexScale(spec);
	const keys: Record<string, number> = {};
	const dimensionKeys: number[] = [];
	for (const dimension of spec.dimensions) {
		const { answered, sum } = tallyDimension(answers, dimension);
		if (!isScorable(answered, dimension.items.length)) continue;
		const key = (sum * dimScale) / answered;
		keys[dimension.id] = key;
		dimensionKeys.push(key);
	}
	if (dimensionKeys.length >= minDimensionsForIndex(spec.dimensions.length)) {
		const total = dimensionKeys.reduce((a, b) => a + b, 0);
		keys[ALIGNMENT_INDEX_ID] = (total * (idxScale / dimScale)) / dimensionKeys.length;
	}
	for (const id of [spec.overallItem, spec.metaItems.execView, spec.metaItems.frontlineView]) {
		const value = codedAnswer(answers[id], false, ALIGNMENT_SCALE_MAX);
		if (value !== null) keys[id] = value;
	}
	return keys;
}

function addKey(sums: MeasureSums, key: number): MeasureSums {
	return {
		scale: sums.scale,
		n: sums.n + 1,
		scaledSum: sums.scaledSum + key,
		scaledSumSq: sums.scaledSumSq + key * key,
		histogram: { ...sums.histogram, [key]: (sums.histogram[key] ?? 0) + 1 }
	};
}

function addRespondent(stats: SegmentStats, answers: Answers, spec: AnalysisSpec): SegmentStats {
	const keys = respondentKeys(answers, spec);
	const measures = Object.fromEntries(
		Object.entries(stats.measures).map(([id, sums]) => {
			const key = keys[id];
			return [id, key === undefined ? sums : addKey(sums, key)];
		})
	);
	const items = Object.fromEntries(
		itemDefs(spec).map((item) => {
			const counts = [...(stats.items[item.id] ?? new Array<number>(ITEM_VALUES).fill(0))];
			const raw = answers[item.id];
			// Validates the value; the raw answer is what gets counted.
			codedAnswer(raw, false, item.max);
			if (raw !== null && raw !== undefined) counts[raw] = (counts[raw] ?? 0) + 1;
			return [item.id, counts];
		})
	);
	const dimensionResponders: Record<string, number> = {};
	const completeCases: Record<string, CompleteCaseSums> = {};
	for (const dimension of spec.dimensions) {
		const raw = dimension.items.map((item) => answers[item.id]);
		const responded = raw.some((value) => value !== null && value !== undefined);
		dimensionResponders[dimension.id] =
			(stats.dimensionResponders[dimension.id] ?? 0) + (responded ? 1 : 0);
		const previous =
			stats.completeCases[dimension.id] ?? emptyCompleteCases(dimension.items.length);
		const coded = dimension.items.map((item) => codedAnswer(answers[item.id], item.reverse));
		const complete = coded.every((value) => value !== null);
		completeCases[dimension.id] = complete
			? addCompleteCase(previous, coded as number[])
			: previous;
	}
	return {
		respondents: stats.respondents + 1,
		measures,
		items,
		dimensionResponders,
		completeCases
	};
}

function addCompleteCase(sums: CompleteCaseSums, values: readonly number[]): CompleteCaseSums {
	return {
		n: sums.n + 1,
		itemSums: sums.itemSums.map((s, i) => s + (values[i] ?? 0)),
		crossProducts: sums.crossProducts.map((row, i) =>
			row.map((s, j) => s + (values[i] ?? 0) * (values[j] ?? 0))
		)
	};
}

/** Statistics of one set of respondents (reference implementation of the SQL aggregation). */
export function segmentStatsOf(answersList: readonly Answers[], spec: AnalysisSpec): SegmentStats {
	return answersList.reduce(
		(stats, answers) => addRespondent(stats, answers, spec),
		emptySegmentStats(spec)
	);
}

/** Statistics per atomic cell, every cell present (empty ones included). */
export function cellStatsOf(
	rows: readonly RespondentRow[],
	spec: AnalysisSpec
): Readonly<Record<CellId, SegmentStats>> {
	return Object.fromEntries(
		CELLS.map((cell) => [
			cell,
			segmentStatsOf(
				rows.filter((row) => cellId(row.level, row.fn) === cell).map((row) => row.answers),
				spec
			)
		])
	) as Record<CellId, SegmentStats>;
}

function mergeMeasure(a: MeasureSums, b: MeasureSums): MeasureSums {
	if (a.scale !== b.scale) throw new Error(`cannot merge scales ${a.scale} and ${b.scale}`);
	const histogram: Record<number, number> = { ...a.histogram };
	for (const [key, count] of Object.entries(b.histogram)) {
		histogram[Number(key)] = (histogram[Number(key)] ?? 0) + count;
	}
	return {
		scale: a.scale,
		n: a.n + b.n,
		scaledSum: a.scaledSum + b.scaledSum,
		scaledSumSq: a.scaledSumSq + b.scaledSumSq,
		histogram
	};
}

function addVectors(a: readonly number[], b: readonly number[]): number[] {
	if (a.length !== b.length) throw new Error('cannot merge vectors of different lengths');
	return a.map((value, i) => value + (b[i] ?? 0));
}

function mergeCompleteCases(a: CompleteCaseSums, b: CompleteCaseSums): CompleteCaseSums {
	if (a.crossProducts.length !== b.crossProducts.length) {
		throw new Error('cannot merge complete cases of different dimensions');
	}
	return {
		n: a.n + b.n,
		itemSums: addVectors(a.itemSums, b.itemSums),
		crossProducts: a.crossProducts.map((row, i) => addVectors(row, b.crossProducts[i] ?? []))
	};
}

/** Entries present on one side only are kept as they are (absent = nobody counted). */
function mergeRecords<T>(
	a: Readonly<Record<string, T>>,
	b: Readonly<Record<string, T>>,
	merge: (x: T, y: T) => T
): Record<string, T> {
	const result: Record<string, T> = { ...a };
	for (const [key, value] of Object.entries(b)) {
		const existing = result[key];
		result[key] = existing === undefined ? value : merge(existing, value);
	}
	return result;
}

/** Statistics of the union of two disjoint sets of respondents. Associative and commutative. */
export function mergeSegmentStats(a: SegmentStats, b: SegmentStats): SegmentStats {
	return {
		respondents: a.respondents + b.respondents,
		measures: mergeRecords(a.measures, b.measures, mergeMeasure),
		items: mergeRecords(a.items, b.items, addVectors),
		dimensionResponders: mergeRecords(
			a.dimensionResponders,
			b.dimensionResponders,
			(x, y) => x + y
		),
		completeCases: mergeRecords(a.completeCases, b.completeCases, mergeCompleteCases)
	};
}

export function mergeAllSegmentStats(
	list: readonly SegmentStats[],
	spec: AnalysisSpec
): SegmentStats {
	return list.reduce(mergeSegmentStats, emptySegmentStats(spec));
}

/** A published group's statistics: the merge of its cells. */
export function statsForGroup(
	byCell: Readonly<Record<CellId, SegmentStats>>,
	group: GroupId,
	spec: AnalysisSpec
): SegmentStats {
	return mergeAllSegmentStats(
		cellsOf(group).map((cell) => byCell[cell]),
		spec
	);
}
