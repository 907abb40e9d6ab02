import { and, eq, sql, type SQL } from 'drizzle-orm';
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
 * resolves.
 *
 * Both paths are a single statement (data-modifying CTEs, which PostgreSQL runs atomically), never
 * `db.transaction`: on PostgreSQL that is postgres.js's `sql.begin()`, and postgres.js 3.4.9
 * crashes the whole process when the backend of a `sql.begin()` dies while a query is in flight
 * (porsager/postgres#1208: its catch block writes ROLLBACK to the closed socket from a
 * setImmediate, an uncaught TypeError no caller can catch). A database restart or a terminated
 * session during a survey must cost one failed request that the respondent retries with the same
 * key, not the process; tests/integration/faults/backend-killed.test.ts kills the backend of a
 * waiting submission on each path. A single statement is also one round trip.
 */
export async function submitResponse(db: Database, submission: Submission): Promise<SubmitOutcome> {
	return submission.invitationId
		? submitWithInvitation(db, submission, submission.invitationId)
		: submitThroughLink(db, submission);
}

/**
 * The CTEs `stored` and `commented` that insert the answers and the comment once for each row of
 * the CTE `receipt` (none when the receipt was not new).
 */
function insertAnswers(submission: Submission): SQL {
	const { diagnosticId, answers } = submission;
	const row = responseRow(diagnosticId, answers, 'online', submission.today ?? new Date());
	const columns = Object.keys(row).map((key) => responses[key as keyof typeof row].name);
	const values = Object.values(row).map((value) => sql`${value}`);
	return sql`stored as (
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
		)`;
}

/**
 * A failed submission statement, without its parameters: drizzle's error carries them (every
 * answer and the comment), and the server logs unexpected errors whole. Only the driver's code
 * stays (e.g. CONNECTION_CLOSED, 57P01 when the session was terminated).
 */
export class SubmissionFailed extends Error {
	constructor(error: unknown) {
		const cause = (error as { cause?: { code?: unknown } }).cause;
		const code = cause?.code ?? (error as { code?: unknown }).code ?? 'unknown';
		super(`storing a response failed (${String(code)})`);
		this.name = 'SubmissionFailed';
	}
}

/** Runs a submission statement and reads its two counts (diagnostic open, response stored). */
async function runStatement(
	db: Database,
	statement: SQL
): Promise<{ open: boolean; fresh: boolean }> {
	const result = await db
		.execute<{ open: number; fresh: number }>(statement)
		.catch((error: unknown) => {
			throw new SubmissionFailed(error);
		});
	const [outcome] = Array.isArray(result) ? result : (result as { rows: (typeof result)[] }).rows;
	return { open: Number(outcome?.open) === 1, fresh: Number(outcome?.fresh) === 1 };
}

/** The receipt is inserted only if the diagnostic is open, the answers only if it was new. */
async function submitThroughLink(db: Database, submission: Submission): Promise<SubmitOutcome> {
	const { diagnosticId } = submission;
	const keyHash = hashToken(submission.idempotencyKey);
	const { open, fresh } = await runStatement(
		db,
		sql`
		with open_diagnostic as (
			select id from ${diagnostics} where id = ${diagnosticId} and status = 'open'
		), receipt as (
			insert into ${submissionReceipts} (diagnostic_id, key_hash)
			select id, ${keyHash} from open_diagnostic
			on conflict do nothing
			returning diagnostic_id
		), ${insertAnswers(submission)}
		select (select count(*)::int from open_diagnostic) as open,
			(select count(*)::int from stored) as fresh`
	);
	if (fresh) return 'stored';
	if (open) return 'duplicate';
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

/**
 * The invitation is marked answered only if the diagnostic is open, the invitation not answered
 * yet and the key not used before; the receipt, the answers and the comment only if it was.
 * Two submissions of one invitation at once queue on the invitation's row lock, and the second
 * finds it answered (PostgreSQL re-checks the condition on the updated row). When nothing was
 * stored, a receipt for the key means this response was stored before.
 */
async function submitWithInvitation(
	db: Database,
	submission: Submission,
	invitationId: string
): Promise<SubmitOutcome> {
	const { diagnosticId } = submission;
	const keyHash = hashToken(submission.idempotencyKey);
	const { open, fresh } = await runStatement(
		db,
		sql`
		with open_diagnostic as (
			select id from ${diagnostics} where id = ${diagnosticId} and status = 'open'
		), marked as (
			update ${surveyInvitations} set answered = true
			where id = ${invitationId} and answered = false
				and exists (select 1 from open_diagnostic)
				and not exists (
					select 1 from ${submissionReceipts}
					where diagnostic_id = ${diagnosticId} and key_hash = ${keyHash}
				)
			returning id
		), receipt as (
			insert into ${submissionReceipts} (diagnostic_id, key_hash)
			select ${diagnosticId}, ${keyHash} from marked
			on conflict do nothing
			returning diagnostic_id
		), ${insertAnswers(submission)}
		select (select count(*)::int from open_diagnostic) as open,
			(select count(*)::int from stored) as fresh`
	);
	if (fresh) return 'stored';
	if (await hasReceipt(db, diagnosticId, keyHash)) return 'duplicate';
	return open ? 'already_answered' : 'not_open';
}
