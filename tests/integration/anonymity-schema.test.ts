import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeStatus } from '../../src/lib/server/diagnostics';
import { submitResponse } from '../../src/lib/server/responses';
import { createTestDatabase, databaseKinds, rowsOf, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../helpers/fixtures';

const ANSWER_TABLES = ['responses', 'response_comments'];
/** Words that must not appear in any column name of the answer tables (split on `_`). */
const BANNED_WORDS = new Set(
	'user account email ip address agent referrer referer token invitation person session link created updated time timestamp key name'.split(
		' '
	)
);

describe.each(databaseKinds())('the anonymous answer store on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	it.each(ANSWER_TABLES)('%s has no column that could identify a person', async (table) => {
		const columns = rowsOf<{
			column_name: string;
			data_type: string;
			column_default: string | null;
		}>(
			await database.db.execute(
				sql`select column_name, data_type, column_default from information_schema.columns
					where table_schema = 'public' and table_name = ${table}`
			)
		);
		expect(columns.length).toBeGreaterThan(3);
		const banned = columns
			.map((c) => c.column_name)
			.filter((name) => name.split('_').some((word) => BANNED_WORDS.has(word)));
		expect(banned).toEqual([]);
		// Dates at day precision at most: no timestamp or time column at all.
		expect(columns.filter((c) => /time/.test(c.data_type))).toEqual([]);
		// Random ids, neither serial nor time-ordered.
		const id = columns.find((c) => c.column_name === 'id');
		expect(id?.data_type).toBe('uuid');
		expect(id?.column_default).toBe('gen_random_uuid()');
		expect(columns.filter((c) => c.column_default?.includes('nextval'))).toEqual([]);
	});

	it.each(ANSWER_TABLES)('%s only references its diagnostic', async (table) => {
		const foreignKeys = rowsOf<{ column_name: string; foreign_table: string }>(
			await database.db.execute(
				sql`select kcu.column_name, ccu.table_name as foreign_table
					from information_schema.table_constraints tc
					join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name
					join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name
					where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = ${table}`
			)
		);
		expect(foreignKeys).toEqual([{ column_name: 'diagnostic_id', foreign_table: 'diagnostics' }]);
	});

	it('stores responses with version-4 random ids and the date only', async () => {
		const { organisationId, diagnostic } = await createDiagnosticFixture(database.db);
		await changeStatus(database.db, organisationId, diagnostic.id, 'open');
		for (let i = 0; i < 3; i++) {
			await submitResponse(database.db, {
				diagnosticId: diagnostic.id,
				idempotencyKey: `uuid-check-${i}-xxxxxxxxxxxx`,
				answers: answersFor('frontline', 'sales')
			});
		}
		const rows = rowsOf<{ id: string; submitted_on: unknown }>(
			await database.db.execute(sql`select id, submitted_on::text from responses`)
		);
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(row.id).toMatch(
				/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
			);
			expect(String(row.submitted_on)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});
