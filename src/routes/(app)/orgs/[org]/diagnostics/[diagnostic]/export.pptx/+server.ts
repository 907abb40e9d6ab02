import { isLocale } from '$lib/i18n/locales';
import { exportsMessages } from '$lib/i18n/messages/exports';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { loadExportDocument, renderPptx, safeFileName } from '$lib/server/exports';
import type { RequestHandler } from './$types';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * The report as a PowerPoint deck, for every member (viewer and above). `?lang=fr|en` chooses
 * the language; the user's language by default. Hidden groups never reach a slide or a chart.
 */
export const GET: RequestHandler = async (event) => {
	const { organisation, diagnostic } = await requireDiagnostic(event, 'viewer');
	const lang = event.url.searchParams.get('lang');
	const locale = isLocale(lang) ? lang : event.locals.locale;
	const document = await loadExportDocument(db(), organisation, diagnostic, locale);
	const bytes = await renderPptx(document);
	const name = safeFileName(
		exportsMessages[locale].fileName,
		diagnostic.title,
		diagnostic.id,
		'pptx'
	);
	return new Response(bytes, {
		headers: {
			'content-type': PPTX,
			'content-disposition': `attachment; filename="${name}"`,
			'content-length': String(bytes.byteLength),
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
