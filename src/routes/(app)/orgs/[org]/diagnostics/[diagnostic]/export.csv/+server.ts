import { buildReportCsv } from '$lib/domain/report-csv';
import { isLocale } from '$lib/i18n/locales';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { loadReport } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/**
 * The report's aggregates as CSV (never raw answers), for every member (viewer and above).
 * `?lang=fr|en` chooses the language of headers and labels; the user's language by default.
 */
export const GET: RequestHandler = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'viewer');
	const lang = event.url.searchParams.get('lang');
	const locale = isLocale(lang) ? lang : event.locals.locale;
	const report = await loadReport(db(), diagnostic);
	return new Response(buildReportCsv(report, locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="accord-${diagnostic.id}.csv"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
