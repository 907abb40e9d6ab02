import { requireOrganisationRole } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'viewer');
	return { role: access.role };
};
