/** The headline slide (alignment index, gap, "aligned" shares) and the blind spots. */
import { isHidden, type Report } from '$lib/domain/report/types';
import type { Fact, Section } from '../document';
import type { Writer } from '../text';

const LEVELS = ['executive', 'frontline'] as const;

function indexFact(report: Report, level: (typeof LEVELS)[number], w: Writer): Fact {
	const { m } = w;
	const label = m.headline.index(m.groups[level]);
	const index = report.alignmentIndex.groups[level];
	if (isHidden(index)) return { label, value: w.hidden(index.k), details: [], hidden: true };
	const n = report.respondents[level];
	const count = isHidden(n) ? [] : [m.headline.respondents(w.number(n, 0))];
	if (index.mean === null) return { label, value: m.notAvailable, details: count, hidden: false };
	const ci = index.ci95 ? [`${m.ci} ${w.interval(index.ci95)}`] : [];
	return { label, value: w.number(index.mean), details: [...ci, ...count], hidden: false };
}

function gapFact(report: Report, w: Writer): Fact {
	const { m } = w;
	const gap = report.alignmentIndex.gap;
	const label = m.headline.gap;
	if (isHidden(gap)) return { label, value: w.hidden(gap.k), details: [], hidden: true };
	if (gap === null) return { label, value: m.notAvailable, details: [], hidden: false };
	const details = [
		...(gap.ci95 ? [`${m.ci} ${w.interval(gap.ci95)}`] : []),
		...(gap.hedgesG ? [w.effectCell(gap).text] : [])
	];
	return { label, value: w.signed(gap.difference), details, hidden: false };
}

function alignedLine(report: Report, level: (typeof LEVELS)[number], w: Writer): string {
	const { m } = w;
	const overall = report.overall.groups[level];
	const group = m.groups[level];
	if (isHidden(overall)) return m.headline.alignedHidden(group, w.hidden(overall.k));
	if (overall.aligned === null) return m.headline.alignedHidden(group, m.notAvailable);
	const highly =
		overall.highlyAligned === null ? '' : `, ${m.headline.highly(w.share(overall.highlyAligned))}`;
	return `${m.headline.aligned(group, w.share(overall.aligned))}${highly}`;
}

export function headlineSection(report: Report, w: Writer): Section {
	const { m } = w;
	return {
		id: 'headline',
		title: m.headline.title,
		inDeck: true,
		facts: [...LEVELS.map((level) => indexFact(report, level, w)), gapFact(report, w)],
		lists: [
			{
				title: m.headline.alignedTitle,
				items: LEVELS.map((level) => alignedLine(report, level, w))
			}
		],
		notes: [m.headline.indexNote, m.headline.alignedNote]
	};
}

export function blindSpotSection(report: Report, w: Writer): Section {
	const { m } = w;
	const spots = [
		{ label: m.blind.executives, value: report.blindSpots.executives },
		{ label: m.blind.frontline, value: report.blindSpots.frontline }
	];
	const rows = spots.map(({ label, value }) => {
		if (isHidden(value)) {
			const cell = { text: w.hidden(value.k), hidden: true };
			return [{ text: label }, cell, cell, cell];
		}
		if (value === null) {
			const cell = { text: m.notAvailable };
			return [{ text: label }, cell, cell, cell];
		}
		const ci = value.ci95 ? ` ${w.interval(value.ci95)}` : '';
		return [
			{ text: label },
			{ text: w.number(value.guess) },
			{ text: w.number(value.actual) },
			{ text: `${w.signed(value.difference)}${ci}` }
		];
	});
	const sentences = spots.flatMap(({ label, value }) =>
		isHidden(value) || value === null
			? []
			: [m.blind.sentence(label, w.number(value.guess), w.number(value.actual))]
	);
	return {
		id: 'blind-spots',
		title: m.blind.title,
		inDeck: true,
		intro: m.blind.intro,
		table: { columns: m.blind.columns, rows },
		lists: sentences.length > 0 ? [{ items: sentences }] : [],
		notes: []
	};
}
