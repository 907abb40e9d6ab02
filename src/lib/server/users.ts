import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Locale } from '$lib/i18n/locales';
import { hashPassword } from './auth/password';
import { generateId } from './auth/tokens';
import type { Database } from './db/client';
import { memberships, organisations, rateLimits, sessions, users } from './db/schema';

export type User = typeof users.$inferSelect;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
	const [user] = await db
		.select()
		.from(users)
		.where(eq(users.email, normaliseEmail(email)));
	return user;
}

export async function findUserById(db: Database, id: string): Promise<User | undefined> {
	const [user] = await db.select().from(users).where(eq(users.id, id));
	return user;
}

/** Creates an account, or returns null when the email is already registered. */
export async function createUser(
	db: Database,
	input: { email: string; name: string; password: string; locale: Locale }
): Promise<User | null> {
	const passwordHash = await hashPassword(input.password);
	const [user] = await db
		.insert(users)
		.values({
			id: generateId(),
			email: normaliseEmail(input.email),
			name: input.name.trim(),
			passwordHash,
			locale: input.locale
		})
		.onConflictDoNothing({ target: users.email })
		.returning();
	return user ?? null;
}

export async function updatePasswordHash(
	db: Database,
	userId: string,
	passwordHash: string
): Promise<void> {
	await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function setUserLocale(db: Database, userId: string, locale: Locale): Promise<void> {
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** An organisation whose only owner is the user, with the members who could take it over. */
export interface SoleOwnedOrganisation {
	id: string;
	name: string;
	members: { userId: string; name: string; email: string }[];
}

export type OwnershipChoice = { kind: 'transfer'; to: string } | { kind: 'delete' };

/**
 * Organisations the user owns alone: deleting the account needs a decision for each (another
 * member becomes owner, or the organisation goes with all its diagnostics). Organisations with
 * another owner simply lose this member.
 */
export async function findSoleOwnedOrganisations(
	db: Database,
	userId: string
): Promise<SoleOwnedOrganisation[]> {
	const owned = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(memberships)
		.innerJoin(organisations, eq(memberships.organisationId, organisations.id))
		.where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner')))
		.orderBy(asc(organisations.name), asc(organisations.id));
	if (owned.length === 0) return [];
	const others = await db
		.select({
			organisationId: memberships.organisationId,
			userId: users.id,
			name: users.name,
			email: users.email,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(users, eq(memberships.userId, users.id))
		.where(
			and(
				inArray(
					memberships.organisationId,
					owned.map((o) => o.id)
				),
				ne(memberships.userId, userId)
			)
		)
		.orderBy(asc(users.name), asc(users.email));
	return owned
		.filter((o) => !others.some((m) => m.organisationId === o.id && m.role === 'owner'))
		.map((o) => ({
			...o,
			members: others
				.filter((m) => m.organisationId === o.id)
				.map(({ userId: id, name, email }) => ({ userId: id, name, email }))
		}));
}

export type DeleteAccountResult =
	{ ok: true; alreadyDeleted: boolean } | { ok: false; reason: 'choices_outdated' };

/**
 * Deletes the account in one transaction: each organisation it owns alone is handed to the
 * chosen member or deleted (its diagnostics, answers, links and plans go with it by cascade),
 * then the sessions, memberships and the user row. The user row is locked first, so a double
 * submit deletes once and the second call reports `alreadyDeleted`. When the organisations
 * changed since the page was shown (a choice is missing or names someone no longer a member),
 * nothing is deleted.
 */
export async function deleteAccount(
	db: Database,
	userId: string,
	choices: Record<string, OwnershipChoice>
): Promise<DeleteAccountResult> {
	return db.transaction(async (tx) => {
		const [user] = await tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(eq(users.id, userId))
			.for('update');
		if (!user) return { ok: true, alreadyDeleted: true } as const;
		const owned = await tx
			.select({ organisationId: memberships.organisationId })
			.from(memberships)
			.where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner')));
		if (owned.length > 0) {
			// Lock these organisations' memberships: nobody can leave or be demoted meanwhile.
			await tx
				.select({ userId: memberships.userId })
				.from(memberships)
				.where(
					inArray(
						memberships.organisationId,
						owned.map((o) => o.organisationId)
					)
				)
				.for('update');
		}
		const soleOwned = await findSoleOwnedOrganisations(tx, userId);
		for (const organisation of soleOwned) {
			const choice = choices[organisation.id];
			if (!choice) return { ok: false, reason: 'choices_outdated' } as const;
			if (choice.kind === 'transfer') {
				if (!organisation.members.some((m) => m.userId === choice.to)) {
					return { ok: false, reason: 'choices_outdated' } as const;
				}
			}
		}
		for (const organisation of soleOwned) {
			const choice = choices[organisation.id]!;
			if (choice.kind === 'delete') {
				await tx.delete(organisations).where(eq(organisations.id, organisation.id));
			} else {
				await tx
					.update(memberships)
					.set({ role: 'owner' })
					.where(
						and(eq(memberships.organisationId, organisation.id), eq(memberships.userId, choice.to))
					);
			}
		}
		await tx.delete(sessions).where(eq(sessions.userId, userId));
		await tx.delete(memberships).where(eq(memberships.userId, userId));
		// Throttling counters named after the account are personal data too.
		await tx
			.delete(rateLimits)
			.where(
				inArray(rateLimits.key, [
					`password:user:${userId}`,
					`login:email:${user.email}`,
					`signup:email:${user.email}`
				])
			);
		await tx.delete(users).where(eq(users.id, userId));
		return { ok: true, alreadyDeleted: false } as const;
	});
}
