import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { changeStatus, countResponses } from '../../src/lib/server/diagnostics';
import { responses, submissionReceipts, surveyInvitations } from '../../src/lib/server/db/schema';
import { submitResponse } from '../../src/lib/server/responses';
import {
	createInvitations,
	createSurveyLink,
	renewPendingInvitations,
	resolveSurveyToken
} from '../../src/lib/server/survey-access';
import { createTestDatabase, databaseKinds, rowsOf, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../helpers/fixtures';

describe.each(databaseKinds())('responses on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	async function openDiagnostic() {
		const fixture = await createDiagnosticFixture(database.db);
		await changeStatus(database.db, fixture.organisationId, fixture.diagnostic.id, 'open');
		return fixture;
	}

	it('stores one response for 20 parallel submissions with the same idempotency key', async () => {
		const { diagnostic } = await openDiagnostic();
		const submission = {
			diagnosticId: diagnostic.id,
			idempotencyKey: 'same-key-for-every-retry-0001',
			answers: answersFor('frontline', 'sales', undefined, 'More joint planning, please.')
		};
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, () => submitResponse(database.db, submission))
		);
		expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
		expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);
		const counts = await countResponses(database.db, diagnostic.id);
		expect(counts.frontline.sales).toBe(1);
		const comments = rowsOf<{ n: number }>(
			await database.db.execute(
				sql`select count(*)::int as n from response_comments where diagnostic_id = ${diagnostic.id}`
			)
		);
		expect(Number(comments[0]!.n)).toBe(1);
	});

	it('stores different keys separately and keeps only hashes of the keys', async () => {
		const { diagnostic } = await openDiagnostic();
		for (const key of ['first-key-aaaaaaaaaaaa', 'second-key-bbbbbbbbbbb']) {
			expect(
				await submitResponse(database.db, {
					diagnosticId: diagnostic.id,
					idempotencyKey: key,
					answers: answersFor('executive', 'marketing')
				})
			).toBe('stored');
		}
		const receipts = await database.db.select().from(submissionReceipts);
		expect(JSON.stringify(receipts)).not.toContain('first-key');
		expect(receipts.map((r) => r.keyHash)).toContain(hashToken('first-key-aaaaaaaaaaaa'));
		expect((await countResponses(database.db, diagnostic.id)).executive.marketing).toBe(2);
	});

	it('refuses answers when the diagnostic is not open, and stores nothing', async () => {
		const { organisationId, diagnostic } = await createDiagnosticFixture(database.db);
		const submit = () =>
			submitResponse(database.db, {
				diagnosticId: diagnostic.id,
				idempotencyKey: `draft-${Math.random()}-xxxxxxxx`,
				answers: answersFor('frontline', 'marketing')
			});
		expect(await submit()).toBe('not_open');
		await changeStatus(database.db, organisationId, diagnostic.id, 'open');
		await changeStatus(database.db, organisationId, diagnostic.id, 'close');
		expect(await submit()).toBe('not_open');
		const counts = await countResponses(database.db, diagnostic.id);
		expect(counts.frontline.marketing).toBe(0);
	});

	it('records only "answered" on an invitation, and accepts one response per invitation', async () => {
		const { diagnostic } = await openDiagnostic();
		const [invite] = await createInvitations(database.db, diagnostic.id, ['a@example.com']);
		const access = await resolveSurveyToken(database.db, invite!.token);
		expect(access?.kind).toBe('invitation');
		const invitationId = access?.kind === 'invitation' ? access.invitationId : '';
		const submit = (key: string) =>
			submitResponse(database.db, {
				diagnosticId: diagnostic.id,
				idempotencyKey: key,
				answers: answersFor('frontline', 'other'),
				invitationId
			});
		expect(await submit('invitation-key-1-xxxxxx')).toBe('stored');
		expect(await submit('invitation-key-1-xxxxxx')).toBe('duplicate');
		expect(await submit('invitation-key-2-xxxxxx')).toBe('already_answered');
		const [row] = await database.db.select().from(surveyInvitations);
		expect(Object.keys(row!).sort()).toEqual(['answered', 'diagnosticId', 'email', 'id']);
		expect(row!.answered).toBe(true);
		const stored = await database.db.select().from(responses);
		expect(JSON.stringify(stored)).not.toContain(invitationId);
	});

	it('reminders renew the links of pending invitations only', async () => {
		const { diagnostic } = await openDiagnostic();
		const created = await createInvitations(database.db, diagnostic.id, [
			'done@example.com',
			'late@example.com'
		]);
		const done = await resolveSurveyToken(database.db, created[0]!.token);
		await submitResponse(database.db, {
			diagnosticId: diagnostic.id,
			idempotencyKey: 'reminder-test-key-xxxxx',
			answers: answersFor('frontline', 'sales'),
			invitationId: done?.kind === 'invitation' ? done.invitationId : ''
		});
		const renewed = await renewPendingInvitations(database.db, diagnostic.id);
		expect(renewed.map((r) => r.email)).toEqual(['late@example.com']);
		expect(await resolveSurveyToken(database.db, renewed[0]!.token)).toBeDefined();
		expect(await resolveSurveyToken(database.db, created[1]!.token)).toBeUndefined();
	});

	it('opens a diagnostic through a survey link whose token is stored hashed', async () => {
		const { diagnostic } = await openDiagnostic();
		const token = await createSurveyLink(database.db, diagnostic.id, {
			label: 'Everyone',
			presetLevel: null,
			presetFunction: null
		});
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const access = await resolveSurveyToken(database.db, token);
		expect(access?.diagnostic.id).toBe(diagnostic.id);
		const dump = JSON.stringify(rowsOf(await database.db.execute(sql`select * from survey_links`)));
		expect(dump).not.toContain(token);
		expect(dump).toContain(hashToken(token));
	});
});
