import { redirect } from '@sveltejs/kit';
import { live as messages } from '$lib/i18n/messages/live';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formError } from '$lib/server/forms';
import { createRoomLink, livePath, readRoomLink } from '$lib/server/live/room-link';
import { nextRelease } from '$lib/server/live/snapshot';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, diagnostic } = await requireDiagnostic(event, 'consultant');
	// The page carries results and, once shown, the room's survey link.
	event.setHeaders({ 'cache-control': 'no-store' });
	const base = { k: diagnostic.k, title: diagnostic.title, open: diagnostic.status === 'open' };
	if (!base.open) return { ...base, release: null, room: null };
	const [release, room] = await Promise.all([
		nextRelease(db(), diagnostic, 0),
		readRoomLink(db(), event.cookies, {
			organisationId: organisation.id,
			diagnosticId: diagnostic.id,
			origin: event.url.origin
		})
	]);
	return { ...base, release, room };
};

export const actions: Actions = {
	showQr: async (event) => {
		const { organisation, diagnostic } = await requireDiagnostic(event, 'consultant');
		if (diagnostic.status !== 'open') return formError(409, 'not_open');
		const locale = event.locals.locale;
		const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
			dateStyle: 'medium'
		}).format(new Date());
		await createRoomLink(db(), event.cookies, {
			organisationId: organisation.id,
			diagnosticId: diagnostic.id,
			label: messages[locale].linkLabel(date)
		});
		redirect(303, livePath(organisation.id, diagnostic.id));
	}
};
