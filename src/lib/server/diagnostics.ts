import { and, desc, eq, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CompanyContext } from '$lib/domain/company-context';
import type { ExpectedHeadcounts } from '$lib/domain/headcounts';
import { INSTRUMENT_VERSION, type JobFunction, type Level } from '$lib/domain/instrument';
import type { Locale } from '$lib/i18n/locales';
import { generateId } from './auth/tokens';
import type { Database } from './db/client';
import { diagnostics, reportArchives, responses, type ExecutiveMode } from './db/schema';

export type Diagnostic = typeof diagnostics.$inferSelect;

export interface DiagnosticSettings {
	title: string;
	languages: Locale[];
	context: CompanyContext;
	expected: ExpectedHeadcounts | null;
	k: number;
	executiveMode: ExecutiveMode;
	previousDiagnosticId: string | null;
}

export async function createDiagnostic(
	db: Database,
	organisationId: string,
	settings: DiagnosticSettings
): Promise<Diagnostic> {
	const [diagnostic] = await db
		.insert(diagnostics)
		.values({
			id: generateId(),
			organisationId,
			instrumentVersion: INSTRUMENT_VERSION,
			...settings,
			previousDiagnosticId: await sameOrganisationOrNull(
				db,
				organisationId,
				settings.previousDiagnosticId
			)
		})
		.returning();
	if (!diagnostic) throw new Error('diagnostic insert returned no row');
	return diagnostic;
}

/** A follow-up wave may only point at a diagnostic of the same organisation. */
async function sameOrganisationOrNull(
	db: Database,
	organisationId: string,
	diagnosticId: string | null
): Promise<string | null> {
	if (!diagnosticId) return null;
	return (await findDiagnostic(db, organisationId, diagnosticId))?.id ?? null;
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'not_found' | 'anonymity_locked' };

/**
 * Saves edited settings. The anonymity settings (k and the executive mode) are fixed as soon as
 * the diagnostic has been opened once: changing them later could reveal a group already seen.
 */
export async function updateDiagnostic(
	db: Database,
	organisationId: string,
	diagnosticId: string,
	settings: DiagnosticSettings
): Promise<UpdateResult> {
	const current = await findDiagnostic(db, organisationId, diagnosticId);
	if (!current) return { ok: false, reason: 'not_found' };
	const anonymityChanged =
		settings.k !== current.k || settings.executiveMode !== current.executiveMode;
	if (current.openedAt && anonymityChanged) return { ok: false, reason: 'anonymity_locked' };
	const previous = await sameOrganisationOrNull(db, organisationId, settings.previousDiagnosticId);
	await db
		.update(diagnostics)
		.set({ ...settings, previousDiagnosticId: previous === diagnosticId ? null : previous })
		.where(and(eq(diagnostics.id, diagnosticId), eq(diagnostics.organisationId, organisationId)));
	return { ok: true };
}

/**
 * Ids come from `generateId` (lowercase base32); anything else, such as a URL segment holding a
 * NUL that no PostgreSQL text parameter accepts, names no diagnostic and never reaches a query.
 */
function isIdShape(id: string): boolean {
	return /^[a-z0-9]{1,64}$/.test(id);
}

export async function findDiagnostic(
	db: Database,
	organisationId: string,
	diagnosticId: string
): Promise<Diagnostic | undefined> {
	if (!isIdShape(diagnosticId)) return undefined;
	const [diagnostic] = await db
		.select()
		.from(diagnostics)
		.where(and(eq(diagnostics.id, diagnosticId), eq(diagnostics.organisationId, organisationId)));
	return diagnostic;
}

/**
 * Respondents of a diagnostic whose raw answers the retention setting deleted, as its frozen
 * report counts them (null when it has no archive, or when that count is itself hidden).
 */
export function archivedRespondents(diagnosticId: SQL | AnyColumn): SQL<number | null> {
	return sql<
		number | null
	>`(select case when jsonb_typeof(${reportArchives.report} -> 'respondents' -> 'all') = 'number' then (${reportArchives.report} -> 'respondents' ->> 'all')::int end from ${reportArchives} where ${reportArchives.diagnosticId} = ${diagnosticId})`;
}

export async function listDiagnostics(
	db: Database,
	organisationId: string
): Promise<(Diagnostic & { responseCount: number })[]> {
	const rows = await db
		.select({
			diagnostic: diagnostics,
			// Qualified by hand: inside a select list drizzle writes bare column names, and a bare
			// "id" in the subquery would mean responses.id.
			// An emptied diagnostic counts the answers its frozen report was built on.
			responseCount: sql<number>`coalesce(${archivedRespondents(sql`${diagnostics}.id`)}, (select count(*)::int from ${responses} where ${responses}.diagnostic_id = ${diagnostics}.id))`
		})
		.from(diagnostics)
		.where(eq(diagnostics.organisationId, organisationId))
		.orderBy(desc(diagnostics.createdAt));
	return rows.map((row) => ({ ...row.diagnostic, responseCount: Number(row.responseCount) }));
}

export const lifecycleActions = ['open', 'close', 'reopen'] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

const transitions: Record<
	LifecycleAction,
	{ from: Diagnostic['status']; to: Diagnostic['status'] }
> = {
	open: { from: 'draft', to: 'open' },
	close: { from: 'open', to: 'closed' },
	reopen: { from: 'closed', to: 'open' }
};

/**
 * draft → open → closed, and closed → open again; anything else is refused, and so is reopening
 * a diagnostic whose raw answers the retention setting deleted (its report is frozen).
 */
export async function changeStatus(
	db: Database,
	organisationId: string,
	diagnosticId: string,
	action: LifecycleAction,
	now = new Date()
): Promise<boolean> {
	const { from, to } = transitions[action];
	const changed = await db
		.update(diagnostics)
		.set({
			status: to,
			...(action === 'open' ? { openedAt: now } : {}),
			...(action === 'close' ? { closedAt: now } : {}),
			...(action === 'reopen' ? { closedAt: null } : {})
		})
		.where(
			and(
				eq(diagnostics.id, diagnosticId),
				eq(diagnostics.organisationId, organisationId),
				eq(diagnostics.status, from),
				...(action === 'reopen' ? [isNull(diagnostics.rawAnswersDeletedAt)] : [])
			)
		)
		.returning({ id: diagnostics.id });
	return changed.length === 1;
}

export type ResponseCounts = Record<Level, Record<JobFunction, number>>;

/** Responses received so far per level × function (for the people running the diagnostic). */
export async function countResponses(db: Database, diagnosticId: string): Promise<ResponseCounts> {
	const rows = await db
		.select({
			level: responses.level,
			function: responses.function,
			count: sql<number>`count(*)::int`
		})
		.from(responses)
		.where(eq(responses.diagnosticId, diagnosticId))
		.groupBy(responses.level, responses.function);
	const counts: ResponseCounts = {
		executive: { sales: 0, marketing: 0, other: 0 },
		senior_manager: { sales: 0, marketing: 0, other: 0 },
		frontline: { sales: 0, marketing: 0, other: 0 }
	};
	for (const row of rows) counts[row.level][row.function] = Number(row.count);
	return counts;
}
