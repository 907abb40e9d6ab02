/**
 * Turns the figures of one group into a chart series, or into a note when the series cannot be
 * charted: a series is drawn only when every bar of it may be shown, so a hidden group never
 * appears as a short or a zero bar.
 */
import type { MeasureSummary } from '$lib/domain/group-stats';
import { isHidden, type Shown } from '$lib/domain/report/types';
import type { ChartSeries } from '../document';
import { chartValue, type Writer } from '../text';

export type SeriesOutcome =
	| { readonly kind: 'series'; readonly series: ChartSeries }
	| { readonly kind: 'note'; readonly note: string };

export function meanSeries(
	name: string,
	role: ChartSeries['role'],
	summaries: readonly Shown<MeasureSummary>[],
	w: Writer
): SeriesOutcome {
	const values: number[] = [];
	for (const summary of summaries) {
		if (isHidden(summary)) {
			return { kind: 'note', note: w.m.notCharted(name, w.hidden(summary.k)) };
		}
		if (summary.mean === null) {
			return { kind: 'note', note: w.m.notCharted(name, w.m.notAvailable) };
		}
		values.push(chartValue(summary.mean));
	}
	return { kind: 'series', series: { name, role, values } };
}

/** Series and notes of a chart, in the order given. */
export function splitOutcomes(outcomes: readonly SeriesOutcome[]): {
	series: ChartSeries[];
	notes: string[];
} {
	const series: ChartSeries[] = [];
	const notes: string[] = [];
	for (const outcome of outcomes) {
		if (outcome.kind === 'series') series.push(outcome.series);
		else notes.push(outcome.note);
	}
	return { series, notes };
}

/** An axis through 0 that holds every value, on multiples of 10 points (at least 10 each way used). */
export function gapAxis(values: readonly number[]): { min: number; max: number } {
	const min = Math.floor(Math.min(0, ...values) / 10) * 10;
	const max = Math.ceil(Math.max(0, ...values) / 10) * 10;
	return min === 0 && max === 0 ? { min: -10, max: 10 } : { min: min + 0, max };
}
