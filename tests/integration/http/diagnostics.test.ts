/**
 * Diagnostics over HTTP against the production build: the create and settings forms, the
 * anonymity lock, the lifecycle, survey links (only hashes stored) and foreign ids (IDOR).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../src/lib/server/auth/tokens';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient, signUp } from '../../helpers/http-client';
import { dumpDatabase, startApp, type RunningApp } from '../../helpers/server';
import {
	createDiagnosticThroughForm,
	createOrganisationThroughForm,
	validDiagnosticForm
} from './route-matrix/diagnostics';

/** The opening tags of the form controls named `name`. */
function controls(html: string, name: string): string[] {
	const tags = html.match(/<(input|select|textarea)\b[^>]*>/g) ?? [];
	return tags.filter((tag) => tag.includes(` name="${name}"`));
}

function isMarkedInvalid(html: string, name: string): boolean {
	return controls(html, name).some((tag) => tag.includes('aria-invalid="true"'));
}

function valueOf(html: string, name: string): string | undefined {
	const tag = controls(html, name)[0];
	const raw = tag && / value="([^"]*)"/.exec(tag)?.[1];
	return raw?.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A diagnostic's overview page, which must load. */
async function overview(client: HttpClient, base: string): Promise<string> {
	const response = await client.get(base);
	expect(response.status).toBe(200);
	return response.text();
}

