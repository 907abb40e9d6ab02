import { getAction } from '$lib/domain/actions';
import { DIMENSION_LABELS } from '$lib/domain/dimension-ids';
import { hasRole } from '$lib/domain/roles';
import { compareWaves } from '$lib/domain/waves';
import { customActionSchema, planItemUpdateSchema, planMoveSchema } from '$lib/forms/plan';
import type { Locale } from '$lib/i18n/locales';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { findDiagnostic, type Diagnostic } from '$lib/server/diagnostics';
import { formError, parseForm } from '$lib/server/forms';
import {
	addCustomPlanItem,
	listPlanItems,
	movePlanItem,
	planActionIds,
	savePlanOnce,
	updatePlanItem,
	type PlanItemRow
} from '$lib/server/plans';
import { loadReport } from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';

/** What the page shows of an item, in the reader's language. */
function present(item: PlanItemRow, locale: Locale) {
	const action = item.actionId ? getAction(item.actionId) : undefined;
	return {
		id: item.id,
		custom: !item.actionId,
		title: action ? action.title[locale] : (item.customTitle ?? ''),
		description: action ? action.description[locale] : (item.customDescription ?? ''),
		reason: item.reason ? item.reason.text[locale] : null,
		owner: item.owner,
		dueOn: item.dueOn ?? '',
		status: item.status,
		notes: item.notes
	};
}

async function waveComparison(diagnostic: Diagnostic, locale: Locale) {
	if (!diagnostic.previousDiagnosticId) return null;
	const previous = await findDiagnostic(
		db(),
		diagnostic.organisationId,
		diagnostic.previousDiagnosticId
	);
	if (!previous) return null;
	const [earlier, later, actionIds] = await Promise.all([
		loadReport(db(), previous),
		loadReport(db(), diagnostic),
		planActionIds(db(), previous.id)
	]);
	const comparison = compareWaves(earlier, later, actionIds);
	return {
		previousTitle: previous.title,
		dimensions: comparison.dimensions.map((d) => ({
			label: DIMENSION_LABELS[d.dimension][locale],
			earlier: d.earlier,
			later: d.later,
			difference: d.change?.difference ?? null,
			ci: d.change?.ci95 ?? null
		})),
		actions: comparison.actions.map((a) => ({
			title: getAction(a.actionId)?.title[locale] ?? a.actionId,
			text: a.text[locale]
		}))
	};
}

export const load: PageServerLoad = async (event) => {
	const access = await requireDiagnostic(event, 'viewer');
	const locale = event.locals.locale;
	const items = await listPlanItems(db(), access.diagnostic.id);
	return {
		items: items.map((item) => present(item, locale)),
		canEdit: hasRole(access.role, 'consultant'),
		waves: await waveComparison(access.diagnostic, locale)
	};
};

export const actions: Actions = {
	generate: async (event) => {
		const access = await requireDiagnostic(event, 'consultant');
		const report = await loadReport(db(), access.diagnostic);
		await savePlanOnce(db(), access.diagnostic.id, report.actionPlan);
		return { saved: true };
	},
	update: async (event) => {
		const access = await requireDiagnostic(event, 'consultant');
		const parsed = await parseForm(event.request, planItemUpdateSchema);
		if (!parsed.ok) return parsed.failure;
		const { itemId, ...changes } = parsed.data;
		// An item deleted meanwhile (or an id from elsewhere) is a form error, not a crash.
		if (!(await updatePlanItem(db(), access.diagnostic.id, itemId, changes))) {
			return formError(400, 'not_found', { itemId });
		}
		return { saved: true, itemId };
	},
	move: async (event) => {
		const access = await requireDiagnostic(event, 'consultant');
		const parsed = await parseForm(event.request, planMoveSchema);
		if (!parsed.ok) return parsed.failure;
		await movePlanItem(db(), access.diagnostic.id, parsed.data.itemId, parsed.data.direction);
		return { saved: true };
	},
	add: async (event) => {
		const access = await requireDiagnostic(event, 'consultant');
		const parsed = await parseForm(event.request, customActionSchema);
		if (!parsed.ok) return parsed.failure;
		await addCustomPlanItem(db(), access.diagnostic.id, parsed.data);
		return { saved: true };
	}
};
