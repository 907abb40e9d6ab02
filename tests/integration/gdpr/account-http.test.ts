import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/domain/report';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import { changeStatus, createDiagnostic } from '../../../src/lib/server/diagnostics';
import { memberships } from '../../../src/lib/server/db/schema';
import { createOrganisation, setRetention } from '../../../src/lib/server/organisations';
import { loadReport } from '../../../src/lib/server/reports';
import { createUser } from '../../../src/lib/server/users';
import { databaseKinds } from '../../helpers/databases';
import { sampleContext } from '../../helpers/fixtures';
import { HttpClient, PASSWORD, uniqueEmail } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { insertResponses, realisticAnswers } from '../../unit/report/generators';

const SESSION = 'accord_session';

/** Comments are shuffled on every load of a live report: compare them as sets. */
function comparable(report: Report) {
	const { generatedAt: _generatedAt, ...rest } = report;
	return JSON.parse(
		JSON.stringify(rest, (_key, value: unknown) =>
			Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value].sort() : value
		)
	);
}

describe.each(databaseKinds())('account data, deletion and retention over HTTP on %s', (kind) => {
	let app: RunningApp;
	const emails = {
		owner: uniqueEmail('owner'),
		member: uniqueEmail('member'),
		keeper: uniqueEmail('keeper')
	};
	const ids = { organisation: '', member: '', keptOrganisation: '', diagnostic: '' };
	let reportBefore: Report;

	beforeAll(async () => {
		app = await startApp(
			kind,
			{},
			{
				async seed(db) {
					// The owner and the keeper read Accord in French, the member in English.
					const [owner, member, keeper] = await Promise.all(
						(['owner', 'member', 'keeper'] as const).map((key) =>
							createUser(db, {
								email: emails[key],
								name: key,
								password: PASSWORD,
								locale: key === 'member' ? 'en' : 'fr'
							})
						)
					);
					const organisation = await createOrganisation(db, owner!.id, 'Handover Ltd');
					await db
						.insert(memberships)
						.values({ organisationId: organisation.id, userId: member!.id, role: 'viewer' });
					// An organisation that deletes raw answers one month after closing, with a
					// diagnostic closed years ago: the job run at startup empties it.
					const kept = await createOrganisation(db, keeper!.id, 'Retention Co');
					await setRetention(db, kept.id, 1);
					const diagnostic = await createDiagnostic(db, kept.id, {
						title: 'Closed long ago',
						languages: ['en'],
						context: sampleContext,
						expected: null,
						k: 5,
						executiveMode: 'standard',
						previousDiagnosticId: null
					});
					await changeStatus(db, kept.id, diagnostic.id, 'open', new Date('2020-01-01'));
					const answers = realisticAnswers(40, 3).map((a, i) =>
						i % 2 ? { ...a, comment: `Said ${i}` } : a
					);
					await insertResponses(db, diagnostic.id, answers);
					await changeStatus(db, kept.id, diagnostic.id, 'close', new Date('2020-02-01'));
					reportBefore = await loadReport(db, diagnostic);
					Object.assign(ids, {
						organisation: organisation.id,
						member: member!.id,
						keptOrganisation: kept.id,
						diagnostic: diagnostic.id
					});
				}
			}
		);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	async function login(email: string, headers: Record<string, string> = {}) {
		const client = new HttpClient(app.url, headers);
		const response = await client.post('/login', { email, password: PASSWORD });
		expect(response.status).toBe(303);
		return client;
	}

	it('downloads the account data as a JSON attachment with no hash or token', async () => {
		const client = await login(emails.owner);
		const response = await client.get('/account/export.json');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename=".+\.json"$/
		);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = await response.text();
		const data = JSON.parse(body);
		expect(data.profile.email).toBe(emails.owner);
		expect(data.memberships).toEqual([
			expect.objectContaining({ organisationName: 'Handover Ltd', role: 'owner' })
		]);
		expect(data.sessions.count).toBeGreaterThanOrEqual(1);
		const token = client.cookies.get(SESSION)!;
		expect(body).not.toContain(token);
		expect(body).not.toContain(hashToken(token));
		expect(body).not.toMatch(/argon2/);
		expect((await new HttpClient(app.url).get('/account/export.json')).status).toBe(303);
	});

	it('refuses a deletion without a decision for an owned organisation, keeping the choices', async () => {
		const client = await login(emails.owner);
		const missing = await client.post('/account?/delete', { password: PASSWORD });
		expect(missing.status).toBe(400);
		const html = await missing.text();
		expect(html).toContain('Votre compte n’a pas été supprimé.');
		expect(html).toContain(
			'Choisissez un nouveau propriétaire pour Handover Ltd, ou cochez la case pour la supprimer.'
		);

		const both = await client.post('/account?/delete', {
			password: PASSWORD,
			[`transfer:${ids.organisation}`]: ids.member,
			[`delete:${ids.organisation}`]: 'yes'
		});
		expect(both.status).toBe(400);
		const again = await both.text();
		expect(again).toContain('choisissez soit un nouveau propriétaire, soit la suppression');
		expect(again).toMatch(new RegExp(`<option value="${ids.member}" selected`));
		expect(again).toMatch(/type="checkbox"[^>]*value="yes"[^>]*checked/);
		expect((await client.get('/account')).status).toBe(200);
	});

	it('refuses a wrong password and keeps the selected new owner', async () => {
		const client = await login(emails.owner);
		const response = await client.post('/account?/delete', {
			password: 'not my password at all',
			[`transfer:${ids.organisation}`]: ids.member
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('Le mot de passe actuel est incorrect.');
		expect(html).toMatch(new RegExp(`<option value="${ids.member}" selected`));
		expect((await client.get('/account')).status).toBe(200);
	});

	it('deletes the account, hands the organisation over and ends every session', async () => {
		const member = await login(emails.member);
		expect((await member.get(`/orgs/${ids.organisation}/settings`)).status).toBe(403);
		const client = await login(emails.owner);
		const secondDevice = await login(emails.owner);
		const token = client.cookies.get(SESSION)!;

		const response = await client.post('/account?/delete', {
			password: PASSWORD,
			[`transfer:${ids.organisation}`]: ids.member
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/account/deleted');
		expect(client.cookies.has(SESSION)).toBe(false);
		const confirmation = await client.get('/account/deleted');
		expect(await confirmation.text()).toContain('Your account has been deleted');

		for (const stale of [token, secondDevice.cookies.get(SESSION)!]) {
			const replay = new HttpClient(app.url);
			replay.cookies.set(SESSION, stale);
			const account = await replay.get('/account');
			expect(account.status).toBe(303);
			expect(account.headers.get('location')).toMatch(/^\/login/);
		}
		// A double submit lands on the same confirmation, and changes nothing more.
		const replay = new HttpClient(app.url);
		replay.cookies.set(SESSION, token);
		const twice = await replay.post('/account?/delete', { password: PASSWORD });
		expect(twice.headers.get('location')).toBe('/account/deleted');

		expect((await member.get(`/orgs/${ids.organisation}/settings`)).status).toBe(200);
		const login2 = await new HttpClient(app.url).post('/login', {
			email: emails.owner,
			password: PASSWORD
		});
		expect(login2.status).toBe(400);
	});

	it('validates the retention setting and keeps what was typed', async () => {
		const client = await login(emails.keeper);
		const path = `/orgs/${ids.keptOrganisation}/settings`;
		const bad = await client.post(`${path}?/retention`, { retentionMonths: '121' });
		expect(bad.status).toBe(400);
		const html = await bad.text();
		expect(html).toContain('Saisissez un nombre entier de mois entre 1 et 120');
		expect(html).toContain('value="121"');
		expect((await client.post(`${path}?/retention`, { retentionMonths: '24' })).status).toBe(200);
		expect(await (await client.get(path)).text()).toContain(
			'les réponses brutes sont supprimées 24 mois après la clôture'
		);
		expect((await client.post(`${path}?/retention`, { retentionMonths: '' })).status).toBe(200);
		expect(await (await client.get(path)).text()).toContain(
			'Actuellement : les réponses brutes sont conservées.'
		);
	});

	it('empties a diagnostic at startup, serves its report unchanged and refuses to reopen it', async () => {
		const deadline = Date.now() + 20_000;
		while (!app.logs().includes('Retention: raw answers deleted for 1 diagnostic')) {
			if (Date.now() > deadline) throw new Error(`no retention run:\n${app.logs()}`);
			await new Promise((wait) => setTimeout(wait, 100));
		}
		const client = await login(emails.keeper);
		const base = `/orgs/${ids.keptOrganisation}/diagnostics/${ids.diagnostic}`;
		const report = await client.get(`${base}/report.json`, { accept: 'application/json' });
		expect(report.status).toBe(200);
		expect(comparable(await report.json())).toEqual(comparable(reportBefore));
		expect((await client.get(`${base}/export.csv`)).status).toBe(200);

		// The overview says so, still counts the answers the report was built on, offers no reopen.
		const overview = await (await client.get(base)).text();
		expect(overview).toContain('Ses réponses brutes ont été supprimées');
		expect(overview).toContain('Réponses brutes supprimées (conservation)');
		expect(overview).not.toContain('?/reopen');
		const respondents = reportBefore.respondents.all;
		expect(overview).toMatch(
			new RegExp(`data-testid="response-total"[^>]*>(<!---->)?${String(respondents)}<`)
		);

		// So do the organisation's list of diagnostics and the consultant overview.
		const countCell = new RegExp(`<td class="(number|num)[^"]*">(<!---->)?${String(respondents)}<`);
		const list = await (await client.get(`/orgs/${ids.keptOrganisation}/diagnostics`)).text();
		expect(list).toMatch(countCell);
		expect(await (await client.get('/orgs')).text()).toMatch(countCell);

		const reopen = await client.post(`${base}?/reopen`, { from: 'overview' });
		expect(reopen.status).toBe(409);
		expect(await reopen.text()).toContain('il ne peut plus être rouvert');
	});
});
