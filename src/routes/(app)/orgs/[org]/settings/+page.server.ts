import { organisationNameSchema } from '$lib/forms/organisation';
import { requireOrganisationRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { renameOrganisation, setRetention } from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';
import { retentionSchema } from './retention-form';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireOrganisationRole(event, 'admin');
	return { retentionMonths: organisation.retentionMonths };
};

export const actions: Actions = {
	rename: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, organisationNameSchema);
		if (!parsed.ok) return parsed.failure;
		await renameOrganisation(db(), access.organisation.id, parsed.data.name);
		return { saved: true };
	},
	retention: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, retentionSchema);
		if (!parsed.ok) return parsed.failure;
		await setRetention(db(), access.organisation.id, parsed.data.retentionMonths);
		return { retentionSaved: true };
	}
};
