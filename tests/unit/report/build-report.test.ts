import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryGap } from '$lib/domain/gaps';
import { summarizeGroup } from '$lib/domain/group-stats';
import type { ResponseAnswers } from '$lib/domain/instrument';
import { planFromCellStats } from '$lib/domain/publication';
import {
	REPORT_SPEC,
	buildReport,
	isHidden,
	structureCountsOf,
	type Report
} from '$lib/domain/report';
import {
	EXECUTIVE_MODES,
	suppressionOptions,
	type ExecutiveMode
} from '$lib/domain/reporting-level';
import { CELLS, GROUPS, type CellCounts } from '$lib/domain/segments';
import { cellStatsOf, statsForGroup } from '$lib/domain/sufficient-stats';
import { answersFor, sampleContext } from '../../helpers/fixtures';
import {
	answersArb,
	realisticAnswers,
	referenceComments,
	referenceRows,
	seeded
} from './generators';
import { expectAnonymous } from './report-checks';

const NOW = new Date('2025-05-02T10:00:00Z');

function reportOf(
	list: readonly ResponseAnswers[],
	settings: { k?: number; executiveMode?: ExecutiveMode; seed?: number; context?: unknown } = {}
): Report {
	const mode = settings.executiveMode ?? 'standard';
	const rows = referenceRows(list, mode);
	return buildReport({
		cells: cellStatsOf(rows, REPORT_SPEC),
		structure: structureCountsOf(rows),
		comments: referenceComments(list, mode),
		settings: {
			k: settings.k ?? 5,
			executiveMode: mode,
			context: (settings.context ?? sampleContext) as typeof sampleContext,
			instrumentVersion: 'v1'
		},
		generatedAt: NOW,
		random: seeded(settings.seed ?? 1)
	});
}

function respondentsPerCell(list: readonly ResponseAnswers[], mode: ExecutiveMode): CellCounts {
	const cells = cellStatsOf(referenceRows(list, mode), REPORT_SPEC);
	return Object.fromEntries(CELLS.map((cell) => [cell, cells[cell].respondents])) as CellCounts;
}

function people(
	level: ResponseAnswers['level'],
	fn: ResponseAnswers['function'],
	count: number,
	offset = 0
): ResponseAnswers[] {
	return Array.from({ length: count }, (_, i) =>
		answersFor(level, fn, (allowed) => allowed[(i + offset) % allowed.length]!, `${fn} ${i}`)
	);
}

describe('buildReport', () => {
	it('never files a number under a hidden group, for any answers and settings', () => {
		fc.assert(
			fc.property(
				fc.array(answersArb, { maxLength: 70 }),
				fc.constantFrom(...EXECUTIVE_MODES),
				fc.integer({ min: 3, max: 7 }),
				(list, mode, k) => {
					const report = reportOf(list, { k, executiveMode: mode });
					expectAnonymous(report, respondentsPerCell(list, mode));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('shows exactly what the suppression plan shows, with the domain’s own numbers', () => {
		const list = realisticAnswers(400, 5);
		const report = reportOf(list);
		const rows = referenceRows(list, 'standard');
		const cells = cellStatsOf(rows, REPORT_SPEC);
		const plan = planFromCellStats(cells, REPORT_SPEC, suppressionOptions(5, 'standard'));
		const summary = (group: (typeof GROUPS)[number]) =>
			summarizeGroup(statsForGroup(cells, group, REPORT_SPEC), REPORT_SPEC);
		for (const group of GROUPS) {
			const disclosure = plan.respondents[group];
			expect(report.respondents[group]).toEqual(
				disclosure.visible ? disclosure.n : { hidden: true, reason: 'fewer_than_k', k: disclosure.k }
			);
			const trust = report.dimensions[0]!.groups[group];
			if (!isHidden(trust)) expect(trust).toEqual(summary(group).dimensions.trust);
		}
		const gap = report.dimensions[0]!.gap;
		expect(gap).toEqual(
			summaryGap(summary('executive').dimensions.trust!, summary('frontline').dimensions.trust!)
		);
		expect(report.instrumentVersion).toBe('v1');
		expect(report.generatedAt).toBe(NOW.toISOString());
		expect(report.anonymity).toEqual({
			k: 5,
			executiveK: 5,
			executiveMode: 'standard',
			commentMinGroup: 10
		});
	});

	it('is the same for the same seed and time, and the seed only moves the comments', () => {
		const list = realisticAnswers(300, 9);
		const a = reportOf(list, { seed: 4 });
		expect(reportOf(list, { seed: 4 })).toStrictEqual(a);
		const b = reportOf(list, { seed: 5 });
		expect(b.comments).not.toEqual(a.comments);
		expect({ ...b, comments: null }).toStrictEqual({ ...a, comments: null });
		const pooled = (r: Report) => (isHidden(r.comments.pooled) ? [] : [...r.comments.pooled]);
		expect(pooled(b).sort()).toEqual(pooled(a).sort());
	});

	it('shows three executives in k3 mode, with that threshold on their hidden cells', () => {
		const list = [
			...people('executive', 'sales', 3),
			...people('frontline', 'sales', 8),
			...people('frontline', 'marketing', 8, 2)
		];
		const standard = reportOf(list, { executiveMode: 'standard' });
		expect(isHidden(standard.respondents.executive)).toBe(true);
		expect(standard.paradigms.executive.status).toBe('not_enough_answers');
		const k3 = reportOf(list, { executiveMode: 'k3' });
		expect(k3.respondents.executive).toBe(3);
		expect(k3.respondents['executive:sales']).toBe(3);
		expect(k3.respondents['executive:marketing']).toEqual({
			hidden: true,
			reason: 'fewer_than_k',
			k: 3
		});
		expect(k3.anonymity.executiveK).toBe(3);
		const gap = k3.dimensions.find((d) => d.id === 'trust')!.gap;
		expect(gap === null || !isHidden(gap)).toBe(true);
		expectAnonymous(k3, respondentsPerCell(list, 'k3'));
	});

	it('diagnoses paradigms, recommends one from the context and plans actions', () => {
		const report = reportOf(realisticAnswers(600, 21));
		expect(report.paradigms.all.status).toBe('classified');
		expect(report.recommendation?.fits).toHaveLength(4);
		expect(report.actionPlan.items.length).toBeGreaterThanOrEqual(6);
		expect(report.dimensions.map((d) => d.id)).toEqual(REPORT_SPEC.dimensions.map((d) => d.id));
		const alpha = report.dimensions[0]!.reliability.all;
		expect(!isHidden(alpha) && alpha.status).toBe('ok');
	});

	it('still reports and plans when the stored context is unusable', () => {
		const report = reportOf(realisticAnswers(100, 2), { context: { headcount: -1 } });
		expect(report.recommendation).toBeNull();
		expect(report.actionPlan.items.length).toBeGreaterThan(0);
	});

	it('hides everything but the empty shell when nobody answered', () => {
		const report = reportOf([]);
		for (const group of GROUPS) expect(isHidden(report.respondents[group])).toBe(true);
		expect(isHidden(report.comments.pooled)).toBe(true);
		expectAnonymous(report, respondentsPerCell([], 'standard'));
	});
});
