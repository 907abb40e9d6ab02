import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { loadReport } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

/**
 * The report page reads the same suppressed report as `report.json`: every figure anonymity does
 * not allow is already a `HiddenFigure` here, so the page cannot show more than the API.
 */
export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'viewer');
	const report = await loadReport(db(), diagnostic);
	// The action plan has its own page; the comments by group are not shown here.
	const { actionPlan: _plan, ...shown } = report;
	return { report: shown };
};
