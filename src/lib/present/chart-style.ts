/**
 * Charts on a projected slide: type that grows with the slide, so the axis labels and legends stay
 * readable from the back of the room. Pure: returns a new chart.js configuration.
 */
import type { ChartConfiguration } from 'chart.js';

/** Text of axes and legends: darker than chart.js's grey, 10:1 on white. */
export const CHART_TEXT_COLOUR = '#3d4452';

/** Font size of a chart's labels for a drawing area `width` pixels wide (at least 14 px). */
export function chartFontSize(width: number): number {
	return Math.max(14, Math.round(width / 40));
}

type Options = Record<string, unknown>;

const isObject = (value: unknown): value is Options =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function withFont(target: unknown, size: number): Options {
	const base = isObject(target) ? target : {};
	const font = isObject(base.font) ? base.font : {};
	return { ...base, color: CHART_TEXT_COLOUR, font: { ...font, size } };
}

/** The configuration with every tick, axis title and legend label at `size` pixels, in dark grey. */
export function withSlideFonts(config: ChartConfiguration, size: number): ChartConfiguration {
	const options: Options = isObject(config.options) ? config.options : {};
	const scales: Options = isObject(options.scales) ? options.scales : {};
	const plugins: Options = isObject(options.plugins) ? options.plugins : {};
	const legend: Options = isObject(plugins.legend) ? plugins.legend : {};
	const scaled = Object.fromEntries(
		Object.entries(scales).map(([id, scale]) => {
			const axis = isObject(scale) ? scale : {};
			const title = isObject(axis.title) ? withFont(axis.title, size) : axis.title;
			return [id, { ...axis, ticks: withFont(axis.ticks, size), title }];
		})
	);
	return {
		...config,
		options: {
			...options,
			scales: scaled,
			plugins: { ...plugins, legend: { ...legend, labels: withFont(legend.labels, size) } }
		}
	} as ChartConfiguration;
}
