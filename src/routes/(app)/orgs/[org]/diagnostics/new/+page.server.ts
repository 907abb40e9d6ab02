import { redirect } from '@sveltejs/kit';
import { diagnosticFormSchema, newDiagnosticValues } from '$lib/forms/diagnostic';
import { requireOrganisationRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { createDiagnostic, listDiagnostics } from '$lib/server/diagnostics';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Any existing diagnostic of the organisation is earlier than the one being created. */
async function previousOptions(organisationId: string): Promise<{ id: string; title: string }[]> {
	const rows = await listDiagnostics(db(), organisationId);
	return rows.map(({ id, title }) => ({ id, title }));
}

export const load: PageServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'admin');
	return {
		previousOptions: await previousOptions(access.organisation.id),
		initialValues: newDiagnosticValues(event.locals.locale)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const organisationId = access.organisation.id;
		const previousIds = (await previousOptions(organisationId)).map((option) => option.id);
		const parsed = await parseForm(event.request, diagnosticFormSchema({ previousIds }));
		if (!parsed.ok) return parsed.failure;
		const diagnostic = await createDiagnostic(db(), organisationId, parsed.data);
		redirect(303, `/orgs/${organisationId}/diagnostics/${diagnostic.id}`);
	}
};
