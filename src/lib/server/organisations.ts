import { and, asc, eq, gt } from 'drizzle-orm';
import { generateId, generateToken, hashToken } from './auth/tokens';
import type { Database } from './db/client';
import { hasRole, type Role } from '$lib/domain/roles';
import { memberInvites, memberships, organisations, users } from './db/schema';

export type Organisation = typeof organisations.$inferSelect;

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createOrganisation(
	db: Database,
	ownerId: string,
	name: string
): Promise<Organisation> {
	return db.transaction(async (tx) => {
		const [organisation] = await tx
			.insert(organisations)
			.values({ id: generateId(), name: name.trim() })
			.returning();
		if (!organisation) throw new Error('organisation insert returned no row');
		await tx
			.insert(memberships)
			.values({ organisationId: organisation.id, userId: ownerId, role: 'owner' });
		return organisation;
	});
}

export async function renameOrganisation(
	db: Database,
	organisationId: string,
	name: string
): Promise<void> {
	await db
		.update(organisations)
		.set({ name: name.trim() })
		.where(eq(organisations.id, organisationId));
}

export async function listOrganisationsOf(
	db: Database,
	userId: string
): Promise<{ id: string; name: string; role: Role }[]> {
	return db
		.select({ id: organisations.id, name: organisations.name, role: memberships.role })
		.from(memberships)
		.innerJoin(organisations, eq(memberships.organisationId, organisations.id))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}

export async function findMembership(
	db: Database,
	organisationId: string,
	userId: string
): Promise<{ organisation: Organisation; role: Role } | undefined> {
	const [row] = await db
		.select({ organisation: organisations, role: memberships.role })
		.from(memberships)
		.innerJoin(organisations, eq(memberships.organisationId, organisations.id))
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
	return row;
}

export interface Member {
	userId: string;
	name: string;
	email: string;
	role: Role;
}

export async function listMembers(db: Database, organisationId: string): Promise<Member[]> {
	return db
		.select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(memberships.userId, users.id))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.name));
}

export interface PendingInvite {
	id: string;
	role: Role;
	expiresAt: Date;
}

export async function listPendingInvites(
	db: Database,
	organisationId: string,
	now = new Date()
): Promise<PendingInvite[]> {
	return db
		.select({ id: memberInvites.id, role: memberInvites.role, expiresAt: memberInvites.expiresAt })
		.from(memberInvites)
		.where(
			and(
				eq(memberInvites.organisationId, organisationId),
				eq(memberInvites.used, false),
				gt(memberInvites.expiresAt, now)
			)
		)
		.orderBy(asc(memberInvites.expiresAt));
}

/** Returns the token to put in the link; only its hash is stored. */
export async function createMemberInvite(
	db: Database,
	input: { organisationId: string; role: Exclude<Role, 'owner'>; createdBy: string },
	now = new Date()
): Promise<string> {
	const token = generateToken();
	await db.insert(memberInvites).values({
		id: hashToken(token),
		organisationId: input.organisationId,
		role: input.role,
		createdBy: input.createdBy,
		expiresAt: new Date(now.getTime() + INVITE_TTL_MS)
	});
	return token;
}

export async function revokeMemberInvite(
	db: Database,
	organisationId: string,
	inviteId: string
): Promise<void> {
	await db
		.delete(memberInvites)
		.where(and(eq(memberInvites.id, inviteId), eq(memberInvites.organisationId, organisationId)));
}

export interface InviteDetails {
	organisationId: string;
	organisationName: string;
	role: Role;
}

export async function findUsableInvite(
	db: Database,
	token: string,
	now = new Date()
): Promise<InviteDetails | undefined> {
	const [row] = await db
		.select({
			organisationId: organisations.id,
			organisationName: organisations.name,
			role: memberInvites.role
		})
		.from(memberInvites)
		.innerJoin(organisations, eq(memberInvites.organisationId, organisations.id))
		.where(
			and(
				eq(memberInvites.id, hashToken(token)),
				eq(memberInvites.used, false),
				gt(memberInvites.expiresAt, now)
			)
		);
	return row;
}

export type AcceptInviteResult =
	{ ok: true; organisationId: string } | { ok: false; reason: 'invalid' };

/**
 * Marks the invitation used and adds the membership in one transaction. The conditional update
 * makes the token single-use even when two requests race. An existing member keeps the higher
 * of their current role and the invited one.
 */
