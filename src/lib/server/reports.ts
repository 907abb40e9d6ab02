/**
 * The report of a diagnostic: SQL aggregation by cell (./report/queries.ts, run and parsed by
 * ./report/cell-stats.ts), then the pure assembly and suppression in `buildReport`. The report
 * endpoint and the exports call `loadReport`; nothing else should read answers for a report.
 * Once the retention setting deleted the raw answers, the report frozen at that moment is served.
 */
import { eq } from 'drizzle-orm';
import { buildReport, type Report } from '$lib/domain/report';
import type { ExecutiveMode } from '$lib/domain/reporting-level';
import type { Diagnostic } from './diagnostics';
import type { Database } from './db/client';
import { reportArchives, type executiveModes } from './db/schema';
import { loadReportData } from './report/cell-stats';

// The stored modes and the modes the analysis knows must stay the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameModes: Same<(typeof executiveModes)[number], ExecutiveMode> = true;

export { loadReportData, type ReportData } from './report/cell-stats';

export interface ReportOptions {
	/** The report's timestamp; now by default. */
	now?: Date;
	/** Uniform in [0, 1) for the comment shuffle; a cryptographic source by default. */
	random?: () => number;
}

/** Unpredictable, so nobody can replay the shuffle to recover the order comments arrived in. */
function secureRandom(): number {
	const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
	return value / 2 ** 32;
}

export async function loadReport(
	db: Database,
	diagnostic: Pick<Diagnostic, 'id' | 'k' | 'executiveMode' | 'context' | 'instrumentVersion'>,
	options: ReportOptions = {}
): Promise<Report> {
	const [archived] = await db
		.select({ report: reportArchives.report })
		.from(reportArchives)
		.where(eq(reportArchives.diagnosticId, diagnostic.id));
	if (archived) return archived.report;
	const data = await loadReportData(db, diagnostic.id, diagnostic.executiveMode);
	return buildReport({
		...data,
		settings: {
			k: diagnostic.k,
			executiveMode: diagnostic.executiveMode,
			context: diagnostic.context,
			instrumentVersion: diagnostic.instrumentVersion
		},
		generatedAt: options.now ?? new Date(),
		random: options.random ?? secureRandom
	});
}
