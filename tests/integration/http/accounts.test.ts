import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient, PASSWORD, signUp, uniqueEmail } from '../../helpers/http-client';
import { dumpDatabase, startApp, type RunningApp } from '../../helpers/server';

const SESSION = 'accord_session';

describe.each(databaseKinds())('accounts over HTTP on %s', (kind) => {
	let app: RunningApp;
	const issuedTokens: string[] = [];

	beforeAll(async () => {
		app = await startApp(kind);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	it('signs up, logs out, logs in, changes password, and ends old sessions', async () => {
		const { client, email } = await signUp(app.url);
		const firstToken = client.cookies.get(SESSION)!;
		issuedTokens.push(firstToken);
		expect((await client.get('/account')).status).toBe(200);

		// Log out: the server forgets the session, the old cookie no longer works.
		expect((await client.post('/logout', {})).status).toBe(303);
		const replay = new HttpClient(app.url);
		replay.cookies.set(SESSION, firstToken);
		expect((await replay.get('/account')).headers.get('location')).toMatch(/^\/login/);

		// Log in: a brand-new token.
		const login = await client.post('/login', { email, password: PASSWORD });
		expect(login.status).toBe(303);
		const secondToken = client.cookies.get(SESSION)!;
		issuedTokens.push(secondToken);
		expect(secondToken).not.toBe(firstToken);

		// A second device logged in at the same time.
		const other = new HttpClient(app.url);
		await other.post('/login', { email, password: PASSWORD });
		issuedTokens.push(other.cookies.get(SESSION)!);
		expect((await other.get('/account')).status).toBe(200);

		const change = await client.post('/account?/password', {
			currentPassword: PASSWORD,
			newPassword: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase'
		});
		expect(change.status).toBe(200);
		const thirdToken = client.cookies.get(SESSION)!;
		issuedTokens.push(thirdToken);
		expect(thirdToken).not.toBe(secondToken);
		expect((await client.get('/account')).status).toBe(200);
		// Every earlier session is over, on every device.
		expect((await other.get('/account')).status).toBe(303);
		const stale = new HttpClient(app.url);
		stale.cookies.set(SESSION, secondToken);
		expect((await stale.get('/account')).status).toBe(303);
		// The old password no longer opens the account; the new one does.
		const fresh = new HttpClient(app.url);
		expect((await fresh.post('/login', { email, password: PASSWORD })).status).toBe(400);
		expect((await fresh.post('/login', { email, password: 'a brand new passphrase' })).status).toBe(
			303
		);
		issuedTokens.push(fresh.cookies.get(SESSION)!);
	});

	it('sets the session cookie HttpOnly, SameSite=Lax, Secure, for 30 days', async () => {
		const { client } = await signUp(app.url);
		const line = client.lastSetCookies.find((c) => c.startsWith(`${SESSION}=`))!;
		issuedTokens.push(client.cookies.get(SESSION)!);
		expect(line).toMatch(/; HttpOnly/i);
		expect(line).toMatch(/; SameSite=Lax/i);
		expect(line).toMatch(/; Secure/i);
		expect(line).toMatch(/; Path=\//i);
		const expires = new Date(/Expires=([^;]+)/i.exec(line)![1]!).getTime();
		const thirtyDays = 30 * 24 * 60 * 60 * 1000;
		expect(Math.abs(expires - (Date.now() + thirtyDays))).toBeLessThan(60_000);
	});

	it('keeps what was typed and explains the error in the visitor language', async () => {
		const client = new HttpClient(app.url, { 'accept-language': 'fr-FR,fr;q=0.9' });
		const response = await client.post('/signup', {
			name: 'Camille Durand',
			email: 'not-an-email',
			password: 'short'
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('value="Camille Durand"');
		expect(html).toContain('value="not-an-email"');
		expect(html).toContain('Saisissez une adresse e-mail valide');
		expect(html).toContain('Utilisez au moins 8 caractères.');
		expect(html).not.toContain('value="short"');
	});

	it('refuses a second account with the same email', async () => {
		const { email } = await signUp(app.url);
		const again = await new HttpClient(app.url).post('/signup', {
			name: 'Twin',
			email: email.toUpperCase(),
			password: PASSWORD
		});
		expect(again.status).toBe(400);
		expect(await again.text()).toContain('An account already exists with this email');
	});

	it('answers 429 with a translated message after too many wrong passwords', async () => {
		const { email } = await signUp(app.url);
		const client = new HttpClient(app.url, { 'accept-language': 'fr' });
		const statuses: number[] = [];
		for (let i = 0; i < 11; i++) {
			statuses.push(
				(await client.post('/login', { email, password: `wrong-${i}-password` })).status
			);
		}
		expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
		const blocked = await client.post('/login', { email, password: PASSWORD });
		expect(blocked.status).toBe(429);
		expect(await blocked.text()).toContain('Trop de tentatives');
	});

	it('does not let a spoofed X-Forwarded-For reset the per-address counter', async () => {
		let status = 0;
		let attempts = 0;
		// Different emails each time, so only the per-address counter can stop them.
		while (status !== 429 && attempts < 40) {
			attempts += 1;
			const client = new HttpClient(app.url, { 'x-forwarded-for': `203.0.113.${attempts}` });
			status = (await client.post('/login', { email: uniqueEmail('spoof'), password: PASSWORD }))
				.status;
		}
		expect(status).toBe(429);
		expect(attempts).toBeLessThanOrEqual(31);
	});

	it('rejects a cross-origin form post (CSRF) with 403', async () => {
		const { client } = await signUp(app.url);
		issuedTokens.push(client.cookies.get(SESSION)!);
		const response = await client.post(
			'/orgs?/create',
			{ name: 'Evil Corp' },
			{ origin: 'https://evil.example' }
		);
		expect(response.status).toBe(403);
		const organisations = await client.get('/orgs');
		expect(await organisations.text()).not.toContain('Evil Corp');
	});

	it('keeps no raw session token and hashes passwords with argon2id (m=19456, t=2, p=1)', async () => {
		await app.stop();
		const dump = await dumpDatabase(app);
		expect(issuedTokens.length).toBeGreaterThan(5);
		for (const token of issuedTokens) expect(dump).not.toContain(token);
		const hashes = dump.match(/\$argon2[a-z]*\$[^"]+/g) ?? [];
		expect(hashes.length).toBeGreaterThan(3);
		for (const hash of hashes) expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(dump).not.toContain(PASSWORD);
	});
});
