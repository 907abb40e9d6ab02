import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultantOverview } from '../../src/lib/server/consultant-overview';
import { createDiagnostic } from '../../src/lib/server/diagnostics';
import { memberships } from '../../src/lib/server/db/schema';
import { createUser } from '../../src/lib/server/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';
import { createDiagnosticFixture, sampleContext } from '../helpers/fixtures';
import { insertResponses, realisticAnswers } from '../unit/report/generators';

describe.each(databaseKinds())('consultant overview on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(async () => {
		await database?.destroy();
	});

	it('lists the diagnostics of the user’s organisations only, with role and response count', async () => {
		const db = database.db;
		const consultant = await createUser(db, {
			email: `consultant.${Date.now()}@example.com`,
			name: 'Consultant',
			password: 'a long enough password',
			locale: 'en'
		});
		const a = await createDiagnosticFixture(db);
		const b = await createDiagnosticFixture(db);
		const third = await createDiagnosticFixture(db);
		await db.insert(memberships).values([
			{ organisationId: a.organisationId, userId: consultant!.id, role: 'consultant' },
			{ organisationId: b.organisationId, userId: consultant!.id, role: 'viewer' }
		]);
		const second = await createDiagnostic(db, b.organisationId, {
			title: 'Second',
			languages: ['en'],
			context: sampleContext,
			expected: null,
			k: 5,
			executiveMode: 'standard',
			previousDiagnosticId: null
		});
		await insertResponses(db, a.diagnostic.id, realisticAnswers(7, 1));
		await insertResponses(db, second.id, realisticAnswers(3, 2));
		await insertResponses(db, third.diagnostic.id, realisticAnswers(5, 3));

		const overview = await consultantOverview(db, consultant!.id);
		expect(overview.map((o) => o.id).sort()).toEqual([a.organisationId, b.organisationId].sort());
		const byId = new Map(overview.map((o) => [o.id, o]));
		expect(byId.get(a.organisationId)).toMatchObject({
			role: 'consultant',
			diagnostics: [{ id: a.diagnostic.id, responses: 7, status: a.diagnostic.status }]
		});
		const inB = byId.get(b.organisationId)!;
		expect(inB.role).toBe('viewer');
		expect(inB.diagnostics.map((d) => d.id).sort()).toEqual([b.diagnostic.id, second.id].sort());
		expect(inB.diagnostics.find((d) => d.id === second.id)?.responses).toBe(3);
		expect(inB.diagnostics.find((d) => d.id === b.diagnostic.id)?.responses).toBe(0);
		const all = overview.flatMap((o) => o.diagnostics.map((d) => d.id));
		expect(all).not.toContain(third.diagnostic.id);

		// The owner of the third organisation sees only it.
		const owner = await consultantOverview(db, third.ownerId);
		expect(owner.map((o) => o.id)).toEqual([third.organisationId]);
		expect(owner[0]!.diagnostics.map((d) => d.id)).toEqual([third.diagnostic.id]);

		// A user without membership sees nothing.
		expect(await consultantOverview(db, 'nobody')).toEqual([]);
	});
});
