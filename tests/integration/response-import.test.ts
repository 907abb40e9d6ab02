import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/lib/domain/csv';
import {
	LEVELS,
	JOB_FUNCTIONS,
	allItemIds,
	type ResponseAnswers
} from '../../src/lib/domain/instrument';
import { IMPORT_COLUMNS, answersToCells } from '../../src/lib/domain/response-import';
import { changeStatus, countResponses } from '../../src/lib/server/diagnostics';
import {
	IMPORT_CHUNK_ROWS,
	importResponseFile,
	importResponses
} from '../../src/lib/server/response-import';
import { createTestDatabase, databaseKinds, rowsOf, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../helpers/fixtures';

/** `count` different valid responses; every third one has a comment. */
function responsesFor(count: number): ResponseAnswers[] {
	return Array.from({ length: count }, (_, i) =>
		answersFor(
			LEVELS[i % LEVELS.length]!,
			JOB_FUNCTIONS[Math.floor(i / 3) % JOB_FUNCTIONS.length]!,
			(allowed, itemId) =>
				(i + itemId.length) % 11 === 0 ? null : allowed[(i * 7 + itemId.length) % allowed.length]!,
			i % 3 === 0 ? `Comment ${i}: meet weekly, "really"; share the CRM` : null
		)
	);
}

function fileOf(rows: readonly ResponseAnswers[], delimiter: ',' | ';' = ','): Uint8Array {
	const text = formatCsv([IMPORT_COLUMNS, ...rows.map(answersToCells)], delimiter, { bom: true });
	return new TextEncoder().encode(text);
}

let keyCounter = 0;
function newKey(): string {
	keyCounter += 1;
	return `${'k'.repeat(24)}${keyCounter.toString().padStart(8, '0')}`;
}

describe.each(databaseKinds())('response import on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	async function count(
		table: 'responses' | 'response_comments' | 'submission_receipts',
		id: string
	) {
		const [row] = rowsOf<{ n: number }>(
			await database.db.execute(
				sql`select count(*)::int as n from ${sql.identifier(table)} where diagnostic_id = ${id}`
			)
		);
		return Number(row!.n);
	}

	async function totals(id: string) {
		return {
			responses: await count('responses', id),
			comments: await count('response_comments', id),
			receipts: await count('submission_receipts', id)
		};
	}

	it('imports a valid file of 500 rows in one go, with its comments', async () => {
		const { organisationId, diagnostic } = await createDiagnosticFixture(database.db);
		await changeStatus(database.db, organisationId, diagnostic.id, 'open');
		const rows = responsesFor(500);
		const expectedComments = rows.filter((row) => row.comment !== null).length;
		const result = await importResponseFile(database.db, {
			diagnosticId: diagnostic.id,
			bytes: fileOf(rows, ';'),
			uploadKey: newKey(),
			allowRepeat: false,
			today: new Date('2025-03-14T16:45:00Z')
		});
		expect(result).toEqual({
			ok: true,
			outcome: 'imported',
			responses: 500,
			comments: expectedComments
		});
		expect(await totals(diagnostic.id)).toEqual({
			responses: 500,
			comments: expectedComments,
			receipts: 2
		});
		const counts = await countResponses(database.db, diagnostic.id);
		expect(counts.executive.sales + counts.frontline.other).toBeGreaterThan(0);
		expect(
			Object.values(counts)
				.flatMap(Object.values)
				.reduce((a, b) => a + b, 0)
		).toBe(500);

		const stored = rowsOf<Record<string, unknown>>(
			await database.db.execute(
				sql`select *, submitted_on::text as day from responses where diagnostic_id = ${diagnostic.id}`
			)
		);
		expect(new Set(stored.map((row) => row.source))).toEqual(new Set(['import']));
		expect(new Set(stored.map((row) => row.day))).toEqual(new Set(['2025-03-14']));
		// The stored answers are the file's, row for row (compared as a multiset: order is shuffled).
		const key = (cells: unknown[]) =>
			JSON.stringify(cells.map((v) => (v === null ? null : Number(v))));
		const storedKeys = stored
			.map((row) => key(allItemIds.map((id) => row[id.replace('.', '_')])))
			.sort();
		const fileKeys = rows.map((row) => key(allItemIds.map((id) => row[id]))).sort();
		expect(storedKeys).toEqual(fileKeys);

		const comments = rowsOf<Record<string, unknown>>(
			await database.db.execute(
				sql`select * from response_comments where diagnostic_id = ${diagnostic.id}`
			)
		);
		expect(Object.keys(comments[0]!).sort()).toEqual(
			['body', 'diagnostic_id', 'function', 'id', 'level'].sort()
		);
		expect(comments.map((c) => c.body).sort()).toEqual(
			rows.flatMap((row) => (row.comment ? [row.comment] : [])).sort()
		);
	});

	it('imports nothing when one cell is bad, and names its line and column', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		const rows = responsesFor(300);
		const cells = [[...IMPORT_COLUMNS], ...rows.map(answersToCells)];
		cells[238]![IMPORT_COLUMNS.indexOf('trust.3')] = '9';
		const result = await importResponseFile(database.db, {
			diagnosticId: diagnostic.id,
			bytes: new TextEncoder().encode(formatCsv(cells, ',')),
			uploadKey: newKey(),
			allowRepeat: false
		});
		expect(result).toEqual({
			ok: false,
			errors: [{ code: 'invalid_answer', line: 239, column: 'trust.3', value: '9' }]
		});
		expect(await totals(diagnostic.id)).toEqual({ responses: 0, comments: 0, receipts: 0 });
	});

	it('leaves zero rows when the database fails after some inserts', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		const rows = responsesFor(IMPORT_CHUNK_ROWS * 2 + 10);
		// Every response chunk is inserted before the comments; PostgreSQL refuses a NUL in text,
		// so the transaction fails after all those inserts.
		const broken = [...rows, { ...rows[0]!, comment: 'NUL \u0000 here' }];
		await expect(
			importResponses(database.db, {
				diagnosticId: diagnostic.id,
				rows: broken,
				uploadKey: newKey(),
				allowRepeat: false
			})
		).rejects.toMatchObject({
			message: expect.stringContaining('insert into "response_comments"'),
			cause: { message: expect.stringContaining('0x00') }
		});
		expect(await totals(diagnostic.id)).toEqual({ responses: 0, comments: 0, receipts: 0 });

		// The same with a value the column cannot hold, somewhere among the chunks of responses.
		const overflow = [...rows];
		overflow[IMPORT_CHUNK_ROWS + 5] = { ...rows[0]!, 'trust.1': 70_000 };
		await expect(
			importResponses(database.db, {
				diagnosticId: diagnostic.id,
				rows: overflow,
				uploadKey: newKey(),
				allowRepeat: false
			})
		).rejects.toMatchObject({
			message: expect.stringContaining('insert into "responses"'),
			cause: { message: expect.stringContaining('out of range') }
		});
		expect(await totals(diagnostic.id)).toEqual({ responses: 0, comments: 0, receipts: 0 });

		// And the database is usable afterwards: the valid file goes in.
		const retried = await importResponses(database.db, {
			diagnosticId: diagnostic.id,
			rows,
			uploadKey: newKey(),
			allowRepeat: false
		});
		expect(retried).toMatchObject({ outcome: 'imported', responses: rows.length });
		expect((await totals(diagnostic.id)).responses).toBe(rows.length);
	});

	it('never imports the same responses twice by accident', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		const rows = responsesFor(40);
		const upload = (bytes: Uint8Array, uploadKey: string, allowRepeat = false) =>
			importResponseFile(database.db, {
				diagnosticId: diagnostic.id,
				bytes,
				uploadKey,
				allowRepeat
			});
		const key = newKey();
		expect(await upload(fileOf(rows), key)).toMatchObject({ outcome: 'imported', responses: 40 });

		// The same form sent again (double click, reload): nothing new, reported as done.
		expect(await upload(fileOf(rows), key)).toMatchObject({ outcome: 'duplicate', responses: 40 });
		// The same responses from another upload, even re-saved with `;` and sorted differently.
		const resaved = fileOf([...rows].reverse(), ';');
		const secondKey = newKey();
		expect(await upload(resaved, secondKey)).toEqual({ ok: true, outcome: 'already_imported' });
		expect(await totals(diagnostic.id)).toMatchObject({ responses: 40 });

		// Confirmed by the person: imported again, once, even if the confirmation is sent twice.
		expect(await upload(resaved, secondKey, true)).toMatchObject({ outcome: 'imported' });
		expect(await upload(resaved, secondKey, true)).toMatchObject({ outcome: 'duplicate' });
		expect(await totals(diagnostic.id)).toMatchObject({ responses: 80 });

		// Other responses are not held back, and the guard is per diagnostic.
		expect(await upload(fileOf(responsesFor(41)), newKey())).toMatchObject({
			outcome: 'imported',
			responses: 41
		});
		const other = await createDiagnosticFixture(database.db);
		expect(
			await importResponseFile(database.db, {
				diagnosticId: other.diagnostic.id,
				bytes: fileOf(rows),
				uploadKey: key,
				allowRepeat: false
			})
		).toMatchObject({ outcome: 'imported', responses: 40 });
	});

	it('stores one import for ten simultaneous sends of the same form', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		const rows = responsesFor(120);
		const key = newKey();
		const outcomes = await Promise.all(
			Array.from({ length: 10 }, () =>
				importResponses(database.db, {
					diagnosticId: diagnostic.id,
					rows,
					uploadKey: key,
					allowRepeat: false
				})
			)
		);
		expect(outcomes.filter((o) => o.outcome === 'imported')).toHaveLength(1);
		expect(outcomes.filter((o) => o.outcome === 'duplicate')).toHaveLength(9);
		expect((await totals(diagnostic.id)).responses).toBe(120);
	});

	it('stores rows and comments in an order unrelated to the file', async () => {
		const { diagnostic } = await createDiagnosticFixture(database.db);
		const rows = responsesFor(150).map((row, i) => ({ ...row, comment: `c${i}` }));
		await importResponses(database.db, {
			diagnosticId: diagnostic.id,
			rows,
			uploadKey: newKey(),
			allowRepeat: false
		});
		const physical = rowsOf<{ body: string }>(
			await database.db.execute(
				sql`select body from response_comments where diagnostic_id = ${diagnostic.id} order by ctid`
			)
		).map((row) => row.body);
		expect(physical).toHaveLength(150);
		expect(physical).not.toEqual(rows.map((row) => row.comment));
	});
});
