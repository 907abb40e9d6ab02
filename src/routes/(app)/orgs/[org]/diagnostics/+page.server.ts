import { requireOrganisationRole } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';
import { diagnosticSummaries } from './summaries';

export const load: PageServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'viewer');
	return { diagnostics: await diagnosticSummaries(access.organisation.id) };
};
