import { redirect } from '@sveltejs/kit';
import { organisationNameSchema } from '$lib/forms/organisation';
import { requireUser } from '$lib/server/auth/guard';
import { consultantOverview } from '$lib/server/consultant-overview';
import { db } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { createOrganisation } from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { memberships: await consultantOverview(db(), user.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, organisationNameSchema);
		if (!parsed.ok) return parsed.failure;
		const organisation = await createOrganisation(db(), user.id, parsed.data.name);
		redirect(303, `/orgs/${organisation.id}`);
	}
};
