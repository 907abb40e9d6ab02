import { changeStatus, createDiagnostic } from '../../../src/lib/server/diagnostics';
import type { Database } from '../../../src/lib/server/db/client';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation
} from '../../../src/lib/server/organisations';
import { createSurveyLink } from '../../../src/lib/server/survey-access';
import { createUser } from '../../../src/lib/server/users';
import { sampleContext } from '../../helpers/fixtures';

export const LIVE_PASSWORD = 'live workshop passphrase';

export interface LiveSeed {
	organisationId: string;
	/** Open, with k = 3. */
	diagnosticId: string;
	/** Not opened yet. */
	draftId: string;
	/** Token of a general survey link of the open diagnostic. */
	linkToken: string;
	emails: { owner: string; consultant: string; viewer: string };
}

/** An organisation with a consultant and a viewer, an open diagnostic (k = 3) and a draft. */
export async function seedLive(db: Database, suffix = Date.now().toString(36)): Promise<LiveSeed> {
	const emails = {
		owner: `live.owner.${suffix}@example.com`,
		consultant: `live.consultant.${suffix}@example.com`,
		viewer: `live.viewer.${suffix}@example.com`
	};
	const user = async (email: string, name: string) => {
		const created = await createUser(db, { email, name, password: LIVE_PASSWORD, locale: 'en' });
		if (!created) throw new Error(`could not create ${email}`);
		return created;
	};
	const owner = await user(emails.owner, 'Claire Owner');
	const organisation = await createOrganisation(db, owner.id, 'Live Workshop Co');
	for (const role of ['consultant', 'viewer'] as const) {
		const member = await user(emails[role], `Live ${role}`);
		const token = await createMemberInvite(db, {
			organisationId: organisation.id,
			role,
			createdBy: owner.id
		});
		await acceptMemberInvite(db, token, member.id);
	}
	const settings = {
		languages: ['en', 'fr'] as ('en' | 'fr')[],
		context: sampleContext,
		expected: null,
		k: 3,
		executiveMode: 'standard' as const,
		previousDiagnosticId: null
	};
	const diagnostic = await createDiagnostic(db, organisation.id, {
		...settings,
		title: 'Workshop pulse'
	});
	await changeStatus(db, organisation.id, diagnostic.id, 'open');
	const draft = await createDiagnostic(db, organisation.id, { ...settings, title: 'Not yet' });
	const linkToken = await createSurveyLink(db, diagnostic.id, {
		label: 'Seeded',
		presetLevel: null,
		presetFunction: null
	});
	return {
		organisationId: organisation.id,
		diagnosticId: diagnostic.id,
		draftId: draft.id,
		linkToken,
		emails
	};
}
