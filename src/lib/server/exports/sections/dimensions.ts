/** Dimensions (executives vs frontline), gaps sorted by size, and the sales/marketing mirror. */
import { bySizeDescending } from '$lib/components/report/format';
import { dimensionTitle } from '$lib/components/report/dimensions';
import { isHidden, type DimensionReport, type Report } from '$lib/domain/report/types';
import type { Section } from '../document';
import { chartValue, type Writer } from '../text';
import { gapAxis, meanSeries, splitOutcomes } from './chart-series';

const LEVELS = ['executive', 'frontline'] as const;
const SIDES = ['sales', 'marketing'] as const;

export function dimensionsSection(report: Report, w: Writer): Section {
	const { m, locale } = w;
	const categories = report.dimensions.map((d) => dimensionTitle(d.id, locale));
	const { series, notes } = splitOutcomes(
		LEVELS.map((level) =>
			meanSeries(
				m.groups[level],
				level,
				report.dimensions.map((d) => d.groups[level]),
				w
			)
		)
	);
	return {
		id: 'dimensions',
		title: m.dimensions.title,
		inDeck: true,
		intro: m.dimensions.intro,
		...(series.length > 0 && {
			chart: {
				caption: m.dimensions.caption,
				categories,
				series,
				min: 0,
				max: 100,
				axisTitle: m.dimensions.axis
			}
		}),
		table: {
			columns: m.dimensions.columns(m.groups.executive, m.groups.frontline),
			rows: report.dimensions.map((d, i) => [
				{ text: categories[i]! },
				...LEVELS.map((level) => w.meanCell(d.groups[level]))
			])
		},
		notes
	};
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
	const { m, locale } = w;
	const categories = report.dimensions.map((d) => dimensionTitle(d.id, locale));
	const { series, notes } = splitOutcomes(
		SIDES.map((side) =>
			meanSeries(
				m.groups[side],
				side,
				report.dimensions.map((d) => d.groups[side]),
				w
			)
		)
	);
	return {
		id: 'mirror',
		title: m.mirror.title,
		inDeck: true,
		intro: m.mirror.intro,
		...(series.length > 0 && {
			chart: {
				caption: m.mirror.caption,
				categories,
				series,
				min: 0,
				max: 100,
				axisTitle: m.dimensions.axis
			}
		}),
		table: {
			columns: m.mirror.columns(m.groups.sales, m.groups.marketing),
			rows: report.dimensions.map((d, i) => [
				{ text: categories[i]! },
				...SIDES.map((side) => w.meanCell(d.groups[side])),
				w.gapCell(d.mirror)
			])
		},
		notes
	};
}
