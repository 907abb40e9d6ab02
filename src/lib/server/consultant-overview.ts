/**
 * The consultant's view: every diagnostic of every organisation a user belongs to, in one query
 * (organisations without a diagnostic included, so that the user still sees them). Only
 * organisations where the user has a membership are read: the membership is the join's root.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import type { Database } from './db/client';
import { archivedRespondents } from './diagnostics';
import {
	diagnostics,
	memberships,
	organisations,
	responses,
	type DiagnosticStatus
} from './db/schema';

export interface OverviewDiagnostic {
	id: string;
	title: string;
	status: DiagnosticStatus;
	responses: number;
	createdAt: Date;
}

export interface OverviewOrganisation {
	id: string;
	name: string;
	role: Role;
	diagnostics: OverviewDiagnostic[];
}

/** The user's organisations by name, each with its diagnostics, newest first. */
export async function consultantOverview(
	db: Database,
	userId: string
): Promise<OverviewOrganisation[]> {
	const ownDiagnostics = db
		.select({ id: diagnostics.id })
		.from(diagnostics)
		.innerJoin(
			memberships,
			and(
				eq(memberships.organisationId, diagnostics.organisationId),
				eq(memberships.userId, userId)
			)
		);
	const counts = db
		.select({ diagnosticId: responses.diagnosticId, responses: count().as('responses') })
		.from(responses)
		.where(inArray(responses.diagnosticId, ownDiagnostics))
		.groupBy(responses.diagnosticId)
		.as('counts');
	const rows = await db
		.select({
			organisationId: organisations.id,
			organisationName: organisations.name,
			role: memberships.role,
			diagnosticId: diagnostics.id,
			title: diagnostics.title,
			status: diagnostics.status,
			createdAt: diagnostics.createdAt,
			// An emptied diagnostic counts the answers its frozen report was built on.
			responses: sql<
				number | null
			>`coalesce(${archivedRespondents(sql`${diagnostics}.id`)}, ${counts.responses})`
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(diagnostics, eq(diagnostics.organisationId, memberships.organisationId))
		.leftJoin(counts, eq(counts.diagnosticId, diagnostics.id))
		.where(eq(memberships.userId, userId))
		.orderBy(
			asc(organisations.name),
			asc(organisations.id),
			desc(diagnostics.createdAt),
			asc(diagnostics.id)
		);

	const result: OverviewOrganisation[] = [];
	for (const row of rows) {
		let organisation = result.at(-1);
		if (organisation?.id !== row.organisationId) {
			organisation = {
				id: row.organisationId,
				name: row.organisationName,
				role: row.role,
				diagnostics: []
			};
			result.push(organisation);
		}
		if (row.diagnosticId !== null && row.title !== null && row.status !== null) {
			organisation.diagnostics.push({
				id: row.diagnosticId,
				title: row.title,
				status: row.status,
				responses: Number(row.responses ?? 0),
				createdAt: row.createdAt ?? new Date(0)
			});
		}
	}
	return result;
}
