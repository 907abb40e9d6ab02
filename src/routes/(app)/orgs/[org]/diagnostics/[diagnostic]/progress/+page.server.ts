import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { countResponses } from '$lib/server/diagnostics';
import { invitationSummary } from '$lib/server/survey-access';
import type { PageServerLoad } from './$types';
import { buildProgress } from './progress';

export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'consultant');
	const [counts, invitations] = await Promise.all([
		countResponses(db(), diagnostic.id),
		invitationSummary(db(), diagnostic.id)
	]);
	// Only the suppressed table leaves the server, never the raw counts.
	return {
		progress: buildProgress(counts, diagnostic.expected, diagnostic.k, diagnostic.executiveMode),
		invitations
	};
};
