/**
 * Builds the export document of a report (see ./document.ts), in one language. Pure: it reads
 * only the suppressed `Report`, the stored plan and a few labels, never answers.
 */
import { isHidden, type Report } from '$lib/domain/report/types';
import type { Locale } from '$lib/i18n/locales';
import type { ExportDocument, Section } from './document';
import { blindSpotSection, headlineSection } from './sections/headline';
import { dimensionsSection, gapsSection, mirrorSection } from './sections/dimensions';
import { heatmapSection } from './sections/heatmap';
import { methodSection, reliabilitySection } from './sections/notes';
import { paradigmSection } from './sections/paradigm';
import { planSection, type StoredPlanItem } from './sections/plan';
import { writer } from './text';

export interface ExportInput {
	readonly report: Report;
	readonly locale: Locale;
	readonly diagnosticTitle: string;
	readonly organisationName: string;
	/** The diagnostic's stored plan, in its order; empty when no plan was saved. */
	readonly plan: readonly StoredPlanItem[];
}

function dateText(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(new Date(iso));
}

/** True when the report has results to show (at least k answers in all). */
export function hasResults(report: Report): boolean {
	const everyone = report.respondents.all;
	return !isHidden(everyone) && everyone > 0;
}

export function buildExportDocument(input: ExportInput): ExportDocument {
	const { report, locale } = input;
	const w = writer(locale);
	const { m } = w;
	const everyone = report.respondents.all;
	const coverLines = [
		input.organisationName,
		...(isHidden(everyone) ? [] : [m.answers(w.number(everyone, 0))]),
		m.computedOn(dateText(report.generatedAt, locale))
	];
	const base = { locale, title: input.diagnosticTitle, subtitle: m.documentTitle, coverLines };
	if (!hasResults(report)) {
		const k = isHidden(everyone) ? everyone.k : report.anonymity.k;
		return { ...base, sections: [], empty: { title: m.empty.title, text: m.empty.text(k) } };
	}
	const sections: Section[] = [
		headlineSection(report, w),
		blindSpotSection(report, w),
		dimensionsSection(report, w),
		gapsSection(report, w),
		mirrorSection(report, w),
		heatmapSection(report, w),
		paradigmSection(report, w),
		planSection(report, input.plan, w),
		reliabilitySection(report, w),
		methodSection(report, w)
	];
	return { ...base, sections, empty: null };
}
