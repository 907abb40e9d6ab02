/**
 * The progress table: responses received per group, against the expected headcounts.
 *
 * Why counts are suppressed here too: DESIGN §5 says nothing is reported for a group under k "in
 * any view". A count is not an answer, but knowing that exactly one sales executive has answered
 * (and when) is the first step to finding out what that person said once a report is read. So the
 * table goes through the same suppression as the report (`planSuppression`, with complementary
 * suppression: a group that would reveal a hidden one by subtraction is hidden too), on the
 * same groups the report uses — senior managers join the executives when the diagnostic pools
 * them, the frontline otherwise. Hidden counts read "fewer than k", never 0.
 *
 * The overall total is always shown: the organiser needs it, the organisation overview lists it,
 * and alone it says nothing about any group. When the suppression itself would hide the total
 * (fewer than k answers in all), every other figure is hidden, so none can be subtracted from it.
 */
import type { ProgressFigure, ProgressTable } from '$lib/components/diagnostics/types';
import type { ExpectedHeadcounts } from '$lib/domain/headcounts';
import { responseRate } from '$lib/domain/headcounts';
import { JOB_FUNCTIONS, LEVELS, type Level } from '$lib/domain/instrument';
import {
	CELLS,
	SEGMENT_FUNCTIONS,
	SEGMENT_LEVELS,
	cellId,
	cellsOf,
	type CellCounts,
	type CellId,
	type GroupId,
	type SegmentFunction,
	type SegmentLevel
} from '$lib/domain/segments';
import { MIN_K, planSuppression } from '$lib/domain/suppression';
import type { ResponseCounts } from '$lib/server/diagnostics';
import type { ExecutiveMode } from '$lib/server/db/schema';

/** The report's two levels: senior managers go with executives only when they are pooled. */
export function analysisLevel(level: Level, mode: ExecutiveMode): SegmentLevel {
	if (level === 'senior_manager') return mode === 'pool' ? 'executive' : 'frontline';
	return level;
}

function toCells(
	mode: ExecutiveMode,
	value: (level: Level, fn: (typeof JOB_FUNCTIONS)[number]) => number
): Record<CellId, number> {
	const cells = Object.fromEntries(CELLS.map((cell) => [cell, 0])) as Record<CellId, number>;
	for (const level of LEVELS) {
		for (const fn of JOB_FUNCTIONS)
			cells[cellId(analysisLevel(level, mode), fn)] += value(level, fn);
	}
	return cells;
}

export function buildProgress(
	counts: ResponseCounts,
	expected: ExpectedHeadcounts | null,
	k: number,
	mode: ExecutiveMode
): ProgressTable {
	const execK = mode === 'k3' ? MIN_K : k;
	const received: CellCounts = toCells(mode, (level, fn) => counts[level][fn]);
	const hasExpected = expected !== null && Object.keys(expected).length > 0;
	const expectedCells = toCells(mode, (level, fn) => expected?.[level]?.[fn] ?? 0);
	const plan = planSuppression({ respondents: received, k, execK });
	const totalHidden = !plan.respondents.all.visible;

	const figure = (group: GroupId): ProgressFigure => {
		const disclosure = plan.respondents[group];
		const n = cellsOf(group).reduce((sum, cell) => sum + received[cell], 0);
		const wanted = hasExpected
			? cellsOf(group).reduce((sum, cell) => sum + expectedCells[cell], 0)
			: null;
		const shown = group === 'all' || (!totalHidden && disclosure.visible);
		return {
			received: shown ? n : null,
			threshold: disclosure.visible ? k : disclosure.k,
			expected: wanted,
			rate: shown ? responseRate(n, wanted ?? undefined) : null
		};
	};

	return {
		k,
		execK,
		seniorManagersIn: analysisLevel('senior_manager', mode),
		rows: SEGMENT_LEVELS.map((level) => ({
			level,
			cells: Object.fromEntries(
				SEGMENT_FUNCTIONS.map((fn) => [fn, figure(cellId(level, fn))])
			) as Record<SegmentFunction, ProgressFigure>,
			total: figure(level)
		})),
		functionTotals: Object.fromEntries(SEGMENT_FUNCTIONS.map((fn) => [fn, figure(fn)])) as Record<
			SegmentFunction,
			ProgressFigure
		>,
		total: figure('all')
	};
}
