import { db } from '$lib/server/db';
import { listOrganisationsOf } from '$lib/server/organisations';
import type { LayoutServerLoad } from './$types';

/** Only these fields of the session reach the browser. */
export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	return {
		locale: locals.locale,
		user: user ? { name: user.name, email: user.email } : null,
		organisations: user
			? (await listOrganisationsOf(db(), user.id)).map(({ id, name }) => ({ id, name }))
			: []
	};
};
