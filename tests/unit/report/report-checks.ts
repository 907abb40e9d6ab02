/**
 * Checks on a finished report shared by the unit and integration tests: what anonymity demands
 * of the JSON, whatever the data.
 */
import { expect } from 'vitest';
import { isHidden, type Report } from '../../../src/lib/domain/report';
import { GROUPS, type CellCounts, type GroupId } from '../../../src/lib/domain/segments';
import { baseThreshold, leaks } from '../domain/subtraction-attacker';

const isGroup = (key: string): key is GroupId => (GROUPS as readonly string[]).includes(key);

/** Groups whose respondent count the report hides. */
export function hiddenGroups(report: Report): Set<GroupId> {
	return new Set(GROUPS.filter((g) => isHidden(report.respondents[g])));
}

/**
 * Every path under a hidden group that holds a number or a flag: must be empty. Under a hidden
 * group only hidden markers may appear, or (for the paradigm of a hidden level) a structure with
 * no number and no flag in it.
 */
export function leakedUnderHiddenGroups(report: Report): {
	leaked: string[];
	hiddenPaths: string[];
} {
	const hidden = hiddenGroups(report);
	const hiddenPaths: string[] = [];
	const leaked: string[] = [];
	const walk = (value: unknown, path: string, underHidden: boolean): void => {
		if (isHidden(value as never)) {
			if (underHidden) hiddenPaths.push(path);
			return;
		}
		if (underHidden && (typeof value === 'number' || typeof value === 'boolean')) {
			leaked.push(`${path} = ${String(value)}`);
			return;
		}
		if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, underHidden));
		else if (value !== null && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				walk(v, `${path}.${key}`, underHidden || (isGroup(key) && hidden.has(key)));
			}
		}
	};
	walk(report, 'report', false);
	return { leaked, hiddenPaths };
}

/** Comparisons and their groups: a comparison built on a hidden group must be hidden too. */
export function comparisonsOf(report: Report): [string, unknown, GroupId[]][] {
	return [
		...report.dimensions.flatMap((d): [string, unknown, GroupId[]][] => [
			[`${d.id}.gap`, d.gap, ['executive', 'frontline']],
			[`${d.id}.mirror`, d.mirror, ['sales', 'marketing']]
		]),
		['index.gap', report.alignmentIndex.gap, ['executive', 'frontline']],
		['index.mirror', report.alignmentIndex.mirror, ['sales', 'marketing']],
		['overall.gap', report.overall.gap, ['executive', 'frontline']],
		['overall.mirror', report.overall.mirror, ['sales', 'marketing']],
		['blindSpots.executives', report.blindSpots.executives, ['executive', 'frontline']],
		['blindSpots.frontline', report.blindSpots.frontline, ['executive', 'frontline']]
	];
}

/**
 * The whole anonymity contract of a report, against the real respondents per cell: visible
 * counts allow no subtraction down to fewer than k (or the executives' k) people, nothing is
 * filed under a hidden group, comparisons and paradigms of hidden groups are hidden, and the
 * JSON survives serialisation unchanged (no NaN, no undefined).
 */
export function expectAnonymous(report: Report, counts: CellCounts): void {
	const hidden = hiddenGroups(report);
	const visible = GROUPS.filter((g) => !hidden.has(g));
	const { k, executiveK } = report.anonymity;
	expect(leaks(visible, counts, baseThreshold(k, executiveK))).toEqual([]);
	expect(leakedUnderHiddenGroups(report).leaked).toEqual([]);
	for (const [path, value, groups] of comparisonsOf(report)) {
		if (groups.some((g) => hidden.has(g))) expect(isHidden(value as never), path).toBe(true);
	}
	for (const level of ['executive', 'frontline', 'all'] as const) {
		if (hidden.has(level)) expect(report.paradigms[level].status).toBe('not_enough_answers');
	}
	expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
}
