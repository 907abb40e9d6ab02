/**
 * The no-leak check shared by the export tests. A hidden group's real figures are computed from
 * the answers (as the report would without suppression); each is written the ways an export
 * writes numbers (one or two decimals, signed, percent, French or English) and reduced to a
 * token. A token that could also come from anything `report.json` shows, or from the fixed text
 * of the exports, is dropped: what remains can only come from a hidden group. No export text may
 * contain any of those tokens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summaryGap } from '$lib/domain/gaps';
import { summarizeGroup, type MeasureSummary } from '$lib/domain/group-stats';
import type { ResponseAnswers } from '$lib/domain/instrument';
import { REPORT_SPEC, isHidden, type Report } from '$lib/domain/report';
import { GROUPS, type GroupId } from '$lib/domain/segments';
import { cellStatsOf, statsForGroup } from '$lib/domain/sufficient-stats';
import { referenceRows } from '../report/generators';

const NUMBER = /[+\-−]?\d+(?:[.,]\d+)?(?:[\s\u00a0\u202f]?%)?/g;

/** One spelling for "+61,3 %", "61.3%", "−2,0"…: dot decimals, no sign '+', no spaces. */
export function normalise(token: string): string {
	return token
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace('−', '-')
		.replace(',', '.')
		.replace(/^\+/, '');
}

/** The numbers of a text, normalised. */
export function numericTokens(text: string): Set<string> {
	return new Set([...text.matchAll(NUMBER)].map((match) => normalise(match[0])));
}

/** Every way an export may write this number. */
function spellings(value: number): string[] {
	const out = [value.toFixed(0), value.toFixed(1), value.toFixed(2)];
	if (value >= 0 && value <= 1) out.push(`${Math.round(value * 100)}%`);
	return out.map((s) => normalise(s === '-0.0' || s === '-0' || s === '-0.00' ? s.slice(1) : s));
}

/** Every number in a JSON value, and every number written in its strings. */
function collect(value: unknown, into: Set<string>): void {
	if (typeof value === 'number' && Number.isFinite(value)) {
		for (const s of spellings(value)) into.add(s);
	} else if (typeof value === 'string') {
		for (const token of numericTokens(value)) into.add(token);
	} else if (Array.isArray(value)) {
		for (const item of value) collect(item, into);
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) collect(item, into);
	}
}

/** Numbers written in the exports' own text (Forrester's 82%, the effect-size bounds…). */
function fixedTextTokens(): Set<string> {
	const source = readFileSync(
		resolve(import.meta.dirname, '../../../src/lib/i18n/messages/exports.ts'),
		'utf8'
	);
	return numericTokens(source);
}

/** What anything visible in the report (or the exports' fixed text) could put in an export. */
export function visibleTokens(report: Report): Set<string> {
	const tokens = fixedTextTokens();
	collect(report, tokens);
	return tokens;
}

function summaryFigures(summary: MeasureSummary): number[] {
	const figures = [summary.mean, summary.ci95?.lower, summary.ci95?.upper, summary.median];
	for (const key of ['aligned', 'highlyAligned'] as const) {
		if (key in summary) figures.push((summary as unknown as Record<string, number | null>)[key]);
	}
	return figures.filter((x): x is number => typeof x === 'number');
}

/**
 * The figures of the groups `report` hides, computed without suppression from the same answers
 * (standard executive mode), and of the two gaps when a level or a function is hidden.
 */
export function hiddenFigures(answers: readonly ResponseAnswers[], report: Report): number[] {
	const cells = cellStatsOf(referenceRows(answers, 'standard'), REPORT_SPEC);
	const summary = (group: GroupId) =>
		summarizeGroup(statsForGroup(cells, group, REPORT_SPEC), REPORT_SPEC);
	const hidden = GROUPS.filter((group) => isHidden(report.respondents[group]));
	const figures: number[] = [];
	for (const group of hidden) {
		const s = summary(group);
		const measures = [...Object.values(s.dimensions), s.index, s.overall];
		for (const measure of measures) figures.push(...summaryFigures(measure));
	}
	const pairs: [GroupId, GroupId][] = [
		['executive', 'frontline'],
		['sales', 'marketing']
	];
	for (const [a, b] of pairs) {
		if (!hidden.includes(a) && !hidden.includes(b)) continue;
		const sa = summary(a);
		const sb = summary(b);
		const measures: [MeasureSummary, MeasureSummary][] = [
			...Object.keys(sa.dimensions).map(
				(id) => [sa.dimensions[id]!, sb.dimensions[id]!] as [MeasureSummary, MeasureSummary]
			),
			[sa.index, sb.index]
		];
		for (const [x, y] of measures) {
			const gap = summaryGap(x, y);
			if (!gap) continue;
			figures.push(gap.difference);
			if (gap.ci95) figures.push(gap.ci95.lower, gap.ci95.upper);
			if (gap.hedgesG) figures.push(gap.hedgesG.g);
		}
	}
	return figures;
}

/**
 * The tokens only a hidden group's figure could produce: one- and two-decimal figures and
 * percentages (the forms the exports use for means, intervals, differences, effect sizes and
 * shares), minus every token something visible could produce.
 */
export function leakTokens(answers: readonly ResponseAnswers[], report: Report): Set<string> {
	const visible = visibleTokens(report);
	const tokens = new Set<string>();
	for (const figure of hiddenFigures(answers, report)) {
		const candidates = [normalise(figure.toFixed(1)), normalise(figure.toFixed(2))];
		if (figure >= 0 && figure <= 1) candidates.push(`${Math.round(figure * 100)}%`);
		for (const token of candidates) {
			if (!/^-?0\.0+$/.test(token) && !visible.has(token)) tokens.add(token);
		}
	}
	return tokens;
}

/** The leak tokens found in a text (none expected). */
export function leaksIn(text: string, leaks: ReadonlySet<string>): string[] {
	return [...numericTokens(text)].filter((token) => leaks.has(token));
}

/**
 * Raw numbers (CSV cells, JSON, chart data) written the ways an export would round them, so
 * that `leaksIn` can compare them: 61.26 → "61.3 61.26 %" (and "26%" for a share 0.26).
 */
export function roundedNumbers(text: string): string {
	return [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE]-?\d+)?/g)]
		.map((match) => Number(match[0]))
		.filter((value) => Number.isFinite(value))
		.flatMap((value) => [
			value.toFixed(1),
			value.toFixed(2),
			...(value >= 0 && value <= 1 ? [`${Math.round(value * 100)}%`] : [])
		])
		.join(' ');
}
