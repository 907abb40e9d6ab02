import { and, eq, sql } from 'drizzle-orm';
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
 * Stores one response exactly once. Everything happens atomically: the idempotency key's receipt
 * (a unique key: a concurrent or repeated submission finds it and stores nothing), the
 * invitation's "answered" mark, the answers and the comment. A 2xx may only be sent after this
 * resolves. Shared links take a single-statement path (one round trip, the hot path of a
 * company-wide survey); personal invitations take a transaction, because the invitation must be
 * marked in the same unit.
 */
export async function submitResponse(db: Database, submission: Submission): Promise<SubmitOutcome> {
	return submission.invitationId
		? submitWithInvitation(db, submission, submission.invitationId)
		: submitThroughLink(db, submission);
}

/**
 * One statement with data-modifying CTEs: the receipt is inserted only if the diagnostic is open,
 * the answers and the comment only if the receipt was new. PostgreSQL runs it atomically.
 */
async function submitThroughLink(db: Database, submission: Submission): Promise<SubmitOutcome> {
	const { diagnosticId, answers } = submission;
	const row = responseRow(diagnosticId, answers, 'online', submission.today ?? new Date());
	const columns = Object.keys(row).map((key) => responses[key as keyof typeof row].name);
	const values = Object.values(row).map((value) => sql`${value}`);
	const keyHash = hashToken(submission.idempotencyKey);
	const result = await db.execute<{ open: number; fresh: number }>(sql`
		with open_diagnostic as (
			select id from ${diagnostics} where id = ${diagnosticId} and status = 'open'
		), receipt as (
			insert into ${submissionReceipts} (diagnostic_id, key_hash)
			select id, ${keyHash} from open_diagnostic
			on conflict do nothing
			returning diagnostic_id
		), stored as (
			insert into ${responses} (${sql.join(
				columns.map((c) => sql.identifier(c)),
				sql`, `
			)})
			select ${sql.join(values, sql`, `)} from receipt
			returning 1
		), commented as (
			insert into ${responseComments} (diagnostic_id, level, function, body)
			select diagnostic_id, ${answers.level}, ${answers.function}, ${answers.comment}
			from receipt where ${answers.comment}::text is not null
		)
		select (select count(*)::int from open_diagnostic) as open,
			(select count(*)::int from stored) as fresh`);
	const [outcome] = Array.isArray(result) ? result : (result as { rows: (typeof result)[] }).rows;
	if (Number(outcome?.fresh) === 1) return 'stored';
	if (Number(outcome?.open) === 1) return 'duplicate';
	// Closed (or unknown) now: still a success if this very response was stored before.
	return (await hasReceipt(db, diagnosticId, keyHash)) ? 'duplicate' : 'not_open';
}

async function hasReceipt(db: Database, diagnosticId: string, keyHash: string): Promise<boolean> {
	const [receipt] = await db
		.select({ keyHash: submissionReceipts.keyHash })
		.from(submissionReceipts)
		.where(
			and(
				eq(submissionReceipts.diagnosticId, diagnosticId),
				eq(submissionReceipts.keyHash, keyHash)
			)
		);
	return receipt !== undefined;
}

async function submitWithInvitation(
	db: Database,
	submission: Submission,
	invitationId: string
): Promise<SubmitOutcome> {
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
			const [marked] = await tx
				.update(surveyInvitations)
				.set({ answered: true })
				.where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.answered, false)))
				.returning({ id: surveyInvitations.id });
			if (!marked) throw new Refused('already_answered');
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
