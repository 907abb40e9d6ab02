import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAccountData } from '../../../src/lib/server/account-data';
import { createSession } from '../../../src/lib/server/auth/session';
import { changeStatus, createDiagnostic } from '../../../src/lib/server/diagnostics';
import { memberships, sessions, users } from '../../../src/lib/server/db/schema';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation,
	listMembers
} from '../../../src/lib/server/organisations';
import { savePlanOnce } from '../../../src/lib/server/plans';
import { loadReport } from '../../../src/lib/server/reports';
import { applyRetention } from '../../../src/lib/server/retention';
import {
	createUser,
	deleteAccount,
	findSoleOwnedOrganisations
} from '../../../src/lib/server/users';
import {
	createTestDatabase,
	databaseKinds,
	rowsOf,
	type TestDatabase
} from '../../helpers/databases';
import { sampleContext } from '../../helpers/fixtures';
import { insertResponses, realisticAnswers } from '../../unit/report/generators';

/** Every table with an `organisation_id` or a `diagnostic_id`, and how to count one org's rows. */
const ORGANISATION_TABLES = ['memberships', 'member_invites', 'diagnostics'];
const DIAGNOSTIC_TABLES = [
	'survey_links',
	'survey_invitations',
	'responses',
	'response_comments',
	'submission_receipts',
	'plan_items',
	'report_archives'
];

async function rowCounts(database: TestDatabase, organisationId: string) {
	const counts: Record<string, number> = {};
	const one = async (query: ReturnType<typeof sql>) =>
		Number(rowsOf<{ n: number }>(await database.db.execute(query))[0]?.n);
	counts.organisations = await one(
		sql`select count(*)::int as n from organisations where id = ${organisationId}`
	);
	for (const table of ORGANISATION_TABLES) {
		counts[table] = await one(
			sql`select count(*)::int as n from ${sql.identifier(table)} where organisation_id = ${organisationId}`
		);
	}
	for (const table of DIAGNOSTIC_TABLES) {
		counts[table] = await one(
			sql`select count(*)::int as n from ${sql.identifier(table)} t join diagnostics d on d.id = t.diagnostic_id where d.organisation_id = ${organisationId}`
		);
	}
	return counts;
}

let n = 0;
async function person(database: TestDatabase, name: string) {
	n += 1;
	const user = await createUser(database.db, {
		email: `${name.toLowerCase()}.${n}.${Date.now()}@example.com`,
		name,
		password: 'a long enough password',
		locale: 'en'
	});
	return user!;
}

/** An organisation with every kind of row: members, invitations, diagnostics with answers. */
async function fullOrganisation(database: TestDatabase, ownerId: string, name: string) {
	const organisation = await createOrganisation(database.db, ownerId, name);
	const db = database.db;
	await createMemberInvite(db, {
		organisationId: organisation.id,
		role: 'viewer',
		createdBy: ownerId
	});
	const first = await createDiagnostic(db, organisation.id, {
		title: `${name} wave 1`,
		languages: ['en'],
		context: sampleContext,
		expected: null,
		k: 5,
		executiveMode: 'standard',
		previousDiagnosticId: null
	});
	const second = await createDiagnostic(db, organisation.id, {
		title: `${name} wave 2`,
		languages: ['en'],
		context: sampleContext,
		expected: null,
		k: 5,
		executiveMode: 'standard',
		previousDiagnosticId: first.id
	});
	// The first wave closed long ago (the retention test empties it), the second recently.
	const closings = [new Date('2020-02-01'), new Date('2025-02-01')];
	for (const [index, diagnostic] of [first, second].entries()) {
		await changeStatus(db, organisation.id, diagnostic.id, 'open', new Date('2020-01-01'));
		const answers = realisticAnswers(30, n).map((a, i) => (i % 2 ? { ...a, comment: 'Note' } : a));
		await insertResponses(db, diagnostic.id, answers);
		await db.execute(
			sql`insert into survey_links (id, diagnostic_id, label) values (${`link-${diagnostic.id}`}, ${diagnostic.id}, 'General')`
		);
		await db.execute(
			sql`insert into survey_invitations (id, diagnostic_id, email) values (${`inv-${diagnostic.id}`}, ${diagnostic.id}, 'someone@example.com')`
		);
		await db.execute(
			sql`insert into submission_receipts (diagnostic_id, key_hash) values (${diagnostic.id}, ${`key-${diagnostic.id}`})`
		);
		await savePlanOnce(db, diagnostic.id, (await loadReport(db, diagnostic)).actionPlan);
		await changeStatus(db, organisation.id, diagnostic.id, 'close', closings[index]);
	}
	return organisation;
}

