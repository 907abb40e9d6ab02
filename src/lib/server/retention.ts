/**
 * The retention job: for every organisation with a retention setting, deletes the raw answers
 * and comments of diagnostics closed more than N months ago, after freezing their report.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { isDueForDeletion } from '$lib/domain/retention';
import type { Database } from './db/client';
import {
	diagnostics,
	organisations,
	reportArchives,
	responseComments,
	responses,
	submissionReceipts
} from './db/schema';
import { loadReport } from './reports';

const HOUR_MS = 60 * 60 * 1000;

/** Closed diagnostics of organisations with a retention setting whose answers are still there. */
async function findCandidates(db: Database) {
	return db
		.select({
			id: diagnostics.id,
			status: diagnostics.status,
			closedAt: diagnostics.closedAt,
			rawAnswersDeletedAt: diagnostics.rawAnswersDeletedAt,
			retentionMonths: organisations.retentionMonths
		})
		.from(diagnostics)
		.innerJoin(organisations, eq(diagnostics.organisationId, organisations.id))
		.where(
			and(
				isNotNull(organisations.retentionMonths),
				eq(diagnostics.status, 'closed'),
				isNull(diagnostics.rawAnswersDeletedAt)
			)
		);
}

/**
 * Freezes the report and deletes the raw answers of one diagnostic, in one transaction. The
 * conditional update is the claim: when two instances run at once, the second waits for the
 * first one's row lock, then finds the diagnostic already done and changes nothing.
 */
async function deleteRawAnswers(db: Database, diagnosticId: string, now: Date): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(diagnostics)
			.set({ rawAnswersDeletedAt: now })
			.where(
				and(
					eq(diagnostics.id, diagnosticId),
					eq(diagnostics.status, 'closed'),
					isNull(diagnostics.rawAnswersDeletedAt)
				)
			)
			.returning();
		if (!claimed) return false;
		const report = await loadReport(tx, claimed, { now });
		await tx
			.insert(reportArchives)
			.values({ diagnosticId, report, archivedAt: now })
			.onConflictDoNothing();
		await tx.delete(responses).where(eq(responses.diagnosticId, diagnosticId));
		await tx.delete(responseComments).where(eq(responseComments.diagnosticId, diagnosticId));
		await tx.delete(submissionReceipts).where(eq(submissionReceipts.diagnosticId, diagnosticId));
		return true;
	});
}

/**
 * Answers that reached an already emptied diagnostic later (an import of paper answers, say)
 * are deleted too: its report is frozen and would never count them.
 */
async function deleteLateArrivals(db: Database): Promise<void> {
	const emptied = db
		.select({ id: diagnostics.id })
		.from(diagnostics)
		.where(isNotNull(diagnostics.rawAnswersDeletedAt));
	await db.delete(responses).where(inArray(responses.diagnosticId, emptied));
	await db.delete(responseComments).where(inArray(responseComments.diagnosticId, emptied));
}

/** Runs the retention rule once; returns the ids of the diagnostics it emptied. */
export async function applyRetention(db: Database, now = new Date()): Promise<string[]> {
	const due = (await findCandidates(db)).filter((candidate) => isDueForDeletion(candidate, now));
	const done: string[] = [];
	for (const candidate of due) {
		if (await deleteRawAnswers(db, candidate.id, now)) done.push(candidate.id);
	}
	await deleteLateArrivals(db);
	return done;
}

export interface RetentionJob {
	stop(): void;
}

/**
 * Runs the rule now and then every hour. The timer does not keep the process alive; a failed
 * run is logged (without data) and retried at the next tick.
 */
export function startRetentionJob(getDb: () => Database, intervalMs = HOUR_MS): RetentionJob {
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			const done = await applyRetention(getDb());
			if (done.length > 0) {
				console.info(`Retention: raw answers deleted for ${done.length} diagnostic(s)`);
			}
		} catch (error) {
			console.error('Retention run failed:', error instanceof Error ? error.message : error);
		} finally {
			running = false;
		}
	};
	void run();
	const timer = setInterval(() => void run(), intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
