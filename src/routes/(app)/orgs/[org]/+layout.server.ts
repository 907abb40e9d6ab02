import { requireOrganisationRole } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'viewer');
	return {
		organisation: { id: access.organisation.id, name: access.organisation.name },
		role: access.role
	};
};
