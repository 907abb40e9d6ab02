/**
 * The subtraction attacker, shared by the suppression and publication tests.
 *
 * Every published figure (a count, a sum, a histogram bar) is a sum over the six atomic cells, so
 * the figure of a set of cells can be derived exactly when the set's indicator vector lies in the
 * linear span of the published groups' indicator vectors. The attacker also gets the list of
 * empty cells (counts are non-negative, so a derived total of 0 reveals that every cell in it is
 * empty). All 63 non-empty sets of cells are checked: none that can be derived may hold between
 * 1 and k − 1 people. Sums of scores and means are additive over cells in exactly the same way
 * as counts (a mean is a sum divided by a count), so a set whose count cannot be derived cannot
 * have its sum or mean derived either: this covers every published statistic built from sums.
 *
 * This is a separate implementation from the module's own check: floating-point Gauss–Jordan
 * elimination with a tolerance, instead of the module's exact integer elimination.
 */
import {
	CELLS,
	GROUPS,
	cellsOf,
	type CellCounts,
	type CellId,
	type GroupId
} from '$lib/domain/segments';
import type { Disclosure } from '$lib/domain/suppression';

const indicator = (cells: readonly CellId[]): number[] =>
	CELLS.map((c) => (cells.includes(c) ? 1 : 0));

function rank(vectors: readonly number[][]): number {
	const m = vectors.map((v) => [...v]);
	let r = 0;
	for (let col = 0; col < CELLS.length && r < m.length; col++) {
		let pivot = -1;
		for (let i = r; i < m.length; i++) {
			const size = Math.abs(m[i]?.[col] ?? 0);
			if (size > 1e-9 && (pivot < 0 || size > Math.abs(m[pivot]?.[col] ?? 0))) pivot = i;
		}
		if (pivot < 0) continue;
		[m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
		const row = m[r] as number[];
		const lead = row[col] ?? 1;
		for (let j = 0; j < row.length; j++) row[j] = (row[j] ?? 0) / lead;
		for (let i = 0; i < m.length; i++) {
			if (i === r) continue;
			const other = m[i] as number[];
			const factor = other[col] ?? 0;
			for (let j = 0; j < other.length; j++) other[j] = (other[j] ?? 0) - factor * (row[j] ?? 0);
		}
		r++;
	}
	return r;
}

const subsets: CellId[][] = Array.from({ length: 63 }, (_, i) =>
	CELLS.filter((_, bit) => ((i + 1) >> bit) & 1)
);

const isExecutiveCell = (cell: CellId): boolean => cell.startsWith('executive:');

/** Threshold for a set of people: execK if they are all executives, else k. */
export const baseThreshold =
	(k: number, execK: number) =>
	(people: readonly CellId[]): number =>
		people.length > 0 && people.every(isExecutiveCell) ? execK : k;

export interface Leak {
	readonly cells: readonly CellId[];
	readonly total: number;
}

/** Sets of cells derivable from the visible groups whose total is between 1 and threshold − 1. */
export function leaks(
	visibleGroups: readonly GroupId[],
	count: CellCounts,
	threshold: (people: readonly CellId[]) => number,
	knowsEmptyCells = true
): Leak[] {
	const known = visibleGroups.map((g) => indicator(cellsOf(g)));
	if (knowsEmptyCells) {
		for (const cell of CELLS) if (count[cell] === 0) known.push(indicator([cell]));
	}
	const base = rank(known);
	const found: Leak[] = [];
	for (const cells of subsets) {
		if (rank([...known, indicator(cells)]) !== base) continue;
		const total = cells.reduce((sum, c) => sum + count[c], 0);
		const people = cells.filter((c) => count[c] > 0);
		if (total >= 1 && total < threshold(people)) found.push({ cells, total });
	}
	return found;
}

export const visibleIn = (table: Readonly<Record<GroupId, Disclosure>>): GroupId[] =>
	GROUPS.filter((g) => table[g].visible);
