/**
 * The progress table's suppression (pure function; it sits here because the progress page is
 * the only caller). The property test plays an observer who adds and subtracts every figure
 * on the page, knowing even which cells are empty, and checks that no group below k comes out,
 * except through the overall total, which the page always shows by design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressFigure, ProgressTable } from '../../../src/lib/components/diagnostics/types';
import { derivableSets, isInSpan, spanBasis } from '../../../src/lib/domain/disclosure-audit';
import { JOB_FUNCTIONS, LEVELS } from '../../../src/lib/domain/instrument';
import {
	CELLS,
	EXECUTIVE_MASK,
	SEGMENT_FUNCTIONS,
	cellId,
	groupMask,
	totalOver,
	type CellCounts,
	type GroupId
} from '../../../src/lib/domain/segments';
import type { ResponseCounts } from '../../../src/lib/server/diagnostics';
import type { ExecutiveMode } from '../../../src/lib/server/db/schema';
import { buildProgress } from '../../../src/routes/(app)/orgs/[org]/diagnostics/[diagnostic]/progress/progress';

function counts(values: Partial<Record<string, number>>): ResponseCounts {
	const result = {} as ResponseCounts;
	for (const level of LEVELS) {
		result[level] = { sales: 0, marketing: 0, other: 0 };
		for (const fn of JOB_FUNCTIONS) result[level][fn] = values[`${level}:${fn}`] ?? 0;
	}
	return result;
}

/** Every figure of the table with the group it stands for. */
function figures(table: ProgressTable): [GroupId, ProgressFigure][] {
	return [
		['all', table.total],
		...table.rows.flatMap((row): [GroupId, ProgressFigure][] => [
			[row.level, row.total],
			...SEGMENT_FUNCTIONS.map((fn): [GroupId, ProgressFigure] => [
				cellId(row.level, fn),
				row.cells[fn]
			])
		]),
		...SEGMENT_FUNCTIONS.map((fn): [GroupId, ProgressFigure] => [fn, table.functionTotals[fn]])
	];
}

