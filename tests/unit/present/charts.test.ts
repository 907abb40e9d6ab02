import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { DIMENSIONS } from '../../../src/lib/domain/instrument';
import type { DimensionReport, HiddenFigure } from '../../../src/lib/domain/report/types';
import type { GroupDiagnosis } from '../../../src/lib/domain/paradigm';
import {
	CHART_TEXT_COLOUR,
	chartFontSize,
	withSlideFonts
} from '../../../src/lib/present/chart-style';
import { comparisonChart, meansOf, paradigmChart } from '../../../src/lib/present/charts';

/** The parts of a chart.js configuration these tests read. */
interface Inspected {
	indexAxis?: string;
	scales: Record<
		string,
		{
			min?: number;
			ticks?: { autoSkip?: boolean; color?: string; font?: { size?: number } };
			title?: { text?: string; font?: { size?: number } };
		}
	>;
	plugins: { legend: { position?: string; labels?: { font?: { size?: number } } } };
}

const inspect = (config: ChartConfiguration): Inspected => config.options as unknown as Inspected;

const hidden: HiddenFigure = { hidden: true, reason: 'fewer_than_k', k: 5 };

function dimension(i: number, sales: number | HiddenFigure, marketing: number | HiddenFigure) {
	const summary = (value: number | HiddenFigure) =>
		typeof value === 'number' ? { mean: value } : value;
	return {
		id: DIMENSIONS[i]!.id,
		groups: { sales: summary(sales), marketing: summary(marketing) }
	} as unknown as DimensionReport;
}

describe('meansOf', () => {
	it('gives no value for a hidden group, never a zero', () => {
		const list = [dimension(0, 61.5, hidden), dimension(1, 40, 55)];
		expect(meansOf(list, 'sales')).toEqual([61.5, 40]);
		expect(meansOf(list, 'marketing')).toEqual([null, 55]);
	});
});

describe('comparisonChart', () => {
	it('draws one series per group with the translated dimension names', () => {
		const config = comparisonChart([dimension(0, 61.5, hidden)], 'fr', [
			{ group: 'sales', label: 'Ventes' },
			{ group: 'marketing', label: 'Marketing' }
		]);
		expect(config.data.labels).toEqual([DIMENSIONS[0]!.label.fr]);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Ventes', [61.5]],
			['Marketing', [null]]
		]);
		// Large type must not make chart.js drop dimension names.
		expect(inspect(config).scales.y?.ticks?.autoSkip).toBe(false);
	});
});

describe('paradigmChart', () => {
	const classified = {
		status: 'classified',
		axes: { integration: 70, distinctness: 65, power: -10 }
	} as unknown as GroupDiagnosis;
	const notEnough = {
		status: 'not_enough_answers',
		axes: { integration: null, distinctness: null, power: null },
		missingAxes: ['integration']
	} as GroupDiagnosis;
	const axes = { integration: 'Integration', distinctness: 'Distinctness', thresholds: 'Rule' };

	it('places only the groups the rule could classify, and the target region', () => {
		const config = paradigmChart(
			[
				{ group: 'executive', label: 'Executives', diagnosis: classified },
				{ group: 'frontline', label: 'Frontline', diagnosis: notEnough }
			],
			{ variant: 'proportional', label: 'Recommended' },
			axes
		);
		const labels = config.data.datasets.map((d) => d.label);
		expect(labels).toEqual(['Executives', 'Recommended', 'Rule']);
		expect(config.data.datasets[0]!.data).toEqual([{ x: 70, y: 65 }]);
	});

	it('draws no target without a recommendation', () => {
		const config = paradigmChart(
			[{ group: 'executive', label: 'Executives', diagnosis: classified }],
			null,
			axes
		);
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Executives', 'Rule']);
	});
});

describe('slide fonts', () => {
	it('grows with the slide and never drops below 14 px', () => {
		expect(chartFontSize(300)).toBe(14);
		expect(chartFontSize(800)).toBe(20);
		expect(chartFontSize(1600)).toBe(40);
	});

	it('sets every tick, axis title and legend label, keeping the rest', () => {
		const config: ChartConfiguration = {
			type: 'bar',
			data: { labels: [], datasets: [] },
			options: {
				indexAxis: 'y',
				scales: { x: { min: 0, max: 100, title: { display: true, text: 'Score' } }, y: {} },
				plugins: { legend: { position: 'bottom' } }
			}
		};
		const scaled = withSlideFonts(config, 24);
		const options = inspect(scaled);
		const x = options.scales.x;
		expect(options.indexAxis).toBe('y');
		expect(x?.min).toBe(0);
		expect(x?.ticks?.font?.size).toBe(24);
		expect(x?.ticks?.color).toBe(CHART_TEXT_COLOUR);
		expect(x?.title?.font?.size).toBe(24);
		expect(x?.title?.text).toBe('Score');
		expect(options.scales.y?.ticks?.font?.size).toBe(24);
		expect(options.plugins.legend.position).toBe('bottom');
		expect(options.plugins.legend.labels?.font?.size).toBe(24);
		// The original configuration is left as it was.
		expect(inspect(config).scales.x?.ticks).toBeUndefined();
	});
});
