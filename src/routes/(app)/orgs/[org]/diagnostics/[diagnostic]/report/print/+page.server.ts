import { isLocale } from '$lib/i18n/locales';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { loadExportDocument } from '$lib/server/exports/load';
import type { PageServerLoad } from './$types';

/**
 * The report laid out for A4 paper, for every member (viewer and above): the same document as
 * the PowerPoint deck, so both say the same thing and hide the same groups. `?lang=fr|en`
 * chooses the language; the user's language by default.
 */
export const load: PageServerLoad = async (event) => {
	const { organisation, diagnostic } = await requireDiagnostic(event, 'viewer');
	const lang = event.url.searchParams.get('lang');
	const locale = isLocale(lang) ? lang : event.locals.locale;
	const document = await loadExportDocument(db(), organisation, diagnostic, locale);
	const base = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}`;
	return { document, reportHref: `${base}/report`, printHref: `${base}/report/print` };
};
