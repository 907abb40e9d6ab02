/**
 * Which sets of cells an observer can total up from the published groups.
 *
 * Every published count, sum or histogram bar is a sum over atomic cells. Adding and subtracting
 * published figures therefore yields the figure of exactly those cell sets whose indicator
 * vector is a linear combination of the published groups' vectors: the linear span. With six
 * cells there are only 63 non-empty sets, so the audit simply checks each one, in exact integer
 * arithmetic.
 */
import { CELLS, type CellMask } from './segments';

const WIDTH = CELLS.length;
const ALL_SETS = Array.from({ length: (1 << WIDTH) - 1 }, (_, i) => i + 1);

function toVector(mask: CellMask): number[] {
	return Array.from({ length: WIDTH }, (_, i) => ((mask >> i) & 1) as number);
}

function gcd(a: number, b: number): number {
	let x = Math.abs(a);
	let y = Math.abs(b);
	while (y !== 0) [x, y] = [y, x % y];
	return x;
}

function normalize(vector: number[]): number[] {
	const divisor = vector.reduce(gcd, 0);
	return divisor > 1 ? vector.map((x) => x / divisor) : vector;
}

const pivotOf = (row: readonly number[]): number => row.findIndex((x) => x !== 0);

/** Removes from `vector` the components along the rows, which are in echelon form. */
function reduce(rows: readonly (readonly number[])[], vector: readonly number[]): number[] {
	let v = [...vector];
	for (const row of rows) {
		const p = pivotOf(row);
		const factor = v[p] ?? 0;
		if (factor === 0) continue;
		const scale = row[p] ?? 1;
		// Fraction-free elimination; dividing by the gcd keeps the integers small.
		v = normalize(v.map((x, i) => x * scale - (row[i] ?? 0) * factor));
	}
	return v;
}

/** A basis of the span of some cell sets, as echelon rows sorted by pivot column. */
export type SpanBasis = readonly (readonly number[])[];

export function spanBasis(generators: readonly CellMask[]): SpanBasis {
	const rows: number[][] = [];
	for (const mask of generators) {
		const rest = reduce(rows, toVector(mask));
		if (rest.every((x) => x === 0)) continue;
		rows.push(rest);
		rows.sort((a, b) => pivotOf(a) - pivotOf(b));
	}
	return rows;
}

export function isInSpan(basis: SpanBasis, mask: CellMask): boolean {
	return reduce(basis, toVector(mask)).every((x) => x === 0);
}

/** Every non-empty set of cells whose total can be derived from the generators' totals. */
export function derivableSets(generators: readonly CellMask[]): CellMask[] {
	const basis = spanBasis(generators);
	return ALL_SETS.filter((mask) => isInSpan(basis, mask));
}
