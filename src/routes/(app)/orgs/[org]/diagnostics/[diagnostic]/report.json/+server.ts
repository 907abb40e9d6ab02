import { json } from '@sveltejs/kit';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { loadReport } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The whole report as JSON, for every member (viewer and above); never cached anywhere. */
export const GET: RequestHandler = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'viewer');
	const report = await loadReport(db(), diagnostic);
	return json(report, { headers: { 'cache-control': 'no-store' } });
};
