import { describe, expect, it } from 'vitest';
import type { JobFunction, Level, ResponseAnswers } from '$lib/domain/instrument';
import { liveFigures } from '$lib/domain/live-release';
import { REPORT_SPEC, buildReport, isHidden, structureCountsOf } from '$lib/domain/report';
import { cellStatsOf } from '$lib/domain/sufficient-stats';
import { answersFor, sampleContext } from '../../helpers/fixtures';
import { referenceComments, referenceRows, seeded } from '../report/generators';

function people(level: Level, fn: JobFunction, count: number): ResponseAnswers[] {
	return Array.from({ length: count }, (_, i) =>
		answersFor(level, fn, (allowed) => allowed[(i * 3 + 1) % allowed.length]!)
	);
}

function reportOf(list: readonly ResponseAnswers[], k: number) {
	const rows = referenceRows(list, 'standard');
	return buildReport({
		cells: cellStatsOf(rows, REPORT_SPEC),
		structure: structureCountsOf(rows),
		comments: referenceComments(list, 'standard'),
		settings: { k, executiveMode: 'standard', context: sampleContext, instrumentVersion: 'v1' },
		generatedAt: new Date('2026-11-24T09:00:00Z'),
		random: seeded(1)
	});
}

describe('the live figures', () => {
	it('keep a group under k hidden, and its complement too', () => {
		const report = reportOf(
			[...people('executive', 'sales', 2), ...people('frontline', 'marketing', 6)],
			5
		);
		const figures = liveFigures(report);
		const hidden = { hidden: true, reason: 'fewer_than_k', k: 5 };
		// Two executives: never a number; frontline too, or it would give them away from the total.
		expect(figures.aligned.executive).toEqual(hidden);
		expect(figures.aligned.frontline).toEqual(hidden);
		expect(figures.index).toEqual({ executive: hidden, frontline: hidden });
		expect(figures.dimensions.every((d) => isHidden(d.scores.executive))).toBe(true);
		const all = report.overall.groups.all;
		if (isHidden(all)) throw new Error('everyone together should be shown');
		expect(figures.aligned.all).toBe(all.aligned);
	});

	it('are the report’s own figures for the groups that are shown', () => {
		const report = reportOf(
			[...people('executive', 'sales', 5), ...people('frontline', 'marketing', 6)],
			5
		);
		const figures = liveFigures(report);
		for (const level of ['executive', 'frontline'] as const) {
			const overall = report.overall.groups[level];
			const index = report.alignmentIndex.groups[level];
			if (isHidden(overall) || isHidden(index)) throw new Error(`${level} should be shown`);
			expect(figures.aligned[level]).toBe(overall.aligned);
			expect(figures.index[level]).toEqual({ mean: index.mean, ci95: index.ci95 });
			expect(index.mean).not.toBeNull();
			report.dimensions.forEach((dimension, i) => {
				const shown = dimension.groups[level];
				if (isHidden(shown)) throw new Error('dimension should be shown');
				expect(figures.dimensions[i]!.scores[level]).toBe(shown.mean);
			});
		}
		expect(figures.dimensions.map((d) => d.id)).toEqual(report.dimensions.map((d) => d.id));
		expect(figures.dimensions).toHaveLength(7);
	});
});
