import { createHash, randomInt } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { allItemIds, type ResponseAnswers } from '$lib/domain/instrument';
import { validateImportFile, type ImportError } from '$lib/domain/response-import';
import { hashToken } from './auth/tokens';
import type { Database } from './db/client';
import { responseComments, responses, submissionReceipts } from './db/schema';
import { responseRow } from './responses';

/*
 * Rows per INSERT: 500 rows × 42 columns stays far below PostgreSQL's 65,535 parameters per
 * statement, and a 5,000-row file needs ten statements, all in one transaction.
 */
export const IMPORT_CHUNK_ROWS = 500;

export type ImportOutcome =
	/** Every row is stored now. */
	| { outcome: 'imported'; responses: number; comments: number }
	/**
	 * This very upload (same form, same content) was stored earlier: a double click, a retry or
	 * a reload. Nothing is stored again; the counts are those of the earlier import.
	 */
	| { outcome: 'duplicate'; responses: number; comments: number }
	/** The same responses were already imported into this diagnostic by another upload. */
	| { outcome: 'already_imported' };

export interface ResponseImport {
	diagnosticId: string;
	/** Validated rows (see `validateImportFile`). */
	rows: readonly ResponseAnswers[];
	/** Chosen by the upload form when it is shown (one per form): makes retries harmless. */
	uploadKey: string;
	/** The person confirmed that the same responses must be imported once more. */
	allowRepeat: boolean;
	/** The day recorded on every row; the time of day is never stored. */
	today?: Date;
}

class AlreadyImported extends Error {}

/**
 * A fingerprint of the responses themselves, independent of the delimiter, BOM, line breaks,
 * spacing, letter case and row order of the file they came from: saving the same sheet again
 * or sorting it gives the same fingerprint.
 */
export function importFingerprint(rows: readonly ResponseAnswers[]): string {
	const lines = rows
		.map((row) =>
			JSON.stringify([row.level, row.function, ...allItemIds.map((id) => row[id]), row.comment])
		)
		.sort();
	const hash = createHash('sha256');
	for (const line of lines) hash.update(line).update('\n');
	return hash.digest('hex');
}

/** Fisher–Yates with a cryptographic generator: the stored order must not reveal the file's. */
function shuffled<T>(items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i -= 1) {
		const j = randomInt(i + 1);
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < items.length; start += size) {
		result.push(items.slice(start, start + size));
	}
	return result;
}

/**
 * Stores every row of a validated file, or none: one transaction holds the two receipts that
 * guard against double imports, the responses (source `import`) and the comments.
 *
 * Receipts go to `submission_receipts`, the table of idempotency keys of online submissions,
 * under their own prefixes and hashed like every key there, so that they cannot be confused
 * with a respondent's key and hold nothing readable:
 * - upload receipt = this form's key + the content fingerprint: found → `duplicate`;
 * - content receipt = the fingerprint alone: found → `already_imported`, unless `allowRepeat`.
 *
 * Responses and comments are each inserted in a random order, independently: the physical
 * order of rows must neither follow the file (often sorted by team or by name on paper) nor
 * pair a comment with the answers of the same person.
 */
export async function importResponses(db: Database, input: ResponseImport): Promise<ImportOutcome> {
	const today = input.today ?? new Date();
	const fingerprint = importFingerprint(input.rows);
	const comments = input.rows.filter((row) => row.comment !== null);
	try {
		return await db.transaction(async (tx): Promise<ImportOutcome> => {
			const [fresh] = await tx
				.insert(submissionReceipts)
				.values({
					diagnosticId: input.diagnosticId,
					keyHash: hashToken(`import-upload:${input.uploadKey}:${fingerprint}`)
				})
				.onConflictDoNothing()
				.returning({ keyHash: submissionReceipts.keyHash });
			if (!fresh) {
				return { outcome: 'duplicate', responses: input.rows.length, comments: comments.length };
			}
			const [firstTime] = await tx
				.insert(submissionReceipts)
				.values({
					diagnosticId: input.diagnosticId,
					keyHash: hashToken(`import-content:${fingerprint}`)
				})
				.onConflictDoNothing()
				.returning({ keyHash: submissionReceipts.keyHash });
			// Thrown, not returned: the upload receipt above must be rolled back with the rest.
			if (!firstTime && !input.allowRepeat) throw new AlreadyImported();

			const rows = shuffled(input.rows).map((answers) =>
				responseRow(input.diagnosticId, answers, 'import', today)
			);
			for (const chunk of chunks(rows, IMPORT_CHUNK_ROWS)) {
				await tx.insert(responses).values(chunk);
			}
			const commentRows = shuffled(comments).map((row) => ({
				diagnosticId: input.diagnosticId,
				level: row.level,
				function: row.function,
				body: row.comment!
			}));
			for (const chunk of chunks(commentRows, IMPORT_CHUNK_ROWS)) {
				await tx.insert(responseComments).values(chunk);
			}
			return { outcome: 'imported', responses: rows.length, comments: commentRows.length };
		});
	} catch (error) {
		if (error instanceof AlreadyImported) return { outcome: 'already_imported' };
		throw error;
	}
}

/** Responses the diagnostic holds so far, and how many of them were imported. */
export async function countBySource(
	db: Database,
	diagnosticId: string
): Promise<{ total: number; imported: number }> {
	const [row] = await db
		.select({
			total: sql<number>`count(*)::int`,
			imported: sql<number>`count(*) filter (where ${responses.source} = 'import')::int`
		})
		.from(responses)
		.where(eq(responses.diagnosticId, diagnosticId));
	return { total: Number(row?.total ?? 0), imported: Number(row?.imported ?? 0) };
}

export type ImportFileResult =
	{ ok: false; errors: ImportError[] } | ({ ok: true } & ImportOutcome);

/** Validates an uploaded file and, only when every line is valid, imports it (`importResponses`). */
export async function importResponseFile(
	db: Database,
	input: Omit<ResponseImport, 'rows'> & { bytes: Uint8Array }
): Promise<ImportFileResult> {
	const validation = validateImportFile(input.bytes);
	if (!validation.ok) return { ok: false, errors: validation.errors };
	const { bytes: _bytes, ...rest } = input;
	return { ok: true, ...(await importResponses(db, { ...rest, rows: validation.rows })) };
}

/*
 * adapter-node refuses any request body above BODY_SIZE_LIMIT (default 512K) before the action
 * runs; the page announces the smaller of that and the import's own limit, minus room for the
 * rest of the multipart form, so that the limit it shows is the one that applies.
 */
const MULTIPART_ALLOWANCE = 4 * 1024;

/** BODY_SIZE_LIMIT as adapter-node reads it: bytes, or a number with K, M or G (powers of 1024). */
export function parseBodySizeLimit(value: string | undefined): number {
	const text = (value ?? '').trim() || '512K';
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[text.slice(-1).toUpperCase()];
	const bytes = unit ? Number(text.slice(0, -1)) * unit : Number(text);
	return Number.isNaN(bytes) ? 512 * 1024 : bytes;
}

/** The largest file the import accepts on this server. */
export function uploadLimitBytes(bodySizeLimit: string | undefined, importLimit: number): number {
	return Math.max(
		0,
		Math.min(importLimit, parseBodySizeLimit(bodySizeLimit) - MULTIPART_ALLOWANCE)
	);
}
