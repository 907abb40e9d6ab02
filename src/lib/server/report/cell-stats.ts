/**
 * Runs the report's SQL (./queries.ts) for one diagnostic and turns the rows into the domain's
 * per-cell sufficient statistics, structure counts and comments: exactly what `cellStatsOf`,
 * `structureCountsOf` and the comment rows would give from the raw answers.
 */
import type { Database } from '../db/client';
import {
	JOB_FUNCTIONS,
	LEVELS,
	STRUCTURE_ITEM_IDS,
	type JobFunction,
	type Level,
	type StructureItemId
} from '$lib/domain/instrument';
import { REPORT_SPEC, emptyStructureCounts, type StructureCounts } from '$lib/domain/report';
import { reportingLevel, type ExecutiveMode } from '$lib/domain/reporting-level';
import { CELLS, cellId, type CellId } from '$lib/domain/segments';
import {
	emptySegmentStats,
	type CompleteCaseSums,
	type ItemCounts,
	type MeasureSums,
	type SegmentStats
} from '$lib/domain/sufficient-stats';
import type { CommentRow } from '$lib/domain/suppression';
import { sql } from 'drizzle-orm';
import {
	COUNTED_ITEMS,
	KEYED_MEASURES,
	PLAIN_MEASURE_ITEMS,
	cellTotalsQuery,
	commentsQuery,
	measureHistogramsQuery
} from './queries';

const spec = REPORT_SPEC;
const ITEM_VALUES = 8;

/** What the report is built from. */
export interface ReportData {
	readonly cells: Readonly<Record<CellId, SegmentStats>>;
	readonly structure: Readonly<Record<CellId, StructureCounts>>;
	/** Sorted by cell, then text (code-unit order): no trace of the order of arrival. */
	readonly comments: readonly CommentRow[];
}

/** Rows of `db.execute()`: postgres.js returns an array, PGlite an object with `rows`. */
function rowsOf(result: unknown): Record<string, unknown>[] {
	if (Array.isArray(result)) return result as Record<string, unknown>[];
	return (result as { rows?: Record<string, unknown>[] }).rows ?? [];
}

/** An integer from the database (number, bigint or int8 text), refused unless exact in JS. */
function exactInteger(value: unknown, what: string): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'bigint' || typeof value === 'string'
				? Number(value)
				: Number.NaN;
	if (!Number.isSafeInteger(number) || (typeof value === 'string' && String(number) !== value)) {
		throw new RangeError(`${what}: ${String(value)} is not an exact integer`);
	}
	return number;
}

function integers(value: unknown, what: string): number[] {
	if (!Array.isArray(value)) throw new TypeError(`${what}: expected an array`);
	return value.map((entry) => exactInteger(entry, what));
}

function cellOf(row: Record<string, unknown>): CellId {
	const cell = CELLS[exactInteger(row.cell, 'cell')];
	if (cell === undefined) throw new Error(`bad cell ${String(row.cell)}`);
	return cell;
}

/** Reads a flat array in order, failing if the layout and the array disagree. */
class Cursor {
	private index = 0;
	constructor(
		private readonly values: readonly number[],
		private readonly what: string
	) {}
	take(count: number): number[] {
		const slice = this.values.slice(this.index, this.index + count);
		if (slice.length !== count) throw new Error(`${this.what}: fewer values than expected`);
		this.index += count;
		return slice;
	}
	next(): number {
		return this.take(1)[0] as number;
	}
	end(): void {
		if (this.index !== this.values.length)
			throw new Error(`${this.what}: more values than expected`);
	}
}

interface Totals {
	respondents: number;
	items: Record<string, number[]>;
	dimensionResponders: Record<string, number>;
	completeCases: Record<string, CompleteCaseSums>;
	plain: Record<string, { n: number; sum: number; sumSq: number }>;
}

function parseTotals(row: Record<string, unknown>): Totals {
	const items: Record<string, number[]> = {};
	const counts = new Cursor(integers(row.item_counts, 'item_counts'), 'item_counts');
	for (const item of COUNTED_ITEMS) {
		const values = new Array<number>(ITEM_VALUES).fill(0);
		counts.take(item.max + 1).forEach((count, value) => (values[value] = count));
		items[item.id] = values;
	}
	counts.end();

	const responders = new Cursor(integers(row.responders, 'responders'), 'responders');
	const dimensionResponders = Object.fromEntries(
		spec.dimensions.map((dimension) => [dimension.id, responders.next()])
	);
	responders.end();

	const complete = new Cursor(integers(row.complete, 'complete'), 'complete');
	const completeCases = Object.fromEntries(
		spec.dimensions.map((dimension): [string, CompleteCaseSums] => {
			const p = dimension.items.length;
			const n = complete.next();
			const itemSums = complete.take(p);
			const crossProducts = Array.from({ length: p }, () => new Array<number>(p).fill(0));
			for (let i = 0; i < p; i++) {
				for (let j = i; j < p; j++) {
					const value = complete.next();
					(crossProducts[i] as number[])[j] = value;
					(crossProducts[j] as number[])[i] = value;
				}
			}
			return [dimension.id, { n, itemSums, crossProducts }];
		})
	);
	complete.end();

	const plainValues = new Cursor(integers(row.plain, 'plain'), 'plain');
	const plain = Object.fromEntries(
		PLAIN_MEASURE_ITEMS.map((id) => {
			const [n = 0, sum = 0, sumSq = 0] = plainValues.take(3);
			return [id, { n, sum, sumSq }];
		})
	);
	plainValues.end();

	return {
		respondents: exactInteger(row.respondents, 'respondents'),
		items,
		dimensionResponders,
		completeCases,
		plain
	};
}

