/** Open diagnostics with one survey link each, and a complete set of answers, for the benchmarks. */
import {
	SCALES,
	allItemIds,
	allowedValues,
	itemById,
	type QuestionId
} from '../../src/lib/domain/instrument';
import { changeStatus, createDiagnostic } from '../../src/lib/server/diagnostics';
import type { Database } from '../../src/lib/server/db/client';
import { createOrganisation } from '../../src/lib/server/organisations';
import { createSurveyLink } from '../../src/lib/server/survey-access';
import { createUser } from '../../src/lib/server/users';
import { sampleContext } from '../helpers/fixtures';

export interface BenchLink {
	diagnosticId: string;
	/** The secret of /s/<token>. */
	token: string;
}

/** `count` open diagnostics of one organisation, each with one survey link (no preset). */
export async function seedOpenDiagnostics(db: Database, count: number): Promise<BenchLink[]> {
	const owner = await createUser(db, {
		email: `bench-owner.${Date.now().toString(36)}@example.com`,
		name: 'Bench Owner',
		password: 'a long enough password',
		locale: 'en'
	});
	if (!owner) throw new Error('could not create the owner');
	const organisation = await createOrganisation(db, owner.id, 'Bench Org');
	const links: BenchLink[] = [];
	for (let index = 0; index < count; index += 1) {
		const diagnostic = await createDiagnostic(db, organisation.id, {
			title: `Bench alignment ${index + 1}`,
			languages: ['en', 'fr'],
			context: sampleContext,
			expected: null,
			k: 5,
			executiveMode: 'standard',
			previousDiagnosticId: null
		});
		await changeStatus(db, organisation.id, diagnostic.id, 'open');
		const token = await createSurveyLink(db, diagnostic.id, {
			label: 'bench',
			presetLevel: null,
			presetFunction: null
		});
		links.push({ diagnosticId: diagnostic.id, token });
	}
	return links;
}

/** Every question answered (ratings spread over each scale), profile and comment included. */
export function completeAnswers(): Partial<Record<QuestionId, string>> {
	const answers: Partial<Record<QuestionId, string>> = {};
	allItemIds.forEach((id, index) => {
		const allowed = allowedValues(SCALES[itemById(id)!.scale]);
		answers[id] = String(allowed[index % allowed.length]);
	});
	return {
		...answers,
		level: 'frontline',
		function: 'marketing',
		comment: 'A weekly joint pipeline review would help both teams.'
	};
}
