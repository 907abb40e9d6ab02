/**
 * Invitation emails and reminders below HTTP: the mailer against an in-process SMTP server, and
 * the reminder rule (only invitations not answered yet, with new tokens) on both databases.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEmailList } from '../../src/lib/forms/diagnostic';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { changeStatus } from '../../src/lib/server/diagnostics';
import {
	createMailer,
	invitationMail,
	sendInvitations,
	type InvitationContext
} from '../../src/lib/server/mailer';
import { submitResponse } from '../../src/lib/server/responses';
import {
	createInvitations,
	invitationSummary,
	renewPendingInvitations,
	resolveSurveyToken
} from '../../src/lib/server/survey-access';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../helpers/fixtures';
import { startMailServer, type TestMailServer } from './mailer-test-server';

const context: InvitationContext = {
	locale: 'en',
	title: 'Spring wave',
	organisation: 'Acme',
	origin: 'https://accord.example.com',
	reminder: false
};
const TOKEN = 'abcdefghijklmnopqrstuvwxyz234567';

describe('invitation emails', () => {
	let server: TestMailServer;
	beforeAll(async () => {
		server = await startMailServer((address) => address.startsWith('bounce'));
	});
	afterAll(() => server.close());
	afterEach(() => {
		server.received.length = 0;
		vi.restoreAllMocks();
	});

	it('writes in the chosen language, with the personal link on its own line', () => {
		const en = invitationMail('a@example.com', TOKEN, context);
		expect(en.subject).toBe('Your view on sales and marketing: Spring wave');
		expect(en.text.split('\n')).toContain(`https://accord.example.com/s/${TOKEN}`);
		expect(en.text).toContain('never connected to your answers');
		const fr = invitationMail('a@example.com', TOKEN, { ...context, locale: 'fr', reminder: true });
		expect(fr.subject).toBe('Relance : votre regard sur les ventes et le marketing (Spring wave)');
		expect(fr.text).toContain('Votre lien personnel');
	});

	it('never lets a title break out of the subject line', () => {
		const mail = invitationMail('a@example.com', TOKEN, {
			...context,
			title: 'Wave\r\nBcc: everyone@example.com'
		});
		expect(mail.subject).not.toMatch(/[\r\n]/);
	});

	it('has no mailer without SMTP_URL', () => {
		expect(
			createMailer({ smtpUrl: undefined, from: undefined, origin: context.origin })
		).toBeNull();
		expect(createMailer({ smtpUrl: '', from: undefined, origin: context.origin })).toBeNull();
	});

	it('sends one email per invitation and counts failures without logging who or what', async () => {
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const mailer = createMailer({ smtpUrl: server.url, from: undefined, origin: context.origin })!;
		const invitations = [
			{ email: 'one@example.com', token: 'a'.repeat(32) },
			{ email: 'bounce@example.com', token: 'b'.repeat(32) },
			{ email: 'two@example.com', token: 'c'.repeat(32) }
		];
		try {
			const outcome = await sendInvitations(mailer, invitations, { ...context, locale: 'fr' });
			expect(outcome).toEqual({ sent: 2, failed: 1 });
		} finally {
			mailer.close();
		}
		expect(server.received.map((m) => m.to[0]).sort()).toEqual([
			'one@example.com',
			'two@example.com'
		]);
		const one = server.received.find((m) => m.to[0] === 'one@example.com')!;
		expect(one.subject).toBe('Votre regard sur les ventes et le marketing : Spring wave');
		expect(one.text).toContain(`https://accord.example.com/s/${'a'.repeat(32)}`);
		expect(one.text).toContain('Vos réponses sont anonymes');
		const logged = errors.mock.calls.flat().join(' ');
		expect(logged).toContain('1 of 3');
		expect(logged).not.toContain('bounce@example.com');
		expect(logged).not.toContain('b'.repeat(32));
	});
});

describe('pasted address lists', () => {
	it('splits on new lines, commas, semicolons and spaces, and drops repeats', () => {
		const list = parseEmailList(
			' Ann@Example.com, ben@example.com;cat@example.com\r\n\nann@example.com  dan@example.com\n'
		);
		expect(list.emails).toEqual([
			'ann@example.com',
			'ben@example.com',
			'cat@example.com',
			'dan@example.com'
		]);
		expect(list.duplicates).toBe(1);
		expect(list.invalid).toEqual([]);
	});

	it('reports every bad entry with its line, as typed', () => {
		const list = parseEmailList('ok@example.com\nnope, also@bad\n\nwho? <x@example.com');
		expect(list.invalid).toEqual([
			{ line: 2, value: 'nope', code: 'invalid_email' },
			{ line: 2, value: 'also@bad', code: 'invalid_email' },
			{ line: 4, value: 'who?', code: 'invalid_email' },
			{ line: 4, value: '<x@example.com', code: 'invalid_email' }
		]);
		expect(list.emails).toEqual(['ok@example.com']);
	});

	it('takes the address out of a recipient list copied from a mail program', () => {
		const list = parseEmailList('"Doe, Jane" <jane@example.com>; Ann Lee <ann@example.com>');
		expect(list).toEqual({
			emails: ['jane@example.com', 'ann@example.com'],
			duplicates: 0,
			invalid: []
		});
	});
});

describe.each(databaseKinds())('reminders on %s', (kind) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.destroy());

	it('renews only the invitations not answered yet; old links stop working', async () => {
		const { organisationId, diagnostic } = await createDiagnosticFixture(database.db);
		await changeStatus(database.db, organisationId, diagnostic.id, 'open');
		const emails = ['ann@example.com', 'ben@example.com', 'cat@example.com'];
		const first = await createInvitations(database.db, diagnostic.id, emails);
		expect(first).toHaveLength(3);
		// Inviting the same people again creates nothing.
		expect(await createInvitations(database.db, diagnostic.id, emails)).toEqual([]);

		const ben = first.find((i) => i.email === 'ben@example.com')!;
		const outcome = await submitResponse(database.db, {
			diagnosticId: diagnostic.id,
			idempotencyKey: 'reminder-test-key-0001',
			answers: answersFor('frontline', 'sales'),
			invitationId: hashToken(ben.token)
		});
		expect(outcome).toBe('stored');
		expect(await invitationSummary(database.db, diagnostic.id)).toEqual({
			invited: 3,
			answered: 1
		});

		const renewed = await renewPendingInvitations(database.db, diagnostic.id);
		expect(renewed.map((r) => r.email).sort()).toEqual(['ann@example.com', 'cat@example.com']);
		for (const invitation of renewed) {
			const old = first.find((i) => i.email === invitation.email)!;
			expect(invitation.token).not.toBe(old.token);
			expect(invitation.token).toMatch(/^[a-z2-7]{32}$/);
			expect(await resolveSurveyToken(database.db, old.token)).toBeUndefined();
			expect(await resolveSurveyToken(database.db, invitation.token)).toMatchObject({
				kind: 'invitation',
				answered: false
			});
		}
		expect(await invitationSummary(database.db, diagnostic.id)).toEqual({
			invited: 3,
			answered: 1
		});
	});
});
