/** The heatmap as a table: one row per dimension (and the index), one column per cell. */
import { dimensionTitle } from '$lib/components/report/dimensions';
import { scoreBand } from '$lib/components/report/format';
import type { MeasureSummary } from '$lib/domain/group-stats';
import { isHidden, type ByGroup, type Report } from '$lib/domain/report/types';
import { CELLS } from '$lib/domain/segments';
import type { Cell, Section } from '../document';
import type { Writer } from '../text';

const BANDS = { 'band-1': 1, 'band-2': 2, 'band-3': 3, 'band-4': 4, 'band-5': 5 } as const;

function heatCell(groups: ByGroup<MeasureSummary>, cell: (typeof CELLS)[number], w: Writer): Cell {
	const summary = groups[cell];
	if (isHidden(summary)) return { text: w.hidden(summary.k), hidden: true };
	if (summary.mean === null) return { text: w.m.notAvailable };
	return { text: w.number(summary.mean), band: BANDS[scoreBand(summary.mean)] };
}

export function heatmapSection(report: Report, w: Writer): Section {
	const { m, locale } = w;
	const columns = CELLS.map((cell) => {
		const n = report.respondents[cell];
		return isHidden(n)
			? m.groups[cell]
			: `${m.groups[cell]} (${m.headline.respondents(w.number(n, 0))})`;
	});
	const rows = [
		...report.dimensions.map((d) => ({ label: dimensionTitle(d.id, locale), groups: d.groups })),
		{ label: m.gaps.index, groups: report.alignmentIndex.groups }
	];
	return {
		id: 'heatmap',
		title: m.heatmap.title,
		inDeck: true,
		intro: m.heatmap.intro,
		table: {
			columns: [m.heatmap.dimension, ...columns],
			rows: rows.map((row) => [
				{ text: row.label },
				...CELLS.map((cell) => heatCell(row.groups, cell, w))
			])
		},
		notes: [m.heatmap.bands]
	};
}
