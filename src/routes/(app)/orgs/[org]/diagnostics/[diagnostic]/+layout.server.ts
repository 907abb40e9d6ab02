import { requireDiagnostic } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

/** What every page of one diagnostic shows in its header; each page still calls its own guard. */
export const load: LayoutServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'viewer');
	return {
		diagnostic: {
			id: diagnostic.id,
			title: diagnostic.title,
			status: diagnostic.status,
			// The retention setting deleted its raw answers: the report is frozen, no reopening.
			archived: diagnostic.rawAnswersDeletedAt !== null
		}
	};
};