describe.each(databaseKinds())('account data and deletion on %s', (kind) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.destroy());

	it('exports the profile, memberships, invitations and sessions, never a hash', async () => {
		const user = await person(database, 'Alice');
		const organisation = await createOrganisation(database.db, user.id, 'Alpha Export');
		const other = await person(database, 'Olga');
		const joined = await createOrganisation(database.db, other.id, 'Beta Export');
		const token = await createMemberInvite(database.db, {
			organisationId: joined.id,
			role: 'consultant',
			createdBy: other.id
		});
		await acceptMemberInvite(database.db, token, user.id);
		await createMemberInvite(database.db, {
			organisationId: organisation.id,
			role: 'admin',
			createdBy: user.id
		});
		await createSession(database.db, user.id);
		await createSession(database.db, user.id);

		const data = (await exportAccountData(database.db, user.id, 'fr'))!;
		expect(data.profile).toMatchObject({ email: user.email, name: 'Alice', locale: 'en' });
		expect(data.memberships.map((m) => [m.organisationName, m.role])).toEqual([
			['Alpha Export', 'owner'],
			['Beta Export', 'consultant']
		]);
		expect(data.invitationsCreated).toHaveLength(1);
		expect(data.invitationsCreated[0]).toMatchObject({
			organisationName: 'Alpha Export',
			role: 'admin'
		});
		expect(data.sessions.count).toBe(2);
		expect(data.notes.surveyAnswers).toContain('anonymes');

		const body = JSON.stringify(data);
		const [stored] = await database.db.select().from(users).where(eq(users.id, user.id));
		const sessionIds = (
			await database.db
				.select({ id: sessions.id })
				.from(sessions)
				.where(eq(sessions.userId, user.id))
		).map((s) => s.id);
		const inviteIds = rowsOf<{ id: string }>(
			await database.db.execute(sql`select id from member_invites where created_by = ${user.id}`)
		).map((row) => row.id);
		expect(sessionIds).toHaveLength(2);
		for (const secret of [stored!.passwordHash, stored!.id, ...sessionIds, ...inviteIds]) {
			expect(body).not.toContain(secret);
		}
		expect(body).not.toMatch(/argon2/);
	});

	it('hands an organisation to the chosen member and keeps it whole', async () => {
		const owner = await person(database, 'Owner');
		const member = await person(database, 'Member');
		const organisation = await fullOrganisation(database, owner.id, 'Transferred Ltd');
		const token = await createMemberInvite(database.db, {
			organisationId: organisation.id,
			role: 'viewer',
			createdBy: owner.id
		});
		await acceptMemberInvite(database.db, token, member.id);
		await createSession(database.db, owner.id);
		const before = await rowCounts(database, organisation.id);

		const owned = await findSoleOwnedOrganisations(database.db, owner.id);
		expect(owned.map((o) => [o.name, o.members.map((m) => m.userId)])).toEqual([
			['Transferred Ltd', [member.id]]
		]);
		const result = await deleteAccount(database.db, owner.id, {
			[organisation.id]: { kind: 'transfer', to: member.id }
		});
		expect(result).toEqual({ ok: true, alreadyDeleted: false });

		expect(await listMembers(database.db, organisation.id)).toEqual([
			expect.objectContaining({ userId: member.id, role: 'owner' })
		]);
		const after = await rowCounts(database, organisation.id);
		expect(after).toEqual({ ...before, memberships: before.memberships! - 1 });
		expect(await database.db.select().from(users).where(eq(users.id, owner.id))).toEqual([]);
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, owner.id))).toEqual(
			[]
		);
		// The invitations the owner created stay with the organisation, without their author.
		const authors = rowsOf<{ created_by: string | null }>(
			await database.db.execute(
				sql`select created_by from member_invites where organisation_id = ${organisation.id}`
			)
		);
		expect(authors.length).toBeGreaterThan(0);
		expect(authors.every((row) => row.created_by === null)).toBe(true);
		// A second submit finds nothing left to delete.
		expect(
			await deleteAccount(database.db, owner.id, {
				[organisation.id]: { kind: 'transfer', to: member.id }
			})
		).toEqual({ ok: true, alreadyDeleted: true });
	});

	it('deletes an organisation with every row of it, and nothing of any other', async () => {
		const owner = await person(database, 'Leaver');
		const neighbour = await person(database, 'Neighbour');
		const doomed = await fullOrganisation(database, owner.id, 'Doomed SA');
		const kept = await fullOrganisation(database, neighbour.id, 'Kept SA');
		// The leaver also belongs to the neighbour's organisation, which must only lose them.
		const token = await createMemberInvite(database.db, {
			organisationId: kept.id,
			role: 'admin',
			createdBy: neighbour.id
		});
		await acceptMemberInvite(database.db, token, owner.id);
		// One emptied diagnostic in each, so report archives are counted too.
		await database.db.execute(
			sql`update organisations set retention_months = 1 where id in (${doomed.id}, ${kept.id})`
		);
		await applyRetention(database.db, new Date('2021-01-01'));
		const before = await rowCounts(database, doomed.id);
		const keptBefore = await rowCounts(database, kept.id);
		for (const [table, count] of Object.entries(before)) expect(count, table).toBeGreaterThan(0);
		expect(before.report_archives).toBe(1);

		const result = await deleteAccount(database.db, owner.id, { [doomed.id]: { kind: 'delete' } });
		expect(result.ok).toBe(true);
		const after = await rowCounts(database, doomed.id);
		expect(Object.values(after).every((count) => count === 0)).toBe(true);
		expect(await rowCounts(database, kept.id)).toEqual({
			...keptBefore,
			memberships: keptBefore.memberships! - 1
		});
	});

	it('deletes nothing when a choice is missing or names someone outside the organisation', async () => {
		const owner = await person(database, 'Undecided');
		const member = await person(database, 'Bystander');
		const stranger = await person(database, 'Stranger');
		const organisation = await fullOrganisation(database, owner.id, 'Undecided Co');
		const token = await createMemberInvite(database.db, {
			organisationId: organisation.id,
			role: 'viewer',
			createdBy: owner.id
		});
		await acceptMemberInvite(database.db, token, member.id);
		await createSession(database.db, owner.id);
		const before = await rowCounts(database, organisation.id);

		expect(await deleteAccount(database.db, owner.id, {})).toEqual({
			ok: false,
			reason: 'choices_outdated'
		});
		expect(
			await deleteAccount(database.db, owner.id, {
				[organisation.id]: { kind: 'transfer', to: stranger.id }
			})
		).toEqual({ ok: false, reason: 'choices_outdated' });
		expect(await rowCounts(database, organisation.id)).toEqual(before);
		expect(await database.db.select().from(users).where(eq(users.id, owner.id))).toHaveLength(1);
		expect(
			await database.db.select().from(sessions).where(eq(sessions.userId, owner.id))
		).toHaveLength(1);
		expect(
			await database.db.select().from(memberships).where(eq(memberships.userId, owner.id))
		).toHaveLength(1);
	});

	it('deletes once when the same request arrives twice at the same time', async () => {
		const owner = await person(database, 'Double');
		const organisation = await createOrganisation(database.db, owner.id, 'Double Click');
		const choices = { [organisation.id]: { kind: 'delete' as const } };
		const results = await Promise.all([
			deleteAccount(database.db, owner.id, choices),
			deleteAccount(database.db, owner.id, choices)
		]);
		expect(results.map((r) => r.ok && r.alreadyDeleted).sort()).toEqual([false, true]);
		expect(await rowCounts(database, organisation.id)).toMatchObject({ organisations: 0 });
	});

	it('needs no choice for an organisation with another owner', async () => {
		const owner = await person(database, 'Co-owner');
		const partner = await person(database, 'Partner');
		const organisation = await createOrganisation(database.db, owner.id, 'Shared Owners');
		await database.db.insert(memberships).values({
			organisationId: organisation.id,
			userId: partner.id,
			role: 'owner'
		});
		expect(await findSoleOwnedOrganisations(database.db, owner.id)).toEqual([]);
		expect((await deleteAccount(database.db, owner.id, {})).ok).toBe(true);
		expect(await listMembers(database.db, organisation.id)).toEqual([
			expect.objectContaining({ userId: partner.id, role: 'owner' })
		]);
	});
});
