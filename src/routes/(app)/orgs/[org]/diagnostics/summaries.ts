import type { DiagnosticSummary } from '$lib/components/diagnostics/types';
import { db } from '$lib/server/db';
import { listDiagnostics } from '$lib/server/diagnostics';

/** The organisation's diagnostics, newest first, with only what a list shows. */
export async function diagnosticSummaries(organisationId: string): Promise<DiagnosticSummary[]> {
	const rows = await listDiagnostics(db(), organisationId);
	return rows.map(({ id, title, status, responseCount, createdAt }) => ({
		id,
		title,
		status,
		responseCount,
		createdAt
	}));
}
