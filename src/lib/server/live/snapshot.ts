/**
 * Live mode's reads: the stored count, then, when a batch is due, the suppressed report it is
 * cut from (`liveFigures`), released with the respondent count of that same report.
 */
import { count, eq } from 'drizzle-orm';
import { liveFigures, releaseDue, type LiveRelease } from '$lib/domain/live-release';
import { isHidden } from '$lib/domain/report/types';
import type { Database } from '../db/client';
import { responses } from '../db/schema';
import type { Diagnostic } from '../diagnostics';
import { loadReport } from '../reports';

/** Responses stored for a diagnostic: a cheap check before the report is computed. */
export async function storedResponses(db: Database, diagnosticId: string): Promise<number> {
	const [row] = await db
		.select({ stored: count() })
		.from(responses)
		.where(eq(responses.diagnosticId, diagnosticId));
	return Number(row?.stored ?? 0);
}

export type LiveDiagnostic = Pick<
	Diagnostic,
	'id' | 'k' | 'executiveMode' | 'context' | 'instrumentVersion'
>;

/**
 * The next batch after `released` responses were shown, or null while fewer than k new ones
 * have arrived. The count released is the report's own respondent count, so that the number on
 * the screen and the figures describe exactly the same responses.
 */
export async function nextRelease(
	db: Database,
	diagnostic: LiveDiagnostic,
	released: number
): Promise<LiveRelease | null> {
	const stored = await storedResponses(db, diagnostic.id);
	if (!releaseDue(released, stored, diagnostic.k)) return null;
	const report = await loadReport(db, diagnostic);
	const respondents = report.respondents.all;
	if (isHidden(respondents) || !releaseDue(released, respondents, diagnostic.k)) return null;
	return { released: respondents, figures: liveFigures(report) };
}
