import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listPlanItems } from '$lib/server/plans';
import { loadReport } from '$lib/server/reports';
import { summarisePlan } from '../report/plan-summary';
import type { PageServerLoad } from './$types';

/**
 * The workshop deck reads the same suppressed report as the report page and `report.json`: a
 * figure anonymity does not allow is already a `HiddenFigure` here. The page sits outside the
 * diagnostic's layout (full-screen slides), so it returns the names it shows itself. The current
 * slide comes from the address (`?slide=`) and is read by the page, not here, so moving between
 * slides never reloads the report.
 */
export const load: PageServerLoad = async (event) => {
	const { organisation, diagnostic } = await requireDiagnostic(event, 'viewer');
	const [report, stored] = await Promise.all([
		loadReport(db(), diagnostic),
		listPlanItems(db(), diagnostic.id)
	]);
	// Comments are not projected in a room; the plan is summarised below.
	const { actionPlan, comments: _comments, ...shown } = report;
	const base = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}`;
	return {
		report: shown,
		plan: summarisePlan(stored, actionPlan, event.locals.locale),
		organisationName: organisation.name,
		diagnostic: {
			title: diagnostic.title,
			closedAt: diagnostic.closedAt?.toISOString() ?? null
		},
		reportHref: `${base}/report`
	};
};
