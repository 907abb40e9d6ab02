import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/tokens';
import {
	acceptMemberInvite,
	changeMemberRole,
	createMemberInvite,
	createOrganisation,
	findMembership,
	findUsableInvite,
	INVITE_TTL_MS,
	listMembers,
	removeMember
} from '../../src/lib/server/organisations';
import { memberInvites } from '../../src/lib/server/db/schema';
import { createUser } from '../../src/lib/server/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';

describe.each(databaseKinds())('organisations on %s', (kind) => {
	let database: TestDatabase;
	let n = 0;
	async function user(): Promise<string> {
		n += 1;
		const created = await createUser(database.db, {
			email: `member${n}@example.com`,
			name: `Member ${n}`,
			password: 'a long enough password',
			locale: 'en'
		});
		return created!.id;
	}

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	it('makes the creator the owner', async () => {
		const owner = await user();
		const organisation = await createOrganisation(database.db, owner, '  Acme  ');
		expect(organisation.name).toBe('Acme');
		expect((await findMembership(database.db, organisation.id, owner))?.role).toBe('owner');
	});

	it('stores only the hash of an invitation token, which works once', async () => {
		const owner = await user();
		const organisation = await createOrganisation(database.db, owner, 'Invites');
		const token = await createMemberInvite(database.db, {
			organisationId: organisation.id,
			role: 'consultant',
			createdBy: owner
		});
		const stored = await database.db.select().from(memberInvites);
		expect(stored.map((row) => row.id)).toContain(hashToken(token));
		expect(JSON.stringify(stored)).not.toContain(token);

		const [first, second] = [await user(), await user()];
		// Two people racing with the same link: exactly one gets in.
		const results = await Promise.all([
			acceptMemberInvite(database.db, token, first),
			acceptMemberInvite(database.db, token, second)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await findUsableInvite(database.db, token)).toBeUndefined();
		const members = await listMembers(database.db, organisation.id);
		expect(members.filter((m) => m.role === 'consultant')).toHaveLength(1);
	});

	it('refuses an invitation after 7 days', async () => {
		const owner = await user();
		const organisation = await createOrganisation(database.db, owner, 'Expiring');
		const created = new Date('2030-01-01T00:00:00Z');
		const token = await createMemberInvite(
			database.db,
			{ organisationId: organisation.id, role: 'viewer', createdBy: owner },
			created
		);
		const justBefore = new Date(created.getTime() + INVITE_TTL_MS - 1000);
		expect(await findUsableInvite(database.db, token, justBefore)).toBeDefined();
		const expired = new Date(created.getTime() + INVITE_TTL_MS);
		const result = await acceptMemberInvite(database.db, token, await user(), expired);
		expect(result.ok).toBe(false);
	});

	it('never leaves an organisation without an owner, and only owners touch owners', async () => {
		const owner = await user();
		const admin = await user();
		const organisation = await createOrganisation(database.db, owner, 'Owners');
		const token = await createMemberInvite(database.db, {
			organisationId: organisation.id,
			role: 'admin',
			createdBy: owner
		});
		await acceptMemberInvite(database.db, token, admin);
		const base = { organisationId: organisation.id };
		expect(
			await changeMemberRole(database.db, {
				...base,
				actorRole: 'owner',
				userId: owner,
				role: 'viewer'
			})
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(await removeMember(database.db, { ...base, actorRole: 'admin', userId: owner })).toEqual(
			{
				ok: false,
				reason: 'forbidden'
			}
		);
		expect(
			await changeMemberRole(database.db, {
				...base,
				actorRole: 'admin',
				userId: admin,
				role: 'owner'
			})
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(
			await changeMemberRole(database.db, {
				...base,
				actorRole: 'owner',
				userId: admin,
				role: 'owner'
			})
		).toEqual({ ok: true });
		// With two owners, one may step down.
		expect(
			await changeMemberRole(database.db, {
				...base,
				actorRole: 'owner',
				userId: owner,
				role: 'admin'
			})
		).toEqual({ ok: true });
		expect((await findMembership(database.db, organisation.id, owner))?.role).toBe('admin');
	});
});
