import { templateCsv } from '$lib/domain/response-import';
import { requireDiagnostic } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

/**
 * The import template: header and two example rows, in the user's language, with a BOM so that
 * Excel reads it as UTF-8. `?delimiter=semicolon` gives the variant that Excel set to French
 * opens in columns (it reads `,` files as a single column).
 */
export const GET: RequestHandler = async (event) => {
	await requireDiagnostic(event, 'admin');
	const semicolon = event.url.searchParams.get('delimiter') === 'semicolon';
	const body = templateCsv(event.locals.locale, semicolon ? ';' : ',');
	const name = semicolon ? 'accord-import-template-semicolon.csv' : 'accord-import-template.csv';
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
