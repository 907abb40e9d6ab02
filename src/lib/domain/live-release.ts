import type { DimensionId } from './dimension-ids';
import type { Interval } from './group-stats';
import { isHidden, type Report, type Shown } from './report/types';

/**
 * The release rule of live mode: the presenter's screen moves only in batches of at least k new
 * responses, so that nobody in the room can tie a change of a chart to the person who just
 * pressed "send". Pure, so that the stream, the page and the tests share one definition.
 */

/**
 * Whether `stored` responses may be released when `released` were released last (0 before the
 * first release): only once at least `k` new ones have arrived. The first release therefore
 * needs k responses, and each later one k more than the one before.
 */
export function releaseDue(released: number, stored: number, k: number): boolean {
	if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`k must be a positive integer: ${k}`);
	return stored - released >= k;
}

/**
 * The count to show after `stored` responses were seen: `stored` itself when a release is due
 * (everything accumulated is released at once), else the count released before.
 */
export function nextReleased(released: number, stored: number, k: number): number {
	return releaseDue(released, stored, k) ? stored : released;
}

/* What a release shows: cut from the suppressed report, so a group below the threshold stays a
 * `HiddenFigure` ("fewer than k answers") here as in every other view. */

export const LIVE_LEVELS = ['executive', 'frontline'] as const;
export type LiveLevel = (typeof LIVE_LEVELS)[number];
export const ALIGNED_GROUPS = ['all', ...LIVE_LEVELS] as const;
export type AlignedGroup = (typeof ALIGNED_GROUPS)[number];

export interface LiveIndex {
	readonly mean: number | null;
	readonly ci95: Interval | null;
}

export interface LiveFigures {
	/** Share answering 4–5 on the overall alignment question, per level and for everyone. */
	readonly aligned: Readonly<Record<AlignedGroup, Shown<number | null>>>;
	/** Alignment index (0–100) of each level. */
	readonly index: Readonly<Record<LiveLevel, Shown<LiveIndex>>>;
	/** Mean score (0–100) of the seven dimensions for each level, in instrument order. */
	readonly dimensions: readonly {
		readonly id: DimensionId;
		readonly scores: Readonly<Record<LiveLevel, Shown<number | null>>>;
	}[];
}

/** A batch of results: how many responses it covers and what they say. */
export interface LiveRelease {
	readonly released: number;
	readonly figures: LiveFigures;
}

function pick<T, R>(value: Shown<T>, read: (shown: T) => R): Shown<R> {
	return isHidden(value) ? value : read(value);
}

/** The live figures of a suppressed report (pure). */
export function liveFigures(report: Report): LiveFigures {
	const aligned = {} as Record<AlignedGroup, Shown<number | null>>;
	for (const group of ALIGNED_GROUPS) {
		aligned[group] = pick(report.overall.groups[group], (summary) => summary.aligned);
	}
	const index = {} as Record<LiveLevel, Shown<LiveIndex>>;
	for (const level of LIVE_LEVELS) {
		index[level] = pick(report.alignmentIndex.groups[level], ({ mean, ci95 }) => ({ mean, ci95 }));
	}
	return {
		aligned,
		index,
		dimensions: report.dimensions.map((dimension) => ({
			id: dimension.id,
			scores: {
				executive: pick(dimension.groups.executive, (summary) => summary.mean),
				frontline: pick(dimension.groups.frontline, (summary) => summary.mean)
			}
		}))
	};
}
