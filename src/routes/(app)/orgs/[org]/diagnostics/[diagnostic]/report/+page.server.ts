import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listPlanItems } from '$lib/server/plans';
import { loadReport } from '$lib/server/reports';
import type { PageServerLoad } from './$types';
import { summarisePlan } from './plan-summary';

/**
 * The report page reads the same suppressed report as `report.json`: every figure anonymity does
 * not allow is already a `HiddenFigure` here, so the page cannot show more than the API. Next to
 * it: the action plan (the saved one, else the generated one) and the expected headcounts, which
 * the response rates are computed against.
 */
export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'viewer');
	const [report, stored] = await Promise.all([
		loadReport(db(), diagnostic),
		listPlanItems(db(), diagnostic.id)
	]);
	// The comments by group are not shown here; the plan is summarised below.
	const { actionPlan, ...shown } = report;
	return {
		report: shown,
		plan: summarisePlan(stored, actionPlan, event.locals.locale),
		expected: diagnostic.expected,
		executiveMode: diagnostic.executiveMode
	};
};
