/**
 * The live page's chart.js configurations, built from released figures only. A hidden group
 * draws no bar and says why in its label; the data tables beside the charts carry the numbers.
 */
import type { ChartConfiguration } from 'chart.js';
import { dimensionTitle, SERIES_COLOURS } from '$lib/components/report/dimensions';
import { isHidden, type Shown } from '$lib/domain/report/types';
import type { Locale } from '$lib/i18n/locales';
import type { live } from '$lib/i18n/messages/live';
import {
	ALIGNED_GROUPS,
	LIVE_LEVELS,
	type LiveFigures,
	type LiveIndex
} from '$lib/domain/live-release';

type Messages = (typeof live)[Locale];

const COLOURS = { all: '#505a69', ...SERIES_COLOURS } as const;

/** The value to draw, or null for a hidden or empty figure. */
export function drawn(value: Shown<number | null>): number | null {
	return isHidden(value) ? null : value;
}

/**
 * A group's axis label, with "fewer than k answers" on a second line when its figures are
 * hidden (chart.js draws an array as lines).
 */
export function groupLabel(
	m: Messages,
	group: keyof Messages['groups'],
	value: Shown<unknown>
): string | string[] {
	return isHidden(value) ? [m.groups[group], `(${m.hidden(value.k)})`] : m.groups[group];
}

/** A legend entry, on one line. */
function legendLabel(m: Messages, group: keyof Messages['groups'], value: Shown<unknown>): string {
	const label = groupLabel(m, group, value);
	return Array.isArray(label) ? label.join(' ') : label;
}

const font = { size: 16 };

export function alignedChart(figures: LiveFigures, m: Messages): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: ALIGNED_GROUPS.map((group) => groupLabel(m, group, figures.aligned[group])),
			datasets: [
				{
					label: m.aligned.share,
					data: ALIGNED_GROUPS.map((group) => {
						const share = drawn(figures.aligned[group]);
						return share === null ? null : Math.round(share * 100);
					}),
					backgroundColor: ALIGNED_GROUPS.map((group) => COLOURS[group])
				}
			]
		},
		options: {
			scales: {
				y: { min: 0, max: 100, ticks: { font, stepSize: 25, callback: (value) => `${value}%` } },
				x: { ticks: { font, maxRotation: 0, autoSkip: false } }
			},
			plugins: { legend: { display: false } }
		}
	};
}

function indexMean(value: Shown<LiveIndex>): number | null {
	return isHidden(value) ? null : value.mean;
}

export function indexChart(figures: LiveFigures, m: Messages): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: LIVE_LEVELS.map((level) => groupLabel(m, level, figures.index[level])),
			datasets: [
				{
					label: m.index.mean,
					data: LIVE_LEVELS.map((level) => indexMean(figures.index[level])),
					backgroundColor: LIVE_LEVELS.map((level) => COLOURS[level])
				}
			]
		},
		options: {
			indexAxis: 'y',
			scales: { x: { min: 0, max: 100, ticks: { font } }, y: { ticks: { font } } },
			plugins: { legend: { display: false } }
		}
	};
}

export function dimensionsChart(
	figures: LiveFigures,
	m: Messages,
	locale: Locale
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: figures.dimensions.map((dimension) => dimensionTitle(dimension.id, locale)),
			datasets: LIVE_LEVELS.map((level) => {
				const first = figures.dimensions[0]?.scores[level];
				return {
					label: first === undefined ? m.groups[level] : legendLabel(m, level, first),
					data: figures.dimensions.map((dimension) => drawn(dimension.scores[level])),
					backgroundColor: COLOURS[level]
				};
			})
		},
		options: {
			scales: {
				y: { min: 0, max: 100, ticks: { font } },
				x: { ticks: { font, autoSkip: false } }
			},
			plugins: { legend: { position: 'bottom', labels: { font } } }
		}
	};
}
