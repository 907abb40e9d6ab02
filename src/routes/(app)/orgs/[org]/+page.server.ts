import { requireOrganisationRole } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';
import { diagnosticSummaries } from './diagnostics/summaries';

export const load: PageServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'viewer');
	return { role: access.role, diagnostics: await diagnosticSummaries(access.organisation.id) };
};
