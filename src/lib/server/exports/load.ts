/** Reads what an export needs (the suppressed report and the stored plan) and builds its document. */
import type { Locale } from '$lib/i18n/locales';
import type { Diagnostic } from '../diagnostics';
import type { Database } from '../db/client';
import type { Organisation } from '../organisations';
import { listPlanItems } from '../plans';
import { loadReport } from '../reports';
import { buildExportDocument } from './build';
import type { ExportDocument } from './document';

export async function loadExportDocument(
	db: Database,
	organisation: Pick<Organisation, 'name'>,
	diagnostic: Diagnostic,
	locale: Locale
): Promise<ExportDocument> {
	const [report, plan] = await Promise.all([
		loadReport(db, diagnostic),
		listPlanItems(db, diagnostic.id)
	]);
	return buildExportDocument({
		report,
		locale,
		diagnosticTitle: diagnostic.title,
		organisationName: organisation.name,
		plan
	});
}
