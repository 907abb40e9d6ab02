import { describe, expect, it } from 'vitest';
import type { LiveFigures } from '$lib/domain/live-release';
import { live } from '$lib/i18n/messages/live';
import {
	alignedChart,
	dimensionsChart,
	indexChart
} from '../../../src/routes/(app)/orgs/[org]/diagnostics/[diagnostic]/live/charts';

const hidden = { hidden: true, reason: 'fewer_than_k', k: 3 } as const;

const figures: LiveFigures = {
	aligned: { all: 0.4, executive: hidden, frontline: 0.25 },
	index: { executive: hidden, frontline: { mean: 51.5, ci95: { lower: 40, upper: 63 } } },
	dimensions: [
		{ id: 'trust', scores: { executive: hidden, frontline: 48.2 } },
		{ id: 'communication', scores: { executive: hidden, frontline: null } }
	]
};

describe('the live charts', () => {
	it('draw no bar for a hidden group, and say why in its label, in each language', () => {
		const english = alignedChart(figures, live.en);
		expect(english.data.datasets[0]!.data).toEqual([40, null, 25]);
		expect(english.data.labels).toEqual([
			'Everyone',
			['Executives', '(fewer than 3 answers)'],
			'Frontline'
		]);
		const french = indexChart(figures, live.fr);
		expect(french.data.datasets[0]!.data).toEqual([null, 51.5]);
		expect(french.data.labels).toEqual([['Dirigeants', '(moins de 3 réponses)'], 'Terrain']);
	});

	it('draw the dimensions per level, a hidden level named as such in the legend', () => {
		const chart = dimensionsChart(figures, live.en, 'en');
		expect(chart.data.labels).toEqual(['Trust', 'Communication']);
		expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Executives (fewer than 3 answers)', [null, null]],
			['Frontline', [48.2, null]]
		]);
	});
});
