/**
 * Personal invitations are submitted in one statement (src/lib/server/responses.ts), with no
 * transaction around it: double clicks and retries racing each other must still store one
 * response, and a closed diagnostic must still recognise a response it already holds.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeStatus, countResponses } from '../../../src/lib/server/diagnostics';
import { submissionReceipts, surveyInvitations } from '../../../src/lib/server/db/schema';
import { submitResponse, type SubmitOutcome } from '../../../src/lib/server/responses';
import { createInvitations, resolveSurveyToken } from '../../../src/lib/server/survey-access';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../../helpers/fixtures';

describe.each(databaseKinds())('invitation submissions racing on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	async function invitedDiagnostic() {
		const fixture = await createDiagnosticFixture(database.db);
		const { organisationId, diagnostic } = fixture;
		await changeStatus(database.db, organisationId, diagnostic.id, 'open');
		const [invite] = await createInvitations(database.db, diagnostic.id, ['b@example.com']);
		const access = await resolveSurveyToken(database.db, invite!.token);
		if (access?.kind !== 'invitation') throw new Error('expected an invitation');
		const submit = (key: string): Promise<SubmitOutcome> =>
			submitResponse(database.db, {
				diagnosticId: diagnostic.id,
				idempotencyKey: key,
				answers: answersFor('executive', 'marketing', undefined, 'Shared targets, please.'),
				invitationId: access.invitationId
			});
		return { organisationId, diagnosticId: diagnostic.id, submit };
	}

	async function stored(diagnosticId: string) {
		const counts = await countResponses(database.db, diagnosticId);
		const receipts = await database.db
			.select()
			.from(submissionReceipts)
			.where(eq(submissionReceipts.diagnosticId, diagnosticId));
		const [invitation] = await database.db
			.select({ answered: surveyInvitations.answered })
			.from(surveyInvitations)
			.where(eq(surveyInvitations.diagnosticId, diagnosticId));
		return {
			responses: counts.executive.marketing,
			receipts: receipts.length,
			answered: invitation?.answered
		};
	}

	it('stores once for 20 parallel submissions with the same key', async () => {
		const { diagnosticId, submit } = await invitedDiagnostic();
		const key = 'one-invitation-same-key-0001';
		const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit(key)));
		expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
		expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);
		expect(await stored(diagnosticId)).toEqual({ responses: 1, receipts: 1, answered: true });
	});

	it('stores once for 20 parallel submissions with different keys', async () => {
		const { diagnosticId, submit } = await invitedDiagnostic();
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, (_, index) => submit(`one-invitation-key-${index}-xxxxxx`))
		);
		expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
		expect(outcomes.filter((o) => o === 'already_answered')).toHaveLength(19);
		expect(await stored(diagnosticId)).toEqual({ responses: 1, receipts: 1, answered: true });
	});

	it('answers a retry after closing as a duplicate, and a new key as not open', async () => {
		const { organisationId, diagnosticId, submit } = await invitedDiagnostic();
		expect(await submit('stored-before-closing-0001')).toBe('stored');
		await changeStatus(database.db, organisationId, diagnosticId, 'close');
		expect(await submit('stored-before-closing-0001')).toBe('duplicate');
		expect(await submit('sent-after-closing-00001')).toBe('not_open');
		expect(await stored(diagnosticId)).toEqual({ responses: 1, receipts: 1, answered: true });
	});

	it('stores nothing and leaves the invitation pending while the diagnostic is a draft', async () => {
		const fixture = await createDiagnosticFixture(database.db);
		const [invite] = await createInvitations(database.db, fixture.diagnostic.id, ['c@x.example']);
		const access = await resolveSurveyToken(database.db, invite!.token);
		const outcome = await submitResponse(database.db, {
			diagnosticId: fixture.diagnostic.id,
			idempotencyKey: 'draft-diagnostic-key-0001',
			answers: answersFor('executive', 'marketing'),
			invitationId: access?.kind === 'invitation' ? access.invitationId : 'unknown'
		});
		expect(outcome).toBe('not_open');
		expect(await stored(fixture.diagnostic.id)).toEqual({
			responses: 0,
			receipts: 0,
			answered: false
		});
	});
});
