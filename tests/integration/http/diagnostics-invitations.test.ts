/**
 * Personal invitations and reminders over HTTP, with the app sending through an in-process SMTP
 * server (SMTP_URL), and without one (links shown to copy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import { changeStatus, createDiagnostic } from '../../../src/lib/server/diagnostics';
import { createOrganisation } from '../../../src/lib/server/organisations';
import { submitResponse } from '../../../src/lib/server/responses';
import { createInvitations } from '../../../src/lib/server/survey-access';
import { createUser } from '../../../src/lib/server/users';
import { databaseKinds } from '../../helpers/databases';
import { answersFor, sampleContext } from '../../helpers/fixtures';
import { HttpClient, PASSWORD, signUp } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { startMailServer, type ReceivedMail, type TestMailServer } from '../mailer-test-server';
import {
	createDiagnosticThroughForm,
	createOrganisationThroughForm,
	validDiagnosticForm
} from './route-matrix/diagnostics';

const LINK = /\/s\/([a-z2-7]{32})$/m;

function tokenOf(mail: ReceivedMail): string {
	const token = LINK.exec(mail.text)?.[1];
	if (!token) throw new Error(`no survey link in: ${mail.text}`);
	return token;
}

describe.each(databaseKinds())('invitations by email on %s', (kind) => {
	let mail: TestMailServer;
	let app: RunningApp;
	let owner: HttpClient;
	let distribute: string;

	beforeAll(async () => {
		mail = await startMailServer();
		app = await startApp(kind, { SMTP_URL: mail.url });
		({ client: owner } = await signUp(app.url, { name: 'Iris Owner' }));
		const organisationId = await createOrganisationThroughForm(owner, 'Mail Org');
		const id = await createDiagnosticThroughForm(owner, organisationId);
		distribute = `/orgs/${organisationId}/diagnostics/${id}/distribute`;
		const base = `/orgs/${organisationId}/diagnostics/${id}`;
		// Inviting before opening is refused: the links would lead to a closed door.
		const early = await owner.post(`${distribute}?/invite`, {
			emails: 'early@example.com',
			language: 'en'
		});
		expect(early.status).toBe(409);
		expect((await owner.post(`${base}?/open`, {})).status).toBe(303);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
		await mail?.close();
	});

	it('says that invitations are emailed', async () => {
		expect(await (await owner.get(distribute)).text()).toContain('Invitations are sent by email.');
	});

	it('refuses a paste with a bad address, names it by line, and sends nothing', async () => {
		const pasted = 'alice@example.com\nnot-an-address\nbob@example.com';
		const response = await owner.post(`${distribute}?/invite`, { emails: pasted, language: 'fr' });
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('Line 2: “not-an-address” is not a valid address.');
		expect(html).toContain('nothing was sent');
		expect(html).toContain('>alice@example.com\nnot-an-address\nbob@example.com</textarea>');
		expect(mail.received).toHaveLength(0);
		expect(await (await owner.get(distribute)).text()).toContain('0 invited, 0 answered.');
	});

	it('sends each valid address one personal link, skipping duplicates', async () => {
		const response = await owner.post(`${distribute}?/invite`, {
			emails: 'alice@example.com, bob@example.com\nALICE@example.com',
			language: 'fr'
		});
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('2 invitations sent.');
		expect(html).toContain('1 address skipped');
		expect(mail.received.map((m) => m.to[0]).sort()).toEqual([
			'alice@example.com',
			'bob@example.com'
		]);
		const tokens = mail.received.map(tokenOf);
		expect(new Set(tokens).size).toBe(2);
		for (const message of mail.received) {
			expect(message.subject).toBe(
				'Votre regard sur les ventes et le marketing : Matrix diagnostic'
			);
			expect(message.text).toContain(`${app.url}/s/${tokenOf(message)}`);
		}
		// The page shows no link when they were emailed, and the app logged none.
		for (const token of tokens) {
			expect(html).not.toContain(token);
			expect(app.logs()).not.toContain(token);
		}
		expect(await (await owner.get(distribute)).text()).toContain('2 invited, 0 answered.');
	});

	it('sends a reminder with a new link to everyone who has not answered', async () => {
		const firstTokens = mail.received.map(tokenOf);
		mail.received.length = 0;
		const response = await owner.post(`${distribute}?/remind`, { language: 'en' });
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('2 reminders sent.');
		expect(mail.received.map((m) => m.to[0]).sort()).toEqual([
			'alice@example.com',
			'bob@example.com'
		]);
		for (const message of mail.received) {
			expect(message.subject).toBe(
				'Reminder: your view on sales and marketing (Matrix diagnostic)'
			);
			expect(firstTokens).not.toContain(tokenOf(message));
		}
	});
});

describe.each(databaseKinds())('reminders skip those who answered, on %s', (kind) => {
	const email = 'seeded.owner@example.com';
	let mail: TestMailServer;
	let app: RunningApp;
	let distribute = '';
	let progress = '';

	beforeAll(async () => {
		mail = await startMailServer();
		// The app's database is filled before it starts: with PGlite nothing else can open it later.
		app = await startApp(
			kind,
			{ SMTP_URL: mail.url },
			{
				seed: async (db) => {
					const user = await createUser(db, {
						email,
						name: 'Seeded',
						password: PASSWORD,
						locale: 'en'
					});
					const organisation = await createOrganisation(db, user!.id, 'Seeded Org');
					const diagnostic = await createDiagnostic(db, organisation.id, {
						title: 'Seeded wave',
						languages: ['en'],
						context: sampleContext,
						expected: null,
						k: 5,
						executiveMode: 'standard',
						previousDiagnosticId: null
					});
					await changeStatus(db, organisation.id, diagnostic.id, 'open');
					const invitations = await createInvitations(db, diagnostic.id, [
						'ann@example.com',
						'ben@example.com',
						'cat@example.com'
					]);
					const ben = invitations.find((i) => i.email === 'ben@example.com')!;
					await submitResponse(db, {
						diagnosticId: diagnostic.id,
						idempotencyKey: 'seeded-answer-key-0001',
						answers: answersFor('frontline', 'sales'),
						invitationId: hashToken(ben.token)
					});
					const base = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}`;
					distribute = `${base}/distribute`;
					progress = `${base}/progress`;
				}
			}
		);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
		await mail?.close();
	});

	it('writes only to the two who have not answered', async () => {
		const client = new HttpClient(app.url);
		expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
		const page = await (await client.get(progress)).text();
		expect(page).toMatch(/data-testid="invited"[^>]*>3</);
		expect(page).toMatch(/data-testid="answered"[^>]*>1</);
		// One response: the total shows, the cell it came from does not.
		expect(page).toMatch(/data-testid="progress-total"[^>]*>1</);
		expect(page).toContain('fewer than 5');

		const response = await client.post(`${distribute}?/remind`, { language: 'en' });
		expect(response.status).toBe(200);
		expect(mail.received.map((m) => m.to[0]).sort()).toEqual([
			'ann@example.com',
			'cat@example.com'
		]);
	});
});

describe.each(databaseKinds())('invitations without SMTP on %s', (kind) => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp(kind);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	it('shows each personal link once, to copy, and says why', async () => {
		const { client } = await signUp(app.url);
		const organisationId = await createOrganisationThroughForm(client, 'No Mail Org');
		const id = await createDiagnosticThroughForm(client, organisationId, {
			...validDiagnosticForm('Copy wave')
		});
		const base = `/orgs/${organisationId}/diagnostics/${id}`;
		await client.post(`${base}?/open`, {});
		const page = await (await client.get(`${base}/distribute`)).text();
		expect(page).toContain('No mail server is configured (SMTP_URL)');

		const response = await client.post(`${base}/distribute?/invite`, {
			emails: 'dan@example.com\neve@example.com',
			language: 'en'
		});
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('2 invitations created.');
		const links = [...html.matchAll(/data-testid="invitation-link">([^<]+)</g)].map((m) => m[1]);
		expect(links).toHaveLength(2);
		for (const link of links) expect(link).toMatch(new RegExp(`^${app.url}/s/[a-z2-7]{32}$`));
		expect(await (await client.get(`${base}/distribute`)).text()).not.toContain(links[0]!);
	});
});
