/**
 * Everything stored about one account, for its holder to download (GDPR access and
 * portability). Never a password hash, a session id or an invitation id: those are hashes of
 * secrets and say nothing to the holder.
 */
import { asc, eq } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import type { Locale } from '$lib/i18n/locales';
import { account } from '$lib/i18n/messages/account';
import type { Database } from './db/client';
import { memberInvites, memberships, organisations, sessions, users } from './db/schema';

export interface AccountExport {
	exportedAt: string;
	profile: { email: string; name: string; locale: string | null; createdAt: string };
	memberships: { organisationId: string; organisationName: string; role: Role; since: string }[];
	invitationsCreated: {
		organisationId: string;
		organisationName: string;
		role: Role;
		createdAt: string;
		expiresAt: string;
		used: boolean;
	}[];
	sessions: {
		count: number;
		items: { createdAt: string; expiresAt: string; absoluteExpiresAt: string }[];
	};
	notes: { surveyAnswers: string; planItems: string; sessions: string };
}

/** The export of one account, or undefined when the account does not exist (any more). */
export async function exportAccountData(
	db: Database,
	userId: string,
	locale: Locale,
	now = new Date()
): Promise<AccountExport | undefined> {
	const [user] = await db
		.select({
			email: users.email,
			name: users.name,
			locale: users.locale,
			createdAt: users.createdAt
		})
		.from(users)
		.where(eq(users.id, userId));
	if (!user) return undefined;
	const [memberRows, inviteRows, sessionRows] = await Promise.all([
		db
			.select({
				organisationId: organisations.id,
				organisationName: organisations.name,
				role: memberships.role,
				since: memberships.createdAt
			})
			.from(memberships)
			.innerJoin(organisations, eq(memberships.organisationId, organisations.id))
			.where(eq(memberships.userId, userId))
			.orderBy(asc(organisations.name)),
		db
			.select({
				organisationId: organisations.id,
				organisationName: organisations.name,
				role: memberInvites.role,
				createdAt: memberInvites.createdAt,
				expiresAt: memberInvites.expiresAt,
				used: memberInvites.used
			})
			.from(memberInvites)
			.innerJoin(organisations, eq(memberInvites.organisationId, organisations.id))
			.where(eq(memberInvites.createdBy, userId))
			.orderBy(asc(memberInvites.createdAt)),
		db
			.select({
				createdAt: sessions.createdAt,
				expiresAt: sessions.expiresAt,
				absoluteExpiresAt: sessions.absoluteExpiresAt
			})
			.from(sessions)
			.where(eq(sessions.userId, userId))
			.orderBy(asc(sessions.createdAt))
	]);
	return {
		exportedAt: now.toISOString(),
		profile: { ...user, createdAt: user.createdAt.toISOString() },
		memberships: memberRows.map((row) => ({ ...row, since: row.since.toISOString() })),
		invitationsCreated: inviteRows.map((row) => ({
			...row,
			createdAt: row.createdAt.toISOString(),
			expiresAt: row.expiresAt.toISOString()
		})),
		sessions: {
			count: sessionRows.length,
			items: sessionRows.map((row) => ({
				createdAt: row.createdAt.toISOString(),
				expiresAt: row.expiresAt.toISOString(),
				absoluteExpiresAt: row.absoluteExpiresAt.toISOString()
			}))
		},
		notes: account[locale].exportNotes
	};
}