describe.each(databaseKinds())('diagnostics over HTTP on %s', (kind) => {
	let app: RunningApp;
	let owner: HttpClient;
	let organisationId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		({ client: owner } = await signUp(app.url, { name: 'Diane Owner' }));
		organisationId = await createOrganisationThroughForm(owner, 'Diagnostics Org');
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	const orgPath = (below = ''): string => `/orgs/${organisationId}${below}`;

	it('refuses an invalid form: 400, every bad field named, what was typed kept', async () => {
		const response = await owner.post(orgPath('/diagnostics/new?/create'), {
			title: 'x'.repeat(121),
			// No language ticked.
			headcount: 'lots',
			revenueModel: 'bogus',
			salesMotion: 'field',
			selfDirectedJourneyPct: '150',
			// salesCycle missing altogether.
			segmentCount: '0',
			expected_executive_sales: '-1',
			expected_frontline_marketing: '2.5',
			expected_frontline_sales: '40',
			k: '2',
			executiveMode: 'bogus',
			previousDiagnosticId: 'not-one-of-ours'
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		for (const field of [
			'title',
			'headcount',
			'revenueModel',
			'selfDirectedJourneyPct',
			'salesCycle',
			'segmentCount',
			'expected_executive_sales',
			'expected_frontline_marketing',
			'k',
			'previousDiagnosticId'
		]) {
			expect(isMarkedInvalid(html, field), field).toBe(true);
		}
		for (const field of ['salesMotion', 'expected_frontline_sales']) {
			expect(isMarkedInvalid(html, field), field).toBe(false);
		}
		expect(html).toContain('id="languages-error"');
		expect(html).toContain('Offer the survey in at least one language.');
		expect(html).toContain('id="executiveMode-error"');
		expect(html).toContain('Use at least 3: with fewer answers per group');
		expect(html).toContain('Enter at most 100.');
		expect(html).toContain('Enter a whole number.');
		expect(valueOf(html, 'title')).toBe('x'.repeat(121));
		expect(valueOf(html, 'headcount')).toBe('lots');
		expect(valueOf(html, 'selfDirectedJourneyPct')).toBe('150');
		expect(valueOf(html, 'expected_frontline_sales')).toBe('40');
		expect(valueOf(html, 'k')).toBe('2');
		expect(html).toMatch(/<option value="field" selected/);
		// Nothing was created.
		expect(await (await owner.get(orgPath('/diagnostics'))).text()).toContain('No diagnostic yet');
	});

	it('refuses k below 3 and accepts 3', async () => {
		for (const k of ['2', '0', '-5', '51']) {
			const response = await owner.post(orgPath('/diagnostics/new?/create'), {
				...validDiagnosticForm(`k is ${k}`),
				k
			});
			expect(response.status, `k = ${k}`).toBe(400);
			expect(isMarkedInvalid(await response.text(), 'k')).toBe(true);
		}
		const id = await createDiagnosticThroughForm(owner, organisationId, {
			...validDiagnosticForm('Three is the floor'),
			k: '3',
			executiveMode: 'k3'
		});
		const html = await overview(owner, orgPath(`/diagnostics/${id}`));
		expect(html).toContain('Three is the floor');
		expect(html).toContain('Report executives from 3 answers');
	});

	it('lists diagnostics on the organisation overview with status and response count', async () => {
		const id = await createDiagnosticThroughForm(owner, organisationId, {
			...validDiagnosticForm('Listed wave'),
			language_en: '',
			language_fr: 'on'
		});
		const html = await (await owner.get(orgPath())).text();
		expect(html).toContain(`href="/orgs/${organisationId}/diagnostics/${id}"`);
		const row = html.split('<tr').find((part) => part.includes('Listed wave'))!;
		expect(row).toContain('Draft');
		expect(row).toMatch(/<td class="number[^"]*">0<\/td>/);
	});

	it('locks the anonymity settings once the diagnostic has been opened', async () => {
		const id = await createDiagnosticThroughForm(owner, organisationId);
		const settings = orgPath(`/diagnostics/${id}/settings`);
		// Before opening, k can change.
		const before = await owner.post(`${settings}?/save`, {
			...validDiagnosticForm('Before opening'),
			k: '7'
		});
		expect(before.status).toBe(200);
		expect(valueOf(await (await owner.get(settings)).text(), 'k')).toBe('7');

		expect((await owner.post(orgPath(`/diagnostics/${id}?/open`), {})).status).toBe(303);
		const lockedPage = await (await owner.get(settings)).text();
		expect(lockedPage).toContain('Locked: the diagnostic has been opened');
		expect(controls(lockedPage, 'k')[0]).toContain('disabled');

		const attempts: Record<string, string>[] = [{ k: '3' }, { k: '7', executiveMode: 'pool' }];
		for (const attempt of attempts) {
			const refused = await owner.post(`${settings}?/save`, {
				...validDiagnosticForm('Sneaky change'),
				...attempt
			});
			expect(refused.status).toBe(409);
			expect(await refused.text()).toContain('anonymity settings cannot change');
		}
		const after = await (await owner.get(settings)).text();
		expect(valueOf(after, 'k')).toBe('7');
		expect(valueOf(after, 'title')).toBe('Before opening');
		expect(controls(after, 'executiveMode').find((t) => t.includes('value="standard"'))).toContain(
			'checked'
		);

		// What a browser posts with the inputs disabled: no k, no mode. The rest is saved.
		const form = validDiagnosticForm('Renamed after opening');
		delete form.k;
		delete form.executiveMode;
		expect((await owner.post(`${settings}?/save`, form)).status).toBe(200);
		const renamed = await (await owner.get(settings)).text();
		expect(valueOf(renamed, 'title')).toBe('Renamed after opening');
		expect(valueOf(renamed, 'k')).toBe('7');
	});

	it('moves through draft → open → closed → open, and refuses every other transition', async () => {
		const id = await createDiagnosticThroughForm(owner, organisationId);
		const base = orgPath(`/diagnostics/${id}`);
		const post = (action: string, from = 'overview') => owner.post(`${base}?/${action}`, { from });

		const refused = await post('close');
		expect(refused.status).toBe(409);
		expect(await refused.text()).toContain('This change of status is not possible');
		expect((await post('reopen')).status).toBe(409);
		expect(await overview(owner, base)).toMatch(/class="badge draft\b/);

		const opened = await post('open');
		expect(opened.status).toBe(303);
		expect(opened.headers.get('location')).toBe(base);
		expect((await post('open')).status).toBe(409);
		expect((await post('reopen')).status).toBe(409);

		const closed = await post('close', 'progress');
		expect(closed.status).toBe(303);
		expect(closed.headers.get('location')).toBe(`${base}/progress`);
		expect(await overview(owner, base)).toMatch(/class="badge closed\b/);
		expect((await post('close')).status).toBe(409);
		expect((await post('open')).status).toBe(409);

		// An unknown "from" cannot send the browser anywhere else.
		const reopened = await owner.post(`${base}?/reopen`, { from: 'https://evil.example' });
		expect(reopened.status).toBe(303);
		expect(reopened.headers.get('location')).toBe(base);
		expect(await overview(owner, base)).toMatch(/class="badge open\b/);
	});

	it('refuses a previous wave that is not an earlier diagnostic of the organisation', async () => {
		const first = await createDiagnosticThroughForm(owner, organisationId, {
			...validDiagnosticForm('Wave 1')
		});
		const second = await createDiagnosticThroughForm(owner, organisationId, {
			...validDiagnosticForm('Wave 2'),
			previousDiagnosticId: first
		});
		expect(await overview(owner, orgPath(`/diagnostics/${second}`))).toContain(
			`href="/orgs/${organisationId}/diagnostics/${first}"`
		);
		// The first wave cannot follow the second: that would make a loop.
		const loop = await owner.post(orgPath(`/diagnostics/${first}/settings?/save`), {
			...validDiagnosticForm('Wave 1'),
			previousDiagnosticId: second
		});
		expect(loop.status).toBe(400);
		expect(isMarkedInvalid(await loop.text(), 'previousDiagnosticId')).toBe(true);
	});

	it('shows a survey link and its QR code once and stores only the hash of its token', async () => {
		const id = await createDiagnosticThroughForm(owner, organisationId);
		const distribute = orgPath(`/diagnostics/${id}/distribute`);
		const tokens: string[] = [];
		const forms: Record<string, string>[] = [
			{},
			{ label: 'Sales floor', presetLevel: 'frontline', presetFunction: 'sales' }
		];
		for (const fields of forms) {
			const response = await owner.post(`${distribute}?/createLink`, fields);
			expect(response.status).toBe(200);
			const html = await response.text();
			const token = new RegExp(`${app.url}/s/([a-z2-7]{32})<`).exec(html)?.[1];
			expect(token).toBeDefined();
			expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
			expect(html).toContain('it is shown only once');
			tokens.push(token!);
		}
		const page = await (await owner.get(distribute)).text();
		expect(page).toContain('Sales floor');
		expect(page).toContain('General link');
		for (const token of tokens) expect(page).not.toContain(token);

		// Revoking one: it leaves the list of active links.
		const revoked = await owner.post(`${distribute}?/revokeLink`, {
			linkId: hashToken(tokens[1]!)
		});
		expect(revoked.status).toBe(200);
		expect(await (await owner.get(distribute)).text()).not.toContain('Sales floor');

		await app.stop();
		const dump = await dumpDatabase(app);
		for (const token of tokens) {
			expect(dump).not.toContain(token);
			expect(dump).toContain(hashToken(token));
		}
	});
});

describe.each(databaseKinds())('diagnostics of another organisation on %s (IDOR)', (kind) => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp(kind);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	/** An admin of a new organisation A (invited by A's owner, as in real life). */
	async function adminOfNewOrganisation(): Promise<{ admin: HttpClient; organisationId: string }> {
		const { client: ownerA } = await signUp(app.url, { name: 'Alice Owner' });
		const organisationId = await createOrganisationThroughForm(ownerA, 'Org A');
		const invite = await ownerA.post(`/orgs/${organisationId}/members?/invite`, { role: 'admin' });
		const token = /\/invite\/([a-z2-7]{32})/.exec(await invite.text())?.[1];
		const { client: admin } = await signUp(app.url, { name: 'Adam Admin' });
		await admin.get(`/invite/${token}`);
		expect((await admin.post('/invite?/accept', {})).status).toBe(303);
		return { admin, organisationId };
	}

	it('gives 404 for B’s diagnostic under A’s URL, and changes nothing of it', async () => {
		const { admin, organisationId: orgA } = await adminOfNewOrganisation();
		const { client: ownerB } = await signUp(app.url, { name: 'Bob Owner' });
		const orgB = await createOrganisationThroughForm(ownerB, 'Org B');
		const theirs = await createDiagnosticThroughForm(ownerB, orgB, {
			...validDiagnosticForm('B’s secret diagnostic'),
			k: '6'
		});
		const mine = await createDiagnosticThroughForm(admin, orgA);
		expect(mine).not.toBe(theirs);

		const underA = `/orgs/${orgA}/diagnostics/${theirs}`;
		for (const path of ['', '/progress', '/settings', '/distribute']) {
			expect((await admin.get(`${underA}${path}`)).status, path).toBe(404);
			expect((await admin.get(`/orgs/${orgB}/diagnostics/${theirs}${path}`)).status).toBe(404);
		}
		const posts: [string, Record<string, string>][] = [
			['?/open', {}],
			['/settings?/save', { ...validDiagnosticForm('Hijacked'), k: '3' }],
			['/distribute?/createLink', {}],
			['/distribute?/invite', { emails: 'victim@example.com', language: 'en' }],
			['/distribute?/remind', { language: 'en' }]
		];
		for (const [path, form] of posts) {
			expect((await admin.post(`${underA}${path}`, form)).status, path).toBe(404);
		}
		// Following a wave of another organisation is refused like any unknown id.
		const follow = await admin.post(`/orgs/${orgA}/diagnostics/new?/create`, {
			...validDiagnosticForm('Follow-up of B'),
			previousDiagnosticId: theirs
		});
		expect(follow.status).toBe(400);

		const page = await (await ownerB.get(`/orgs/${orgB}/diagnostics/${theirs}`)).text();
		expect(page).toContain('B’s secret diagnostic');
		expect(page).toContain('Draft');
		const distribute = await (
			await ownerB.get(`/orgs/${orgB}/diagnostics/${theirs}/distribute`)
		).text();
		expect(distribute).toContain('No active link.');
		expect(distribute).toContain('0 invited, 0 answered.');
		const settings = await (
			await ownerB.get(`/orgs/${orgB}/diagnostics/${theirs}/settings`)
		).text();
		expect(valueOf(settings, 'k')).toBe('6');
	});
});
