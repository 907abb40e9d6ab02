/**
 * Current paradigm per level and whether the levels agree, then the recommendation: why, its
 * known risk and the move it asks for. Read top-down on paper and on the slide.
 */
import {
	explainClassification,
	PARADIGM_INFO,
	VARIANT_NAMES,
	type GroupDiagnosis
} from '$lib/domain/paradigm';
import type { Report } from '$lib/domain/report/types';
import type { BulletList, Section } from '../document';
import type { Writer } from '../text';

/** Reasons on the slide and the page: the strongest first; the report page lists them all. */
const MAX_REASONS = 3;

function currentLine(label: string, diagnosis: GroupDiagnosis, w: Writer): string {
	const { m, locale } = w;
	const explanation = explainClassification(diagnosis)[locale];
	if (diagnosis.status !== 'classified') {
		return `${label}${m.colon} ${m.paradigm.notEnough}. ${explanation}`;
	}
	const name = VARIANT_NAMES[diagnosis.variant][locale];
	const borderline = diagnosis.borderline ? ` (${m.paradigm.borderline})` : '';
	return `${label}${m.colon} ${name}${borderline}. ${explanation}`;
}

function verdict(report: Report, w: Writer): string {
	const { m, locale } = w;
	const comparison = report.paradigms.comparison;
	const said =
		comparison.status !== 'compared'
			? m.paradigm.differ.unknown
			: comparison.differs
				? m.paradigm.differ.yes
				: m.paradigm.differ.no;
	return `${said} ${comparison.text[locale]}`;
}

export function paradigmSection(report: Report, w: Writer): Section {
	const { m, locale } = w;
	const { paradigms, recommendation } = report;
	const lists: BulletList[] = [
		{
			title: m.paradigm.current,
			items: (['executive', 'frontline', 'all'] as const).map((group) =>
				currentLine(m.groups[group], paradigms[group], w)
			)
		},
		{ title: m.paradigm.levels, items: [verdict(report, w)] }
	];
	if (recommendation === null) {
		lists.push({ items: [m.paradigm.noRecommendation] });
	} else {
		const name = VARIANT_NAMES[recommendation.recommended][locale];
		lists.push({
			title: m.paradigm.recommended(name, w.number(recommendation.score, 0)),
			items: [
				PARADIGM_INFO[recommendation.paradigm].summary[locale],
				...recommendation.reasons.slice(0, MAX_REASONS).map((reason) => reason.text[locale]),
				m.paradigm.risk(recommendation.knownRisk[locale]),
				...(recommendation.move ? [m.paradigm.move(recommendation.move.text[locale])] : [])
			]
		});
	}
	return { id: 'paradigm', title: m.paradigm.title, inDeck: true, lists, notes: [] };
}
