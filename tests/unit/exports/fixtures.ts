/**
 * Reports for the export tests, built in memory from answers, and the tiny-group fixture: two
 * marketing executives (below k = 5) among frontline respondents.
 */
import type { ResponseAnswers } from '$lib/domain/instrument';
import { REPORT_SPEC, buildReport, structureCountsOf, type Report } from '$lib/domain/report';
import { cellStatsOf } from '$lib/domain/sufficient-stats';
import { answersFor, sampleContext } from '../../helpers/fixtures';
import { realisticAnswers, referenceComments, referenceRows, seeded } from '../report/generators';

export const NOW = new Date('2025-05-02T10:00:00Z');

/** The report of these answers; `k` below 3 gives the unsuppressed figures tests compare with. */
export function reportOf(list: readonly ResponseAnswers[], k = 5): Report {
	const rows = referenceRows(list, 'standard');
	return buildReport({
		cells: cellStatsOf(rows, REPORT_SPEC),
		structure: structureCountsOf(rows),
		comments: referenceComments(list, 'standard'),
		settings: { k, executiveMode: 'standard', context: sampleContext, instrumentVersion: 'v1' },
		generatedAt: NOW,
		random: seeded(1)
	});
}

/** Two marketing executives answering at the top of every scale, and 40 frontline answers. */
export function tinyGroupAnswers(): ResponseAnswers[] {
	return [
		...Array.from({ length: 2 }, () => answersFor('executive', 'marketing')),
		...realisticAnswers(40, 3).filter((a) => a.level !== 'executive')
	];
}

/** A full diagnostic: 80 realistic answers, every group shown. */
export function fullAnswers(): ResponseAnswers[] {
	return realisticAnswers(80, 17);
}
