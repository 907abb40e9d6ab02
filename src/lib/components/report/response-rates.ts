/**
 * Response rates of the report: the answers of each reported group (already through the
 * suppression gate) against the headcount the CMO expected. A hidden count keeps its rate hidden:
 * the rate is computed only from a count the report shows. Relative imports only, so the
 * end-to-end tests can import this module as it is.
 */
import type { ExpectedHeadcounts } from '../../domain/headcounts';
import { JOB_FUNCTIONS, LEVELS } from '../../domain/instrument/types';
import { isHidden, type ByGroup, type HiddenFigure } from '../../domain/report/types';
import { reportingLevel, type ExecutiveMode } from '../../domain/reporting-level';
import {
	cellId,
	cellsOf,
	SEGMENT_FUNCTIONS,
	SEGMENT_LEVELS,
	type GroupId,
	type SegmentFunction,
	type SegmentLevel
} from '../../domain/segments';

export interface RateFigure {
	readonly group: GroupId;
	/** Answers received, or the marker that the group is hidden. */
	readonly received: number | HiddenFigure;
	/** People expected in the group; null when no headcount was given. */
	readonly expected: number | null;
	/** received / expected; null when hidden or when nobody was expected. */
	readonly rate: number | null;
}

export interface RateRow {
	readonly level: SegmentLevel | 'all';
	readonly cells: Readonly<Record<SegmentFunction, RateFigure>>;
	readonly total: RateFigure;
}

export interface ResponseRates {
	readonly hasExpected: boolean;
	/** Executives, frontline, then the row of all levels. */
	readonly rows: readonly RateRow[];
}

/** The expected headcount of a reported group: stored levels mapped as the analysis maps them. */
export function expectedFor(
	group: GroupId,
	expected: ExpectedHeadcounts | null,
	mode: ExecutiveMode
): number | null {
	if (expected === null) return null;
	const cells = new Set(cellsOf(group));
	let total = 0;
	let given = false;
	for (const level of LEVELS) {
		for (const fn of JOB_FUNCTIONS) {
			const count = expected[level]?.[fn];
			if (count === undefined) continue;
			given = true;
			if (cells.has(cellId(reportingLevel(level, mode), fn))) total += count;
		}
	}
	return given ? total : null;
}

export function responseRates(
	respondents: ByGroup<number>,
	expected: ExpectedHeadcounts | null,
	mode: ExecutiveMode
): ResponseRates {
	const figure = (group: GroupId): RateFigure => {
		const received = respondents[group];
		const wanted = expectedFor(group, expected, mode);
		const rate = isHidden(received) || !wanted ? null : received / wanted;
		return { group, received, expected: wanted, rate };
	};
	const row = (level: SegmentLevel | 'all'): RateRow => ({
		level,
		cells: Object.fromEntries(
			SEGMENT_FUNCTIONS.map((fn) => [fn, figure(level === 'all' ? fn : cellId(level, fn))])
		) as Record<SegmentFunction, RateFigure>,
		total: figure(level)
	});
	return {
		hasExpected: expectedFor('all', expected, mode) !== null,
		rows: [...SEGMENT_LEVELS.map(row), row('all')]
	};
}
