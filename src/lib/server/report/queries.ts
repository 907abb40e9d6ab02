/**
 * The SQL of the report: per-cell sufficient statistics of one diagnostic, computed in the
 * database with integer arithmetic only, so that PGlite and PostgreSQL return the same numbers
 * and `cellStatsOf` (src/lib/domain/sufficient-stats.ts) on the raw rows gives them exactly.
 *
 * Two statements, run in one read-only snapshot:
 *
 *  - `cellTotalsQuery`, one pass grouped by cell: respondents; per item the answers counted by
 *    stored value (0 = "don't know" … max); per dimension the people who gave any answer; per
 *    dimension the complete cases (every item answered on the scale) with their item sums and
 *    cross products on reverse-coded values; n, Σx and Σx² of the overall and meta items.
 *  - `measureHistogramsQuery`: each respondent's dimension scores and alignment index as integer
 *    keys (score × scale, as in `respondentKeys`), counted per cell, measure and key, then n,
 *    Σkey and Σkey² per cell and measure from those counts.
 *
 * A respondent's dimension key is Σ coded answers × 12 / answered when at least half the items
 * are answered (12 is divisible by every possible count, so the division is exact); the index
 * key is Σ dimension keys × 420 / count of scored dimensions when at least 4 of 7 are scored.
 * Coding: 0 ("don't know") and null are missing; reverse items are 8 − x.
 *
 * The cell is the reporting level (a CASE on the stored level, from `reportingLevel` for the
 * diagnostic's executive mode) × function, returned as its index in CELLS. Column names come from
 * the instrument through `itemColumn`; the diagnostic id and the level and function names are bind
 * parameters; the only literals are integers computed from the instrument (see `int`).
 *
 * Cost: one scan per statement and a few hundred aggregates per row, linear in responses. The
 * first statement runs as a parallel aggregate on PostgreSQL; JIT is switched off for these
 * statements (see cell-stats.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import { LEVELS, STRUCTURE_ITEM_IDS, type ItemId } from '$lib/domain/instrument';
import { REPORT_SPEC, STRUCTURE_ITEM_MAX } from '$lib/domain/report';
import { reportingLevel, type ExecutiveMode } from '$lib/domain/reporting-level';
import { AGREEMENT_MAX, minDimensionsForIndex } from '$lib/domain/scoring';
import { SEGMENT_FUNCTIONS, SEGMENT_LEVELS } from '$lib/domain/segments';
import {
	ALIGNMENT_INDEX_ID,
	dimensionScale,
	indexScale,
	itemDefs
} from '$lib/domain/sufficient-stats';
import { itemColumn } from '../db/schema';

const spec = REPORT_SPEC;

/** One counted item: its column and the stored values counted (0 = "don't know" … max). */
export interface CountedItem {
	readonly id: string;
	readonly max: number;
}

/** Items whose answers are counted, in the order their counts come back. */
export const COUNTED_ITEMS: readonly CountedItem[] = [
	...itemDefs(spec).map((item) => ({ id: item.id, max: item.max })),
	...STRUCTURE_ITEM_IDS.map((id) => ({ id, max: STRUCTURE_ITEM_MAX[id] }))
];

/** Items whose n, Σx and Σx² come from the first statement (scale 1: the answer is the key). */
export const PLAIN_MEASURE_ITEMS: readonly string[] = [
	spec.overallItem,
	spec.metaItems.execView,
	spec.metaItems.frontlineView
];

/** Measures whose keys are computed per respondent, in the order of `measureHistogramsQuery`. */
export const KEYED_MEASURES: readonly string[] = [
	...spec.dimensions.map((dimension) => dimension.id),
	ALIGNMENT_INDEX_ID
];

const column = (itemId: string): SQL => sql`${sql.identifier(itemColumn(itemId as ItemId))}`;

/**
 * An integer constant of the analysis (scales, thresholds, values), written into the SQL as a
 * literal so the planner sees it; only ever a number computed from the instrument.
 */
