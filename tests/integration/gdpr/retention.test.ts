import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/lib/domain/retention';
import type { Report } from '../../../src/lib/domain/report';
import { compareWaves } from '../../../src/lib/domain/waves';
import { changeStatus, createDiagnostic } from '../../../src/lib/server/diagnostics';
import { diagnostics, reportArchives } from '../../../src/lib/server/db/schema';
import { setRetention } from '../../../src/lib/server/organisations';
import { loadReport } from '../../../src/lib/server/reports';
import { applyRetention } from '../../../src/lib/server/retention';
import {
	createTestDatabase,
	databaseKinds,
	rowsOf,
	type TestDatabase
} from '../../helpers/databases';
import { createDiagnosticFixture, sampleContext } from '../../helpers/fixtures';
import { insertResponses, realisticAnswers, seeded } from '../../unit/report/generators';

const NOW = new Date('2026-06-15T09:00:00Z');
const MONTHS = 6;

/** 60 realistic answers, a third of them with a comment. */
function answersWithComments(seed: number) {
	return realisticAnswers(60, seed).map((answers, index) =>
		index % 3 === 0 ? { ...answers, comment: `Comment ${seed}-${index}` } : answers
	);
}

async function count(database: TestDatabase, table: string, diagnosticId: string) {
	const result = await database.db.execute(
		sql`select count(*)::int as n from ${sql.identifier(table)} where diagnostic_id = ${diagnosticId}`
	);
	return Number(rowsOf<{ n: number }>(result)[0]?.n);
}

/** A diagnostic with answers and comments, closed at `closedAt`. */
async function closedDiagnostic(
	database: TestDatabase,
	organisationId: string,
	closedAt: Date,
	seed: number,
	previousDiagnosticId: string | null = null
) {
	const diagnostic = await createDiagnostic(database.db, organisationId, {
		title: `Closed ${closedAt.toISOString()}`,
		languages: ['en'],
		context: sampleContext,
		expected: null,
		k: 5,
		executiveMode: 'standard',
		previousDiagnosticId
	});
	await changeStatus(database.db, organisationId, diagnostic.id, 'open', addMonths(closedAt, -1));
	const answers = answersWithComments(seed);
	await insertResponses(database.db, diagnostic.id, answers);
	await changeStatus(database.db, organisationId, diagnostic.id, 'close', closedAt);
	const [stored] = await database.db
		.select()
		.from(diagnostics)
		.where(eq(diagnostics.id, diagnostic.id));
	return { ...stored!, comments: answers.filter((a) => a.comment).length };
}

/** Comments come back shuffled on every load: compare them as a set. */
function comparable(report: Report) {
	const { generatedAt: _generatedAt, comments, ...rest } = report;
	return { ...rest, comments: JSON.parse(JSON.stringify(comments, sortedKeys)) };
}
function sortedKeys(_key: string, value: unknown) {
	return Array.isArray(value) && value.every((v) => typeof v === 'string')
		? [...value].sort()
		: value;
}

