import { createSession } from '../../../../src/lib/server/auth/session';
import type { Database } from '../../../../src/lib/server/db/client';
import { changeStatus, createDiagnostic } from '../../../../src/lib/server/diagnostics';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation
} from '../../../../src/lib/server/organisations';
import { createSurveyLink } from '../../../../src/lib/server/survey-access';
import { createUser } from '../../../../src/lib/server/users';
import { sampleContext } from '../../../helpers/fixtures';

/** Who sends a request: each fuzz target is driven as the visitor allowed to use it. */
export type Visitor = 'anonymous' | 'owner' | 'member' | 'respondent';

/** What the fuzz apps hold before the first request. */
export interface FuzzFixture {
	organisationId: string;
	/** An open diagnostic with a survey link: distribution, plan, import, report. */
	diagnosticId: string;
	/** A draft diagnostic that open / close / reopen may move around freely. */
	lifecycleDiagnosticId: string;
	/** A viewer of the organisation (the `member` visitor), target of the members actions. */
	memberUserId: string;
	/** Cookie values by visitor. */
	cookies: Record<Visitor, Record<string, string>>;
}

async function user(db: Database, name: string) {
	const created = await createUser(db, {
		email: `${name}.${Date.now().toString(36)}@example.com`,
		name,
		password: 'a long enough password',
		locale: 'en'
	});
	if (!created) throw new Error(`could not create ${name}`);
	return created;
}

async function diagnostic(db: Database, organisationId: string, title: string) {
	return createDiagnostic(db, organisationId, {
		title,
		languages: ['en', 'fr'],
		context: sampleContext,
		expected: null,
		k: 5,
		executiveMode: 'standard',
		previousDiagnosticId: null
	});
}

/** Creates the fixture through the app's own server functions (before the app starts). */
export async function seedFuzzFixture(db: Database): Promise<FuzzFixture> {
	const owner = await user(db, 'fuzz-owner');
	const member = await user(db, 'fuzz-member');
	const organisation = await createOrganisation(db, owner.id, 'Fuzz Org');
	const invite = await createMemberInvite(db, {
		organisationId: organisation.id,
		role: 'viewer',
		createdBy: owner.id
	});
	await acceptMemberInvite(db, invite, member.id);
	const open = await diagnostic(db, organisation.id, 'Fuzzed alignment');
	await changeStatus(db, organisation.id, open.id, 'open');
	const lifecycle = await diagnostic(db, organisation.id, 'Lifecycle alignment');
	const surveyToken = await createSurveyLink(db, open.id, {
		label: 'fuzz',
		presetLevel: null,
		presetFunction: null
	});
	const ownerSession = await createSession(db, owner.id);
	const memberSession = await createSession(db, member.id);
	return {
		organisationId: organisation.id,
		diagnosticId: open.id,
		lifecycleDiagnosticId: lifecycle.id,
		memberUserId: member.id,
		cookies: {
			anonymous: {},
			owner: { accord_session: ownerSession.token },
			member: { accord_session: memberSession.token },
			respondent: { accord_survey: surveyToken }
		}
	};
}
