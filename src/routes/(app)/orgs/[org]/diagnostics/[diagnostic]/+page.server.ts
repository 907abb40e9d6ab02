import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { countResponses, findDiagnostic } from '$lib/server/diagnostics';
import { loadReport } from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';
import { applyLifecycle } from './lifecycle';

export const load: PageServerLoad = async (event) => {
	const { organisation, diagnostic } = await requireDiagnostic(event, 'viewer');
	const [counts, previous] = await Promise.all([
		countResponses(db(), diagnostic.id),
		diagnostic.previousDiagnosticId
			? findDiagnostic(db(), organisation.id, diagnostic.previousDiagnosticId)
			: undefined
	]);
	// Only the overall total: per-group counts live on the progress page, behind suppression.
	let responseCount = Object.values(counts)
		.flatMap((byFunction) => Object.values(byFunction))
		.reduce((sum, n) => sum + n, 0);
	if (diagnostic.rawAnswersDeletedAt) {
		// The answers are gone; the frozen report still knows how many there were.
		const everyone = (await loadReport(db(), diagnostic)).respondents.all;
		if (typeof everyone === 'number') responseCount = everyone;
	}
	return {
		details: {
			languages: diagnostic.languages,
			k: diagnostic.k,
			executiveMode: diagnostic.executiveMode,
			context: diagnostic.context,
			createdAt: diagnostic.createdAt,
			openedAt: diagnostic.openedAt,
			closedAt: diagnostic.closedAt,
			rawAnswersDeletedAt: diagnostic.rawAnswersDeletedAt,
			previous: previous ? { id: previous.id, title: previous.title } : null,
			responseCount
		}
	};
};

export const actions: Actions = {
	open: async (event) => {
		return applyLifecycle(event, await requireDiagnostic(event, 'admin'), 'open');
	},
	close: async (event) => {
		return applyLifecycle(event, await requireDiagnostic(event, 'admin'), 'close');
	},
	reopen: async (event) => {
		return applyLifecycle(event, await requireDiagnostic(event, 'admin'), 'reopen');
	}
};