function histogramOf(keys: readonly number[], counts: readonly number[]): Record<number, number> {
	if (keys.length !== counts.length) throw new Error('histogram keys and counts differ in length');
	return Object.fromEntries(keys.map((key, i) => [key, counts[i] as number]));
}

function assemble(
	totalsRows: readonly Record<string, unknown>[],
	measureRows: readonly Record<string, unknown>[]
): Pick<ReportData, 'cells' | 'structure'> {
	const scales = emptySegmentStats(spec).measures;
	const totals = new Map<CellId, Totals>();
	for (const row of totalsRows) totals.set(cellOf(row), parseTotals(row));

	const keyed = new Map<CellId, Record<string, MeasureSums>>();
	for (const row of measureRows) {
		const cell = cellOf(row);
		const id = KEYED_MEASURES[exactInteger(row.measure, 'measure')];
		const scale = id === undefined ? undefined : scales[id]?.scale;
		if (id === undefined || scale === undefined) throw new Error('unknown measure');
		const byMeasure = keyed.get(cell) ?? {};
		byMeasure[id] = {
			scale,
			n: exactInteger(row.n, 'n'),
			scaledSum: exactInteger(row.scaled_sum, 'scaled_sum'),
			scaledSumSq: exactInteger(row.scaled_sum_sq, 'scaled_sum_sq'),
			histogram: histogramOf(integers(row.keys, 'keys'), integers(row.counts, 'counts'))
		};
		keyed.set(cell, byMeasure);
	}

	const cells = {} as Record<CellId, SegmentStats>;
	const structure = {} as Record<CellId, StructureCounts>;
	for (const cell of CELLS) {
		const empty = emptySegmentStats(spec);
		const t = totals.get(cell);
		if (t === undefined) {
			if (keyed.has(cell)) throw new Error(`scores without respondents in ${cell}`);
			cells[cell] = empty;
			structure[cell] = emptyStructureCounts();
			continue;
		}
		const measures: Record<string, MeasureSums> = { ...empty.measures };
		Object.assign(measures, keyed.get(cell) ?? {});
		for (const id of PLAIN_MEASURE_ITEMS) {
			const sums = t.plain[id];
			const counts = t.items[id];
			if (sums === undefined || counts === undefined) throw new Error(`no totals for ${id}`);
			const histogram: Record<number, number> = {};
			counts.forEach((count, value) => {
				if (value > 0 && count > 0) histogram[value] = count;
			});
			measures[id] = {
				scale: 1,
				n: sums.n,
				scaledSum: sums.sum,
				scaledSumSq: sums.sumSq,
				histogram
			};
		}
		cells[cell] = {
			respondents: t.respondents,
			measures,
			items: Object.fromEntries(
				Object.keys(empty.items).map((id) => [id, t.items[id] as number[]])
			),
			dimensionResponders: t.dimensionResponders,
			completeCases: t.completeCases
		};
		const counts = emptyStructureCounts() as Record<StructureItemId, ItemCounts>;
		for (const id of STRUCTURE_ITEM_IDS) counts[id] = t.items[id] ?? counts[id];
		structure[cell] = counts;
	}
	return { cells, structure };
}

function commentRows(rows: readonly Record<string, unknown>[], mode: ExecutiveMode): CommentRow[] {
	return rows
		.map((row): CommentRow => {
			const level = row.level as Level;
			const fn = row.fn as JobFunction;
			if (!LEVELS.includes(level) || !JOB_FUNCTIONS.includes(fn)) {
				throw new Error('comment with an unknown level or function');
			}
			if (typeof row.body !== 'string') throw new Error('comment without text');
			return { cell: cellId(reportingLevel(level, mode), fn), text: row.body };
		})
		.sort((a, b) =>
			a.cell !== b.cell
				? a.cell < b.cell
					? -1
					: 1
				: a.text < b.text
					? -1
					: a.text > b.text
						? 1
						: 0
		);
}

/**
 * Everything the report of one diagnostic needs from the database, read in one read-only
 * snapshot so that counts, scores and comments describe the same set of responses.
 */
export async function loadReportData(
	db: Database,
	diagnosticId: string,
	executiveMode: ExecutiveMode
): Promise<ReportData> {
	return db.transaction(
		async (tx) => {
			// Compiling these wide expressions with LLVM costs far more than it saves below
			// millions of rows, and PostgreSQL's default cost threshold would trigger it.
			await tx.execute(sql`set local jit = off`);
			const totals = rowsOf(await tx.execute(cellTotalsQuery(diagnosticId, executiveMode)));
			const measures = rowsOf(
				await tx.execute(measureHistogramsQuery(diagnosticId, executiveMode))
			);
			const comments = rowsOf(await tx.execute(commentsQuery(diagnosticId)));
			return { ...assemble(totals, measures), comments: commentRows(comments, executiveMode) };
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}