describe.each(databaseKinds())('retention of raw answers on %s', (kind) => {
	let database: TestDatabase;
	let organisationId: string;
	let otherOrganisationId: string;
	let expired: Awaited<ReturnType<typeof closedDiagnostic>>;
	let recent: Awaited<ReturnType<typeof closedDiagnostic>>;
	let followUp: Awaited<ReturnType<typeof closedDiagnostic>>;
	let unset: Awaited<ReturnType<typeof closedDiagnostic>>;
	let before: Report;
	let wavesBefore: ReturnType<typeof compareWaves>;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		({ organisationId } = await createDiagnosticFixture(database.db));
		({ organisationId: otherOrganisationId } = await createDiagnosticFixture(database.db));
		await setRetention(database.db, organisationId, MONTHS);
		expired = await closedDiagnostic(database, organisationId, addMonths(NOW, -(MONTHS + 1)), 1);
		recent = await closedDiagnostic(database, organisationId, addMonths(NOW, -(MONTHS - 1)), 2);
		followUp = await closedDiagnostic(
			database,
			organisationId,
			addMonths(NOW, -(MONTHS - 2)),
			3,
			expired.id
		);
		unset = await closedDiagnostic(database, otherOrganisationId, addMonths(NOW, -60), 4);
		before = await loadReport(database.db, expired, { random: seeded(7) });
		wavesBefore = compareWaves(before, await loadReport(database.db, followUp), []);
	});
	afterAll(() => database?.destroy());

	it('had answers and comments everywhere before the run', async () => {
		for (const diagnostic of [expired, recent, unset]) {
			expect(await count(database, 'responses', diagnostic.id)).toBe(60);
			expect(diagnostic.comments).toBeGreaterThanOrEqual(20);
			expect(await count(database, 'response_comments', diagnostic.id)).toBe(diagnostic.comments);
		}
	});

	it('deletes the raw answers and comments of a diagnostic closed N+1 months ago only', async () => {
		expect(await applyRetention(database.db, NOW)).toEqual([expired.id]);
		expect(await count(database, 'responses', expired.id)).toBe(0);
		expect(await count(database, 'response_comments', expired.id)).toBe(0);
		expect(await count(database, 'submission_receipts', expired.id)).toBe(0);
		expect(await count(database, 'report_archives', expired.id)).toBe(1);
		for (const untouched of [recent, followUp, unset]) {
			expect(await count(database, 'responses', untouched.id)).toBe(60);
			expect(await count(database, 'response_comments', untouched.id)).toBe(untouched.comments);
			expect(await count(database, 'report_archives', untouched.id)).toBe(0);
		}
		const [row] = await database.db
			.select({ deletedAt: diagnostics.rawAnswersDeletedAt })
			.from(diagnostics)
			.where(eq(diagnostics.id, expired.id));
		expect(row?.deletedAt?.toISOString()).toBe(NOW.toISOString());
	});

	it('serves the same report afterwards, from the stored aggregates', async () => {
		const after = await loadReport(database.db, expired);
		expect(after.respondents.all).toBe(60);
		expect(comparable(after)).toEqual(comparable(before));
		// The report still shows the comments it showed, though the comment rows are gone.
		expect(JSON.stringify(after.comments)).toContain('Comment 1-');
	});

	it('keeps the follow-up wave comparison identical', async () => {
		const after = compareWaves(
			await loadReport(database.db, expired),
			await loadReport(database.db, followUp),
			[]
		);
		expect(after).toEqual(wavesBefore);
	});

	it('deletes once when two runs race', async () => {
		const racing = await closedDiagnostic(
			database,
			organisationId,
			addMonths(NOW, -(MONTHS + 2)),
			5
		);
		const later = new Date(NOW.getTime() + 60_000);
		const runs = await Promise.all([
			applyRetention(database.db, later),
			applyRetention(database.db, later)
		]);
		expect(runs.flat()).toEqual([racing.id]);
		expect(await count(database, 'report_archives', racing.id)).toBe(1);
		expect(await count(database, 'responses', racing.id)).toBe(0);
		const archive = await database.db
			.select({ report: reportArchives.report })
			.from(reportArchives)
			.where(eq(reportArchives.diagnosticId, racing.id));
		expect(archive[0]?.report.respondents.all).toBe(60);
	});

	it('refuses to reopen an emptied diagnostic, and still reopens the others', async () => {
		expect(await changeStatus(database.db, organisationId, expired.id, 'reopen')).toBe(false);
		const [row] = await database.db
			.select({ status: diagnostics.status })
			.from(diagnostics)
			.where(eq(diagnostics.id, expired.id));
		expect(row?.status).toBe('closed');
		expect(await changeStatus(database.db, organisationId, recent.id, 'reopen')).toBe(true);
	});

	it('does nothing more on a later run, and nothing without a setting', async () => {
		// Paper answers imported into the emptied diagnostic afterwards are deleted as well.
		await insertResponses(database.db, expired.id, answersWithComments(9).slice(0, 6));
		expect(await count(database, 'responses', expired.id)).toBe(6);
		expect(await applyRetention(database.db, addMonths(NOW, 1))).toEqual([]);
		expect(await count(database, 'responses', expired.id)).toBe(0);
		expect(await count(database, 'response_comments', expired.id)).toBe(0);
		await setRetention(database.db, organisationId, null);
		expect(await applyRetention(database.db, addMonths(NOW, 100))).toEqual([]);
		expect(await count(database, 'responses', followUp.id)).toBe(60);
	});

	it('rejects a setting outside 1–120 in the database itself', async () => {
		await expect(setRetention(database.db, organisationId, 0)).rejects.toThrow();
		await expect(setRetention(database.db, organisationId, 121)).rejects.toThrow();
	});
});
