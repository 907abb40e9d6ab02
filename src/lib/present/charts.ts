/**
 * The chart.js configurations of the deck, built from the suppressed report. A hidden group gives
 * no bar and no point (null), never a zero. Pure: the labels come in already translated.
 */
import type { ChartConfiguration } from 'chart.js';
import { dimensionTitle, SERIES_COLOURS } from '../components/report/dimensions';
import { paradigmRegion, regionOutline } from '../components/report/paradigm-map';
import type { GroupDiagnosis, ParadigmVariant } from '../domain/paradigm';
import { PARADIGM_RULES } from '../domain/paradigm';
import { isHidden, type DimensionReport } from '../domain/report/types';
import type { Locale } from '../i18n/locales';

type Side = 'executive' | 'frontline' | 'sales' | 'marketing';

/** The mean of one group per dimension, null where the group is hidden or has no score. */
export function meansOf(dimensions: readonly DimensionReport[], group: Side): (number | null)[] {
	return dimensions.map((d) => {
		const summary = d.groups[group];
		return isHidden(summary) ? null : summary.mean;
	});
}

/** Horizontal bars, one series per group, on the 0–100 scale. */
export function comparisonChart(
	dimensions: readonly DimensionReport[],
	locale: Locale,
	series: readonly { group: Side; label: string }[]
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: dimensions.map((d) => dimensionTitle(d.id, locale)),
			datasets: series.map(({ group, label }) => ({
				label,
				data: meansOf(dimensions, group),
				backgroundColor: SERIES_COLOURS[group],
				categoryPercentage: 0.8,
				barPercentage: 0.9
			}))
		},
		options: {
			indexAxis: 'y',
			// Every dimension keeps its label, however large the type.
			scales: { x: { min: 0, max: 100 }, y: { ticks: { autoSkip: false } } },
			plugins: { legend: { position: 'bottom' } }
		}
	};
}

export const TARGET_COLOUR = '#2f7d4a';

/** The paradigm map: executives and frontline as points, the recommended region outlined. */
export function paradigmChart(
	points: readonly { group: 'executive' | 'frontline'; label: string; diagnosis: GroupDiagnosis }[],
	target: { variant: ParadigmVariant; label: string } | null,
	axes: { integration: string; distinctness: string; thresholds: string }
): ChartConfiguration {
	const classified = points.filter((p) => p.diagnosis.status === 'classified');
	return {
		type: 'scatter',
		data: {
			datasets: [
				...classified.map((p) => ({
					label: p.label,
					data: [{ x: p.diagnosis.axes.integration ?? 0, y: p.diagnosis.axes.distinctness ?? 0 }],
					backgroundColor: SERIES_COLOURS[p.group],
					pointRadius: 12,
					pointHoverRadius: 12
				})),
				...(target
					? [
							{
								label: target.label,
								data: regionOutline(paradigmRegion(target.variant)),
								showLine: true,
								fill: 'shape' as const,
								backgroundColor: 'rgba(47, 125, 74, 0.14)',
								borderColor: TARGET_COLOUR,
								borderWidth: 2,
								pointRadius: 0
							}
						]
					: []),
				{
					label: axes.thresholds,
					data: [
						{ x: PARADIGM_RULES.lowIntegrationBelow, y: 0 },
						{ x: PARADIGM_RULES.lowIntegrationBelow, y: 100 },
						{ x: Number.NaN, y: Number.NaN },
						{ x: PARADIGM_RULES.lowIntegrationBelow, y: PARADIGM_RULES.lowDistinctnessBelow },
						{ x: 100, y: PARADIGM_RULES.lowDistinctnessBelow }
					],
					showLine: true,
					spanGaps: false,
					borderColor: '#6b7380',
					backgroundColor: '#6b7380',
					borderDash: [8, 6],
					borderWidth: 2,
					pointRadius: 0
				}
			]
		},
		options: {
			scales: {
				x: { min: 0, max: 100, title: { display: true, text: axes.integration } },
				y: { min: 0, max: 100, title: { display: true, text: axes.distinctness } }
			},
			// The slide names the points and the target next to the map, in large type.
			plugins: { legend: { display: false } }
		}
	};
}
