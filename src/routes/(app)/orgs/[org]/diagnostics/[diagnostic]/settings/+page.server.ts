import { fail } from '@sveltejs/kit';
import { diagnosticFormSchema, diagnosticFormValues } from '$lib/forms/diagnostic';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { listDiagnostics, updateDiagnostic, type Diagnostic } from '$lib/server/diagnostics';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Only earlier diagnostics can be the previous wave, so waves never form a loop. */
async function previousOptions(diagnostic: Diagnostic): Promise<{ id: string; title: string }[]> {
	const rows = await listDiagnostics(db(), diagnostic.organisationId);
	return rows
		.filter((row) => row.id !== diagnostic.id && row.createdAt < diagnostic.createdAt)
		.map(({ id, title }) => ({ id, title }));
}

export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'admin');
	return {
		values: diagnosticFormValues(diagnostic),
		locked: diagnostic.openedAt !== null,
		previousOptions: await previousOptions(diagnostic)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { organisation, diagnostic } = await requireDiagnostic(event, 'admin');
		const previousIds = (await previousOptions(diagnostic)).map((option) => option.id);
		const locked = diagnostic.openedAt
			? { k: diagnostic.k, executiveMode: diagnostic.executiveMode }
			: undefined;
		const parsed = await parseForm(event.request, diagnosticFormSchema({ previousIds, locked }));
		if (!parsed.ok) return parsed.failure;
		const result = await updateDiagnostic(db(), organisation.id, diagnostic.id, parsed.data);
		if (result.ok) return { saved: true };
		if (result.reason === 'anonymity_locked') {
			// The rest of what was typed is kept; the locked fields show what is really stored.
			const kept = { ...parsed.data, k: diagnostic.k, executiveMode: diagnostic.executiveMode };
			return fail(409, {
				errors: {} as Record<string, string>,
				values: diagnosticFormValues(kept),
				message: 'anonymity_locked'
			});
		}
		return fail(404, { errors: {}, values: {}, message: 'not_found' });
	}
};
