import { eq } from 'drizzle-orm';
import type { Locale } from '$lib/i18n/locales';
import { hashPassword } from './auth/password';
import { generateId } from './auth/tokens';
import type { Database } from './db/client';
import { users } from './db/schema';

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