export async function acceptMemberInvite(
	db: Database,
	token: string,
	userId: string,
	now = new Date()
): Promise<AcceptInviteResult> {
	return db.transaction(async (tx) => {
		const [invite] = await tx
			.update(memberInvites)
			.set({ used: true })
			.where(
				and(
					eq(memberInvites.id, hashToken(token)),
					eq(memberInvites.used, false),
					gt(memberInvites.expiresAt, now)
				)
			)
			.returning({ organisationId: memberInvites.organisationId, role: memberInvites.role });
		if (!invite) return { ok: false, reason: 'invalid' } as const;
		const [existing] = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(
				and(eq(memberships.organisationId, invite.organisationId), eq(memberships.userId, userId))
			);
		if (!existing) {
			await tx
				.insert(memberships)
				.values({ organisationId: invite.organisationId, userId, role: invite.role });
		} else if (!hasRole(existing.role, invite.role)) {
			await tx
				.update(memberships)
				.set({ role: invite.role })
				.where(
					and(eq(memberships.organisationId, invite.organisationId), eq(memberships.userId, userId))
				);
		}
		return { ok: true, organisationId: invite.organisationId } as const;
	});
}

export type MemberChangeResult = { ok: true } | { ok: false; reason: 'not_found' | 'forbidden' };

/**
 * Changes a member's role. Owners are protected: only an owner can change or remove an owner,
 * and the last owner can never be demoted or removed.
 */
export async function changeMemberRole(
	db: Database,
	input: { organisationId: string; actorRole: Role; userId: string; role: Role }
): Promise<MemberChangeResult> {
	return db.transaction(async (tx) => {
		const check = await checkOwnerRules(tx, input.organisationId, input.actorRole, input.userId);
		if (!check.ok) return check;
		if (input.role === 'owner' && input.actorRole !== 'owner') {
			return { ok: false, reason: 'forbidden' } as const;
		}
		if (check.targetRole === 'owner' && input.role !== 'owner' && check.ownerCount <= 1) {
			return { ok: false, reason: 'forbidden' } as const;
		}
		await tx
			.update(memberships)
			.set({ role: input.role })
			.where(
				and(
					eq(memberships.organisationId, input.organisationId),
					eq(memberships.userId, input.userId)
				)
			);
		return { ok: true } as const;
	});
}

export async function removeMember(
	db: Database,
	input: { organisationId: string; actorRole: Role; userId: string }
): Promise<MemberChangeResult> {
	return db.transaction(async (tx) => {
		const check = await checkOwnerRules(tx, input.organisationId, input.actorRole, input.userId);
		// Removing someone who is not (or no longer) a member is already done: a repeated click.
		if (!check.ok && check.reason === 'not_found') return { ok: true } as const;
		if (!check.ok) return check;
		if (check.targetRole === 'owner' && check.ownerCount <= 1) {
			return { ok: false, reason: 'forbidden' } as const;
		}
		await tx
			.delete(memberships)
			.where(
				and(
					eq(memberships.organisationId, input.organisationId),
					eq(memberships.userId, input.userId)
				)
			);
		return { ok: true } as const;
	});
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function checkOwnerRules(
	tx: Tx,
	organisationId: string,
	actorRole: Role,
	userId: string
): Promise<
	| { ok: true; targetRole: Role; ownerCount: number }
	| { ok: false; reason: 'not_found' | 'forbidden' }
> {
	// Lock the organisation's memberships so two concurrent demotions cannot remove every owner.
	const rows = await tx
		.select({ userId: memberships.userId, role: memberships.role })
		.from(memberships)
		.where(eq(memberships.organisationId, organisationId))
		.for('update');
	const target = rows.find((row) => row.userId === userId);
	if (!target) return { ok: false, reason: 'not_found' };
	if (target.role === 'owner' && actorRole !== 'owner') return { ok: false, reason: 'forbidden' };
	const ownerCount = rows.filter((row) => row.role === 'owner').length;
	return { ok: true, targetRole: target.role, ownerCount };
}

/**
 * Sets how many months after a diagnostic closes its raw answers are deleted (null keeps them).
 * The database's check constraint guards the 1–120 range as well.
 */
export async function setRetention(
	db: Database,
	organisationId: string,
	months: number | null
): Promise<void> {
	await db
		.update(organisations)
		.set({ retentionMonths: months })
		.where(eq(organisations.id, organisationId));
}
