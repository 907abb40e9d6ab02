/**
 * The slides of the workshop deck, in the order a consultant presents them, and the few
 * selections the slides make from the report (largest gaps, top actions). Pure: it reads the
 * suppressed report and never adds a figure to it.
 */
import { bySizeDescending } from '../components/report/format';
import type { PlanStatus } from '../domain/plan-status';
import type { DimensionReport, Report } from '../domain/report/types';
import { isHidden } from '../domain/report/types';

export const DECK_SLIDES = [
	'title',
	'headline',
	'blindSpots',
	'dimensions',
	'gaps',
	'mirror',
	'heatmap',
	'paradigm',
	'recommendation',
	'actions',
	'method'
] as const;

export type SlideId = (typeof DECK_SLIDES)[number] | 'empty';

/** What the deck receives: the suppressed report without the plan and the comments. */
export type DeckReport = Omit<Report, 'actionPlan' | 'comments'>;

/** How many gaps and actions fit on a slide readable from the back of the room. */
export const LARGEST_GAPS = 4;
export const TOP_ACTIONS = 5;

/** Whether the report has results to show: enough respondents overall for the threshold k. */
export function hasResults(report: Pick<Report, 'respondents'>): boolean {
	const everyone = report.respondents.all;
	return !isHidden(everyone) && everyone > 0;
}

/** The slides of a deck: the whole deck, or a single slide saying there is nothing to show yet. */
export function deckSlides(report: Pick<Report, 'respondents'>): readonly SlideId[] {
	return hasResults(report) ? DECK_SLIDES : ['empty'];
}

/**
 * The dimensions with the largest executive − frontline gaps, largest first; hidden or missing
 * gaps never make the list.
 */
export function largestGaps(
	dimensions: readonly DimensionReport[],
	count = LARGEST_GAPS
): DimensionReport[] {
	const size = (d: DimensionReport) =>
		isHidden(d.gap) || d.gap === null ? null : d.gap.difference;
	return bySizeDescending(dimensions, size)
		.filter((d) => size(d) !== null)
		.slice(0, count);
}

/** An action of the plan as a slide shows it (the saved plan, else the generated one). */
export interface DeckPlanItem {
	readonly rank: number;
	readonly title: string;
	/** Saved plan: who owns it ('' when nobody yet) and where it stands. */
	readonly owner: string | null;
	readonly status: PlanStatus | null;
	/** Generated plan: the library's suggested owner and horizon. */
	readonly suggestedOwner: string | null;
	readonly horizon: string | null;
}

export interface DeckPlan {
	readonly stored: boolean;
	readonly items: readonly DeckPlanItem[];
}

/** The first actions of a plan, in its order. */
export function topActions<T>(items: readonly T[], count = TOP_ACTIONS): T[] {
	return items.slice(0, count);
}
