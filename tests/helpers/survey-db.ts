import { asc, eq } from 'drizzle-orm';
import { allItemIds, type ItemId } from '../../src/lib/domain/instrument';
import { openDatabase } from '../../src/lib/server/db/client';
import {
	itemColumn,
	responseComments,
	responses,
	submissionReceipts,
	surveyInvitations
} from '../../src/lib/server/db/schema';
import type { RunningApp } from './server';

export interface StoredResponse {
	level: string;
	function: string;
	submittedOn: string;
	source: string;
	answers: Record<ItemId, number | null>;
}

export interface SurveyStore {
	responses: StoredResponse[];
	comments: { level: string; function: string; body: string }[];
	invitationsAnswered: boolean[];
	receipts: number;
}

/**
 * What one diagnostic holds after a survey: its responses, comments, invitation marks and
 * idempotency receipts. With PGlite, stop the app first (it holds the database files).
 */
export async function readSurveyStore(app: RunningApp, diagnosticId: string): Promise<SurveyStore> {
	const handle =
		app.kind === 'postgres'
			? openDatabase({ url: app.database, poolSize: 1 })
			: openDatabase({ dataDir: app.database });
	try {
		const { db } = handle;
		const rows = await db
			.select()
			.from(responses)
			.where(eq(responses.diagnosticId, diagnosticId))
			.orderBy(asc(responses.id));
		const comments = await db
			.select({
				level: responseComments.level,
				function: responseComments.function,
				body: responseComments.body
			})
			.from(responseComments)
			.where(eq(responseComments.diagnosticId, diagnosticId));
		const invitations = await db
			.select({ answered: surveyInvitations.answered })
			.from(surveyInvitations)
			.where(eq(surveyInvitations.diagnosticId, diagnosticId));
		const receipts = await db
			.select()
			.from(submissionReceipts)
			.where(eq(submissionReceipts.diagnosticId, diagnosticId));
		return {
			responses: rows.map((row) => {
				const record = row as unknown as Record<string, unknown>;
				const answers = Object.fromEntries(
					allItemIds.map((id) => [id, (record[itemColumn(id)] as number | null) ?? null])
				) as Record<ItemId, number | null>;
				return {
					level: row.level,
					function: row.function,
					submittedOn: String(row.submittedOn),
					source: row.source,
					answers
				};
			}),
			comments,
			invitationsAnswered: invitations.map((i) => i.answered),
			receipts: receipts.length
		};
	} finally {
		await handle.close();
	}
}
