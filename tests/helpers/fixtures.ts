import type { CompanyContext } from '../../src/lib/domain/company-context';
import {
	allItemIds,
	itemById,
	allowedValues,
	SCALES,
	type JobFunction,
	type Level,
	type ResponseAnswers
} from '../../src/lib/domain/instrument';
import { createDiagnostic, type Diagnostic } from '../../src/lib/server/diagnostics';
import type { Database } from '../../src/lib/server/db/client';
import { createOrganisation } from '../../src/lib/server/organisations';
import { createUser } from '../../src/lib/server/users';

export const sampleContext: CompanyContext = {
	headcount: 120,
	revenueModel: 'recurring',
	salesMotion: 'inside',
	selfDirectedJourneyPct: 60,
	salesCycle: '1_to_3_months',
	segmentCount: 3
};

let n = 0;
/** An owner, an organisation and a diagnostic in it (open unless told otherwise). */
export async function createDiagnosticFixture(
	db: Database,
	overrides: Partial<Pick<Diagnostic, 'k' | 'executiveMode'>> = {}
): Promise<{ organisationId: string; ownerId: string; diagnostic: Diagnostic }> {
	n += 1;
	const owner = await createUser(db, {
		email: `owner${n}.${Date.now()}@example.com`,
		name: `Owner ${n}`,
		password: 'a long enough password',
		locale: 'en'
	});
	const organisation = await createOrganisation(db, owner!.id, `Org ${n}`);
	const diagnostic = await createDiagnostic(db, organisation.id, {
		title: `Diagnostic ${n}`,
		languages: ['en', 'fr'],
		context: sampleContext,
		expected: null,
		k: overrides.k ?? 5,
		executiveMode: overrides.executiveMode ?? 'standard',
		previousDiagnosticId: null
	});
	return { organisationId: organisation.id, ownerId: owner!.id, diagnostic };
}

/** A complete, valid set of answers; `pick` chooses each item's value among the allowed ones. */
export function answersFor(
	level: Level,
	fn: JobFunction,
	pick: (allowed: readonly number[], itemId: string) => number | null = (allowed) =>
		allowed[allowed.length - 1]!,
	comment: string | null = null
): ResponseAnswers {
	const answers: Record<string, unknown> = { level, function: fn, comment };
	for (const id of allItemIds) {
		const item = itemById(id)!;
		answers[id] = pick(
			allowedValues(SCALES[item.scale]).filter((v) => v !== 0),
			id
		);
	}
	return answers as ResponseAnswers;
}