function int(value: number): SQL {
	if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer constant: ${value}`);
	return sql.raw(String(value));
}

const REVERSE_BASE = int(AGREEMENT_MAX + 1);

/** The coded answer: null when missing or "don't know", 8 − x for reverse items. */
function coded(itemId: string, reverse: boolean): SQL {
	const value = sql`nullif(${column(itemId)}, 0)`;
	return reverse ? sql`(${REVERSE_BASE} - ${value})` : value;
}

/** The same, for rows where the answer is known to be on the scale. */
function codedKnown(itemId: string, reverse: boolean): SQL {
	return reverse ? sql`(${REVERSE_BASE} - ${column(itemId)})` : column(itemId);
}

/**
 * The row's atomic cell as its index in CELLS (reporting level × function, levels mapped per the
 * executive mode by `reportingLevel`). Grouping on a small integer is cheaper than on two texts.
 */
function cellIndexOf(mode: ExecutiveMode): SQL {
	const levelBranches = LEVELS.map((level) => {
		const offset = SEGMENT_LEVELS.indexOf(reportingLevel(level, mode)) * SEGMENT_FUNCTIONS.length;
		return sql`when ${level} then ${int(offset)}`;
	});
	const functionBranches = SEGMENT_FUNCTIONS.map((fn, index) => sql`when ${fn} then ${int(index)}`);
	return sql`(case ${sql.identifier('level')} ${sql.join(levelBranches, sql` `)} end
		+ case ${sql.identifier('function')} ${sql.join(functionBranches, sql` `)} end)`;
}

function ofDiagnostic(diagnosticId: string): SQL {
	return sql`from ${sql.identifier('responses')} where ${sql.identifier('diagnostic_id')} = ${diagnosticId}`;
}

/**
 * One row per non-empty cell: cell (index in CELLS), respondents, item_counts (COUNTED_ITEMS ×
 * values 0..max, flattened), responders (per dimension), complete (per dimension: n, the p item
 * sums, then the p(p + 1)/2 cross products of the upper triangle, row by row), plain (per
 * PLAIN_MEASURE_ITEMS: n, Σx, Σx²). Every number is an integer (int4: a cast that does not fit
 * fails loudly rather than wrapping).
 */
export function cellTotalsQuery(diagnosticId: string, mode: ExecutiveMode): SQL {
	const itemCounts = COUNTED_ITEMS.flatMap((item) =>
		Array.from(
			{ length: item.max + 1 },
			(_, value) => sql`count(*) filter (where ${column(item.id)} = ${int(value)})`
		)
	);
	const responders = spec.dimensions.map(
		(dimension) =>
			sql`count(coalesce(${sql.join(
				dimension.items.map((item) => column(item.id)),
				sql`, `
			)}))`
	);
	const complete = spec.dimensions.flatMap((dimension) => {
		const everyAnswer = sql.join(
			dimension.items.map((item) => sql`${column(item.id)} > 0`),
			sql` and `
		);
		const filter = sql`filter (where ${everyAnswer})`;
		const values = dimension.items.map((item) => codedKnown(item.id, item.reverse));
		const products = values.flatMap((a, i) => values.slice(i).map((b) => sql`${a} * ${b}`));
		return [
			sql`count(*) ${filter}`,
			...values.map((value) => sql`coalesce(sum(${value}) ${filter}, 0)`),
			...products.map((product) => sql`coalesce(sum(${product}) ${filter}, 0)`)
		];
	});
	const plain = PLAIN_MEASURE_ITEMS.flatMap((id) => {
		const value = coded(id, false);
		return [
			sql`count(${value})`,
			sql`coalesce(sum(${value}), 0)`,
			sql`coalesce(sum(${value} * ${value}), 0)`
		];
	});
	const array = (parts: SQL[]): SQL => sql`array[${sql.join(parts, sql`, `)}]::int4[]`;
	return sql`select ${cellIndexOf(mode)} as cell,
		count(*)::int4 as respondents,
		${array(itemCounts)} as item_counts,
		${array(responders)} as responders,
		${array(complete)} as complete,
		${array(plain)} as plain
		${ofDiagnostic(diagnosticId)}
		group by 1`;
}

/**
 * One row per cell and measure that has at least one key: cell, measure (index in
 * KEYED_MEASURES), n, scaled_sum, scaled_sum_sq (int8), keys and counts (int4[], by key).
 */
export function measureHistogramsQuery(diagnosticId: string, mode: ExecutiveMode): SQL {
	const dimScale = dimensionScale(spec);
	const keyName = (index: number) => sql.identifier(`k${index}`);
	const dimensionKeys = spec.dimensions.map((dimension, index) => {
		const codedItems = dimension.items.map((item) => coded(item.id, item.reverse));
		const answered = sql`num_nonnulls(${sql.join(codedItems, sql`, `)})`;
		const sum = sql.join(
			codedItems.map((value) => sql`coalesce(${value}, 0)`),
			sql` + `
		);
		const p = dimension.items.length;
		return sql`case when 2 * ${answered} >= ${int(p)} then (${sum}) * ${int(dimScale)} / ${answered} end as ${keyName(index)}`;
	});
	const dimensionRefs = spec.dimensions.map((_, index) => keyName(index));
	const present = sql`num_nonnulls(${sql.join(dimensionRefs, sql`, `)})`;
	const total = sql.join(
		dimensionRefs.map((ref) => sql`coalesce(${ref}, 0)`),
		sql` + `
	);
	const indexKey = sql`case when ${present} >= ${int(minDimensionsForIndex(spec.dimensions.length))}
		then (${total}) * ${int(indexScale(spec) / dimScale)} / ${present} end`;
	const measures = KEYED_MEASURES.map((_, index) => int(index));
	// The dimension keys are computed once per respondent behind OFFSET 0 (otherwise the planner
	// would paste each key's expression into every place that uses it, the index three times);
	// then each respondent becomes one row per measure (two arrays unnested in lockstep), and the
	// rows are counted per cell, measure and key.
	return sql`select cell, measure, sum(hits)::int4 as n,
		sum(score_key::int8 * hits)::int8 as scaled_sum,
		sum(score_key::int8 * score_key * hits)::int8 as scaled_sum_sq,
		array_agg(score_key order by score_key)::int4[] as keys,
		array_agg(hits order by score_key)::int4[] as counts
		from (
			select cell, measure, score_key, count(*) as hits
			from (
				select cell,
					unnest(array[${sql.join(measures, sql`, `)}]) as measure,
					unnest(array[${sql.join(dimensionRefs, sql`, `)}, ${indexKey}]) as score_key
				from (
					select ${cellIndexOf(mode)} as cell, ${sql.join(dimensionKeys, sql`, `)}
					${ofDiagnostic(diagnosticId)}
					offset 0
				) scored
			) unpivoted
			where score_key is not null
			group by 1, 2, 3
		) counted
		group by cell, measure`;
}

/** The comments of a diagnostic with their author's group; no id, no order of arrival. */
export function commentsQuery(diagnosticId: string): SQL {
	return sql`select ${sql.identifier('level')} as level, ${sql.identifier('function')} as fn,
		${sql.identifier('body')} as body
		from ${sql.identifier('response_comments')}
		where ${sql.identifier('diagnostic_id')} = ${diagnosticId}`;
}
