/** Reliability and comments (printed report only), and the method and anonymity note. */
import { dimensionTitle } from '$lib/components/report/dimensions';
import { isHidden, type Report, type Shown } from '$lib/domain/report/types';
import type { Reliability } from '$lib/domain/reliability';
import { GROUPS } from '$lib/domain/segments';
import type { Cell, Section } from '../document';
import type { Writer } from '../text';

const LEVELS = ['all', 'executive', 'frontline'] as const;

function alphaCell(reliability: Shown<Reliability>, w: Writer): Cell {
	if (isHidden(reliability)) return { text: w.hidden(reliability.k), hidden: true };
	if (reliability.status !== 'ok') return { text: w.m.notAvailable };
	return { text: w.m.reliability.alpha(w.number(reliability.alpha, 2), reliability.flagged) };
}

export function reliabilitySection(report: Report, w: Writer): Section {
	const { m, locale } = w;
	const comments = report.comments.pooled;
	const commentList = isHidden(comments)
		? { paragraphs: [m.reliability.commentsHidden(comments.k)] }
		: comments.length === 0
			? { paragraphs: [m.reliability.noComments] }
			: { lists: [{ title: m.reliability.comments, items: comments }] };
	return {
		id: 'reliability',
		title: m.reliability.title,
		inDeck: false,
		intro: m.reliability.intro,
		table: {
			columns: m.reliability.columns(m.groups.all, m.groups.executive, m.groups.frontline),
			rows: report.dimensions.map((d) => [
				{ text: dimensionTitle(d.id, locale) },
				...LEVELS.map((level) => alphaCell(d.reliability[level], w))
			])
		},
		...commentList,
		notes: []
	};
}

/** The groups hidden in the report, each with its threshold: "Executives (fewer than 5 answers)". */
export function hiddenGroupNames(report: Report, w: Writer): string[] {
	return GROUPS.flatMap((group) => {
		const n = report.respondents[group];
		return isHidden(n) ? [`${w.m.groups[group]} (${w.hidden(n.k)})`] : [];
	});
}

export function methodSection(report: Report, w: Writer): Section {
	const { m } = w;
	const hidden = hiddenGroupNames(report, w);
	const hiddenLine =
		hidden.length > 0
			? m.method.hiddenGroups(hidden.join(w.locale === 'fr' ? '\u00a0; ' : '; '))
			: m.method.noHiddenGroups;
	return {
		id: 'method',
		title: m.method.title,
		inDeck: true,
		paragraphs: [
			m.method.method,
			m.method.anonymity(report.anonymity.k, report.anonymity.executiveK),
			hiddenLine
		],
		notes: []
	};
}
