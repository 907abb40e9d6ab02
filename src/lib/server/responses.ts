import { and, eq } from 'drizzle-orm';
import { allItemIds, type ResponseAnswers } from '$lib/domain/instrument';
import { hashToken } from './auth/tokens';
import type { Database } from './db/client';
import {
	diagnostics,
	itemColumn,
	responseComments,
	responses,
	submissionReceipts,
	surveyInvitations
} from './db/schema';

export type SubmitOutcome =
	/** Stored now. */
	| 'stored'
	/** Stored earlier under the same idempotency key: a retry, a double click, the back button. */
	| 'duplicate'
	| 'not_open'
	/** This personal invitation was already used for another response. */
	| 'already_answered';

export interface Submission {
	diagnosticId: string;
	/** Chosen by the respondent's browser (or form) once per response; at least 16 characters. */
	idempotencyKey: string;
	answers: ResponseAnswers;
	invitationId?: string;
	/** The day the response is recorded; the time of day is never stored. */
	today?: Date;
}

class Refused extends Error {
	constructor(readonly outcome: SubmitOutcome) {
		super(outcome);
	}
}

/** The row of `responses` for a validated set of answers (no comment: it is stored apart). */
export function responseRow(
	diagnosticId: string,
	answers: ResponseAnswers,
	source: 'online' | 'import',
	today: Date
): typeof responses.$inferInsert {
	const row: Record<string, unknown> = {
		diagnosticId,
		submittedOn: today.toISOString().slice(0, 10),
		level: answers.level,
		function: answers.function,
		source
	};
	for (const id of allItemIds) row[itemColumn(id)] = answers[id];
	return row as typeof responses.$inferInsert;
}

/**
 * Stores one response exactly once. In one transaction: the idempotency key's receipt (a unique
 * key: a concurrent or repeated submission finds it and stores nothing), the invitation's
 * "answered" mark, the answers and the comment. A 2xx may only be sent after this resolves.
 */
export async function submitResponse(db: Database, submission: Submission): Promise<SubmitOutcome> {
	const today = submission.today ?? new Date();
	try {
		return await db.transaction(async (tx) => {
			const [diagnostic] = await tx
				.select({ status: diagnostics.status })
				.from(diagnostics)
				.where(eq(diagnostics.id, submission.diagnosticId));
			if (!diagnostic) throw new Refused('not_open');
			const [receipt] = await tx
				.insert(submissionReceipts)
				.values({
					diagnosticId: submission.diagnosticId,
					keyHash: hashToken(submission.idempotencyKey)
				})
				.onConflictDoNothing()
				.returning({ keyHash: submissionReceipts.keyHash });
			if (!receipt) return 'duplicate';
			if (diagnostic.status !== 'open') throw new Refused('not_open');
			if (submission.invitationId) {
				const [marked] = await tx
					.update(surveyInvitations)
					.set({ answered: true })
					.where(
						and(
							eq(surveyInvitations.id, submission.invitationId),
							eq(surveyInvitations.answered, false)
						)
					)
					.returning({ id: surveyInvitations.id });
				if (!marked) throw new Refused('already_answered');
			}
			const { answers } = submission;
			await tx
				.insert(responses)
				.values(responseRow(submission.diagnosticId, answers, 'online', today));
			if (answers.comment) {
				await tx.insert(responseComments).values({
					diagnosticId: submission.diagnosticId,
					level: answers.level,
					function: answers.function,
					body: answers.comment
				});
			}
			return 'stored';
		});
	} catch (error) {
		if (error instanceof Refused) return error.outcome;
		throw error;
	}
}