describe('progress table', () => {
	it('always shows the overall total, and nothing else while it is below k', () => {
		const table = buildProgress(
			counts({ 'executive:sales': 3, 'frontline:sales': 1 }),
			null,
			5,
			'k3'
		);
		expect(table.total.received).toBe(4);
		// With k3 the executives alone would pass (3 ≥ 3), but then frontline = 4 − 3 = 1.
		for (const [group, figure] of figures(table)) {
			if (group !== 'all') expect(figure.received, group).toBeNull();
		}
	});

	it('hides small cells and any figure that would give them away', () => {
		const table = buildProgress(
			counts({
				'executive:sales': 2,
				'executive:marketing': 6,
				'frontline:sales': 12,
				'frontline:marketing': 9,
				'frontline:other': 7
			}),
			null,
			5,
			'standard'
		);
		const byGroup = new Map(figures(table));
		expect(table.total.received).toBe(36);
		expect(byGroup.get('executive:sales')).toMatchObject({ received: null, threshold: 5 });
		// An empty cell is below k too: it reads "fewer than 5", never 0.
		expect(byGroup.get('executive:other')!.received).toBeNull();
		// Executives total 8 = 6 + 2: showing both 8 and 6 would reveal the 2.
		const exec = byGroup.get('executive')!.received;
		const execMarketing = byGroup.get('executive:marketing')!.received;
		expect(exec === null || execMarketing === null).toBe(true);
		expect(byGroup.get('frontline:other')!.received).toBe(7);
	});

	it('counts senior managers with executives only when they are pooled', () => {
		const raw = counts({
			'executive:sales': 6,
			'executive:marketing': 5,
			'senior_manager:sales': 3,
			'frontline:sales': 9,
			'frontline:marketing': 8,
			'frontline:other': 6
		});
		const pooled = buildProgress(raw, null, 5, 'pool');
		expect(pooled.seniorManagersIn).toBe('executive');
		expect(pooled.rows[0]!.cells.sales.received).toBe(9);
		expect(pooled.rows[1]!.cells.sales.received).toBe(9);
		const standard = buildProgress(raw, null, 5, 'standard');
		expect(standard.seniorManagersIn).toBe('frontline');
		expect(standard.rows[0]!.cells.sales.received).toBe(6);
		expect(standard.rows[1]!.cells.sales.received).toBe(12);
		expect(standard.total.received).toBe(37);
	});

	it('uses k = 3 for executive groups in the k3 mode only', () => {
		const raw = counts({
			'executive:sales': 3,
			'executive:marketing': 3,
			'frontline:sales': 9,
			'frontline:marketing': 8,
			'frontline:other': 6
		});
		const k3 = buildProgress(raw, null, 5, 'k3');
		expect(k3.execK).toBe(3);
		expect(k3.rows[0]!.cells.sales.received).toBe(3);
		const standard = buildProgress(raw, null, 5, 'standard');
		expect(standard.rows[0]!.cells.sales.received).toBeNull();
	});

	it('reports response rates against expected headcounts, only where the count is shown', () => {
		const table = buildProgress(
			counts({
				'executive:sales': 6,
				'executive:marketing': 5,
				'frontline:sales': 10,
				'frontline:marketing': 8,
				'frontline:other': 6
			}),
			{ frontline: { sales: 20, marketing: 8 }, executive: { sales: 8, other: 2 } },
			5,
			'standard'
		);
		expect(table.rows[1]!.cells.sales).toMatchObject({ received: 10, expected: 20, rate: 0.5 });
		expect(table.rows[0]!.cells.other).toMatchObject({ received: null, expected: 2, rate: null });
		expect(table.total).toMatchObject({ received: 35, expected: 38 });
		expect(table.total.rate).toBeCloseTo(35 / 38);
		const none = buildProgress(counts({ 'frontline:sales': 10 }), null, 5, 'standard');
		expect(none.total).toMatchObject({ received: 10, expected: null, rate: null });
	});

	it('never lets an observer derive a group below k from the page (property)', () => {
		const cell = fc.nat({ max: 12 });
		const raw = fc.record(
			Object.fromEntries(
				LEVELS.flatMap((level) => JOB_FUNCTIONS.map((fn) => [`${level}:${fn}`, cell]))
			) as Record<string, typeof cell>
		);
		fc.assert(
			fc.property(
				raw,
				fc.integer({ min: 3, max: 8 }),
				fc.constantFrom<ExecutiveMode>('standard', 'pool', 'k3'),
				(values, k, mode) => {
					const table = buildProgress(counts(values), null, k, mode);
					const shown = figures(table).filter(([, figure]) => figure.received !== null);
					// The true analysis cells, from the input (senior managers mapped as the page does).
					const cells = Object.fromEntries(CELLS.map((c) => [c, 0])) as Record<string, number>;
					for (const level of LEVELS) {
						for (const fn of JOB_FUNCTIONS) {
							const target =
								level === 'senior_manager' ? (mode === 'pool' ? 'executive' : 'frontline') : level;
							cells[`${target}:${fn}`]! += values[`${level}:${fn}`]!;
						}
					}
					const cellCounts = cells as unknown as CellCounts;
					for (const [group, figure] of shown) {
						expect(figure.received).toBe(totalOver(cellCounts, groupMask(group)));
					}
					const empty = CELLS.flatMap((c, i) => (cellCounts[c] === 0 ? [1 << i] : []));
					const fromTotalOnly = spanBasis([groupMask('all'), ...empty]);
					const generators = [...shown.map(([group]) => groupMask(group)), ...empty];
					const execK = mode === 'k3' ? 3 : k;
					for (const mask of derivableSets(generators)) {
						if (isInSpan(fromTotalOnly, mask)) continue;
						const n = totalOver(cellCounts, mask);
						const present = CELLS.reduce(
							(m, c, i) => (cellCounts[c] > 0 && mask & (1 << i) ? m | (1 << i) : m),
							0
						);
						const threshold = present !== 0 && (present & ~EXECUTIVE_MASK) === 0 ? execK : k;
						expect(n === 0 || n >= threshold, `mask ${mask} holds ${n}`).toBe(true);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
