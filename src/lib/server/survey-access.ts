import { and, asc, eq } from 'drizzle-orm';
import type { JobFunction, Level } from '$lib/domain/instrument';
import { generateToken, hashToken } from './auth/tokens';
import type { Database } from './db/client';
import { diagnostics, surveyInvitations, surveyLinks } from './db/schema';
import type { Diagnostic } from './diagnostics';

export interface SurveyLinkInput {
	label: string;
	presetLevel: Level | null;
	presetFunction: JobFunction | null;
}

/** Returns the token to put in the link; only its hash is stored, so the link is shown once. */
export async function createSurveyLink(
	db: Database,
	diagnosticId: string,
	input: SurveyLinkInput
): Promise<string> {
	const token = generateToken();
	await db.insert(surveyLinks).values({ id: hashToken(token), diagnosticId, ...input });
	return token;
}

export type SurveyLink = typeof surveyLinks.$inferSelect;

export async function listSurveyLinks(db: Database, diagnosticId: string): Promise<SurveyLink[]> {
	return db
		.select()
		.from(surveyLinks)
		.where(and(eq(surveyLinks.diagnosticId, diagnosticId), eq(surveyLinks.revoked, false)))
		.orderBy(asc(surveyLinks.createdAt));
}

export async function revokeSurveyLink(
	db: Database,
	diagnosticId: string,
	linkId: string
): Promise<void> {
	await db
		.update(surveyLinks)
		.set({ revoked: true })
		.where(and(eq(surveyLinks.id, linkId), eq(surveyLinks.diagnosticId, diagnosticId)));
}

/** Creates one invitation per new address; returns the tokens to email (never stored). */
export async function createInvitations(
	db: Database,
	diagnosticId: string,
	emails: readonly string[]
): Promise<{ email: string; token: string }[]> {
	const created: { email: string; token: string }[] = [];
	for (const email of emails) {
		const token = generateToken();
		const [row] = await db
			.insert(surveyInvitations)
			.values({ id: hashToken(token), diagnosticId, email })
			.onConflictDoNothing()
			.returning({ email: surveyInvitations.email });
		if (row) created.push({ email, token });
	}
	return created;
}

/**
 * New tokens for the invitations not answered yet, for a reminder. The previous link of each
 * stops working: the reminder's link replaces it, since only one hash is kept per person.
 */
export async function renewPendingInvitations(
	db: Database,
	diagnosticId: string
): Promise<{ email: string; token: string }[]> {
	return db.transaction(async (tx) => {
		const pending = await tx
			.select({ id: surveyInvitations.id, email: surveyInvitations.email })
			.from(surveyInvitations)
			.where(
				and(eq(surveyInvitations.diagnosticId, diagnosticId), eq(surveyInvitations.answered, false))
			)
			.for('update');
		const renewed: { email: string; token: string }[] = [];
		for (const invitation of pending) {
			const token = generateToken();
			await tx
				.update(surveyInvitations)
				.set({ id: hashToken(token) })
				.where(eq(surveyInvitations.id, invitation.id));
			renewed.push({ email: invitation.email, token });
		}
		return renewed;
	});
}

export async function invitationSummary(
	db: Database,
	diagnosticId: string
): Promise<{ invited: number; answered: number }> {
	const rows = await db
		.select({ answered: surveyInvitations.answered })
		.from(surveyInvitations)
		.where(eq(surveyInvitations.diagnosticId, diagnosticId));
	return { invited: rows.length, answered: rows.filter((row) => row.answered).length };
}

/** What a survey token opens: a diagnostic, through a shared link or a personal invitation. */
export type SurveyAccess =
	| { kind: 'link'; diagnostic: Diagnostic; link: SurveyLink }
	| { kind: 'invitation'; diagnostic: Diagnostic; invitationId: string; answered: boolean };

export async function resolveSurveyToken(
	db: Database,
	token: string
): Promise<SurveyAccess | undefined> {
	const id = hashToken(token);
	const [link] = await db
		.select({ link: surveyLinks, diagnostic: diagnostics })
		.from(surveyLinks)
		.innerJoin(diagnostics, eq(surveyLinks.diagnosticId, diagnostics.id))
		.where(and(eq(surveyLinks.id, id), eq(surveyLinks.revoked, false)));
	if (link) return { kind: 'link', ...link };
	const [invitation] = await db
		.select({ invitation: surveyInvitations, diagnostic: diagnostics })
		.from(surveyInvitations)
		.innerJoin(diagnostics, eq(surveyInvitations.diagnosticId, diagnostics.id))
		.where(eq(surveyInvitations.id, id));
	if (!invitation) return undefined;
	return {
		kind: 'invitation',
		diagnostic: invitation.diagnostic,
		invitationId: invitation.invitation.id,
		answered: invitation.invitation.answered
	};
}
