import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole, roles, type Role } from '../../../src/lib/domain/roles';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient, signUp } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { organisationRoutes, type MatrixFixture } from './organisation-routes';
import { createDiagnosticThroughForm } from './route-matrix/diagnostics';

/** A respondent holds a survey cookie of this organisation's diagnostic, and no account. */
type Visitor = Role | 'anonymous' | 'respondent' | 'outsider';

async function createOrganisation(client: HttpClient, name: string): Promise<string> {
	const response = await client.post('/orgs?/create', { name });
	const location = response.headers.get('location') ?? '';
	const id = /^\/orgs\/([a-z2-7]+)$/.exec(location)?.[1];
	if (!id) throw new Error(`organisation creation failed: ${response.status} ${location}`);
	return id;
}

async function invite(owner: HttpClient, organisationId: string, role: Role): Promise<string> {
	const response = await owner.post(`/orgs/${organisationId}/members?/invite`, { role });
	const link = /http:\/\/[^"<\s]+\/invite\/([a-z2-7]{32})/.exec(await response.text());
	if (!link?.[1]) throw new Error(`no invitation link (status ${response.status})`);
	return link[1];
}

async function join(baseUrl: string, token: string, name: string): Promise<HttpClient> {
	const { client } = await signUp(baseUrl, { name });
	expect((await client.get(`/invite/${token}`)).headers.get('location')).toBe('/invite');
	const accepted = await client.post('/invite?/accept', {});
	expect(accepted.status).toBe(303);
	return client;
}

async function userIdOf(admin: HttpClient, organisationId: string, name: string): Promise<string> {
	const html = await (await admin.get(`/orgs/${organisationId}/members`)).text();
	const row = html
		.split('<tr')
		.find((part) => part.includes(`${name} `) || part.includes(`>${name}<`));
	const id = row && /name="userId" value="([a-z2-7]+)"/.exec(row)?.[1];
	if (!id) throw new Error(`member ${name} not found`);
	return id;
}

/** A visitor who opened a survey link of the diagnostic: the survey cookie, no session. */
async function respondentOf(
	owner: HttpClient,
	organisationId: string,
	diagnosticId: string
): Promise<HttpClient> {
	const distribute = `/orgs/${organisationId}/diagnostics/${diagnosticId}/distribute`;
	const html = await (await owner.post(`${distribute}?/createLink`, {})).text();
	const token = /\/s\/([a-z2-7]{32})</.exec(html)?.[1];
	if (!token) throw new Error('no survey link');
	const respondent = new HttpClient(owner.baseUrl);
	await respondent.get(`/s/${token}`);
	expect([...respondent.cookies.keys()]).toEqual(['accord_survey']);
	return respondent;
}

/** The exact status for refusals; for allowed visitors, anything but a refusal or a crash. */
function expectedStatus(
	visitor: Visitor,
	method: 'GET' | 'POST',
	minimum: Role
): number | 'allowed' {
	if (visitor === 'anonymous' || visitor === 'respondent') return method === 'GET' ? 303 : 401;
	if (visitor === 'outsider') return 404;
	return hasRole(visitor, minimum) ? 'allowed' : 403;
}

describe.each(databaseKinds())('organisation authorization on %s', (kind) => {
	let app: RunningApp;
	let organisationId: string;
	let otherOrganisationId: string;
	let fixture: MatrixFixture;
	const clients = new Map<Visitor, HttpClient>();

	beforeAll(async () => {
		app = await startApp(kind);
		const { client: owner } = await signUp(app.url, { name: 'Olivia Owner' });
		organisationId = await createOrganisation(owner, 'Matrix Org');
		clients.set('owner', owner);
		for (const role of ['admin', 'consultant', 'viewer'] as const) {
			clients.set(
				role,
				await join(app.url, await invite(owner, organisationId, role), `R ${role}`)
			);
		}
		const { client: outsider } = await signUp(app.url, { name: 'Oscar Outsider' });
		otherOrganisationId = await createOrganisation(outsider, 'Other Org');
		clients.set('outsider', outsider);
		clients.set('anonymous', new HttpClient(app.url));
		fixture = {
			viewerUserId: await userIdOf(owner, organisationId, 'R viewer'),
			diagnosticId: await createDiagnosticThroughForm(owner, organisationId)
		};
		clients.set('respondent', await respondentOf(owner, organisationId, fixture.diagnosticId));
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	const visitors: Visitor[] = ['anonymous', 'respondent', 'outsider', ...roles];
	for (const route of organisationRoutes) {
		for (const visitor of visitors) {
			const expected = expectedStatus(visitor, route.method, route.minimum);
			const label = typeof route.path === 'string' ? route.path || '/' : route.routeId;
			it(`${route.method} ${label} ${route.handler} as ${visitor} → ${expected}`, async () => {
				const client = clients.get(visitor)!;
				const below = typeof route.path === 'string' ? route.path : route.path(fixture);
				const path = `/orgs/${organisationId}${below}`;
				const response =
					route.method === 'GET'
						? await client.get(path)
						: await client.post(path, route.form?.(fixture) ?? {});
				if (expected === 'allowed') {
					expect([401, 403, 404]).not.toContain(response.status);
					expect(response.status).toBeLessThan(500);
				} else {
					expect(response.status).toBe(expected);
				}
				if ((visitor === 'anonymous' || visitor === 'respondent') && route.method === 'GET') {
					expect(response.headers.get('location')).toMatch(/^\/login\?next=/);
				}
			});
		}
	}

	it('does not let an admin of one organisation touch another by changing ids', async () => {
		const admin = clients.get('admin')!;
		const outsider = clients.get('outsider')!;
		const outsiderId = await userIdOf(outsider, otherOrganisationId, 'Oscar Outsider');
		const foreignInvite = await invite(outsider, otherOrganisationId, 'viewer');
		const foreignInviteHash = /name="inviteId" value="([0-9a-f]{64})"/.exec(
			await (await outsider.get(`/orgs/${otherOrganisationId}/members`)).text()
		)?.[1];
		expect(foreignInviteHash).toBeDefined();

		// The other organisation's URLs: not found, as if they did not exist.
		expect((await admin.get(`/orgs/${otherOrganisationId}`)).status).toBe(404);
		expect(
			(await admin.post(`/orgs/${otherOrganisationId}/settings?/rename`, { name: 'Hijacked' }))
				.status
		).toBe(404);
		// Its ids slipped into this organisation's forms: nothing happens over there.
		expect(
			(
				await admin.post(`/orgs/${organisationId}/members?/role`, {
					userId: outsiderId,
					role: 'viewer'
				})
			).status
		).toBe(404);
		await admin.post(`/orgs/${organisationId}/members?/remove`, { userId: outsiderId });
		await admin.post(`/orgs/${organisationId}/members?/revoke`, { inviteId: foreignInviteHash! });

		const theirMembers = await (await outsider.get(`/orgs/${otherOrganisationId}/members`)).text();
		expect(theirMembers).toContain('Oscar Outsider');
		expect(theirMembers).toContain('Owner');
		expect(theirMembers).toContain(foreignInviteHash!);
		expect(await (await outsider.get(`/orgs/${otherOrganisationId}`)).text()).toContain(
			'Other Org'
		);
		expect(foreignInvite).toMatch(/^[a-z2-7]{32}$/);
	});
});
