/** Dimensions (executives vs frontline), gaps sorted by size, and the sales/marketing mirror. */
import { bySizeDescending } from '$lib/components/report/format';
import { dimensionTitle } from '$lib/components/report/dimensions';
import { isHidden, type DimensionReport, type Report } from '$lib/domain/report/types';
import type { Cell, Section } from '../document';
import { chartValue, type Writer } from '../text';
import { gapAxis, meanSeries, splitOutcomes } from './chart-series';

const LEVELS = ['executive', 'frontline'] as const;
const SIDES = ['sales', 'marketing'] as const;

/** Mean score of each dimension for two groups: a clustered bar chart and its table. */
function meansSection(
	report: Report,
	w: Writer,
	groups: readonly ['executive', 'frontline'] | readonly ['sales', 'marketing'],
	text: { id: 'dimensions' | 'mirror'; title: string; intro: string; caption: string },
	columns: readonly string[],
	extraCell?: (dimension: DimensionReport) => Cell
): Section {
	const { m, locale } = w;
	const categories = report.dimensions.map((d) => dimensionTitle(d.id, locale));
	const { series, notes } = splitOutcomes(
		groups.map((group) =>
			meanSeries(
				m.groups[group],
				group,
				report.dimensions.map((d) => d.groups[group]),
				w
			)
		)
	);
	return {
		id: text.id,
		title: text.title,
		inDeck: true,
		intro: text.intro,
		...(series.length > 0 && {
			chart: {
				caption: text.caption,
				categories,
				series,
				min: 0,
				max: 100,
				axisTitle: m.dimensions.axis
			}
		}),
		table: {
			columns,
			rows: report.dimensions.map((d, i) => [
				{ text: categories[i]! },
				...groups.map((group) => w.meanCell(d.groups[group])),
				...(extraCell ? [extraCell(d)] : [])
			])
		},
		notes
	};
}

export function dimensionsSection(report: Report, w: Writer): Section {
	const { m } = w;
	return meansSection(
		report,
		w,
		LEVELS,
		{ id: 'dimensions', ...m.dimensions },
		m.dimensions.columns(m.groups.executive, m.groups.frontline)
	);
}

function gapOf(dimension: DimensionReport): number | null {
	return isHidden(dimension.gap) || dimension.gap === null ? null : dimension.gap.difference;
}

export function gapsSection(report: Report, w: Writer): Section {
	const { m, locale } = w;
	const sorted = bySizeDescending(report.dimensions, gapOf);
	const charted = sorted.filter((d) => gapOf(d) !== null);
	const values = charted.map((d) => chartValue(gapOf(d)!));
	const notes = sorted
		.filter((d) => gapOf(d) === null)
		.map((d) => {
			const why = isHidden(d.gap) ? w.hidden(d.gap.k) : m.notAvailable;
			return m.notCharted(dimensionTitle(d.id, locale), why);
		});
	const axis = gapAxis(values);
	return {
		id: 'gaps',
		title: m.gaps.title,
		inDeck: true,
		intro: m.gaps.intro,
		...(charted.length > 0 && {
			chart: {
				caption: m.gaps.caption,
				categories: charted.map((d) => dimensionTitle(d.id, locale)),
				series: [{ name: m.gaps.series, role: 'gap' as const, values }],
				...axis,
				axisTitle: m.gaps.axis
			}
		}),
		table: {
			columns: m.gaps.columns,
			rows: sorted.map((d) => [
				{ text: dimensionTitle(d.id, locale) },
				w.gapCell(d.gap),
				w.effectCell(d.gap)
			])
		},
		notes
	};
}

export function mirrorSection(report: Report, w: Writer): Section {
	const { m } = w;
	return meansSection(
		report,
		w,
		SIDES,
		{ id: 'mirror', ...m.mirror },
		m.mirror.columns(m.groups.sales, m.groups.marketing),
		(d) => w.gapCell(d.mirror)
	);
}
