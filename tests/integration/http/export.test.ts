import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/domain/csv';
import { createDiagnostic } from '../../../src/lib/server/diagnostics';
import { memberships } from '../../../src/lib/server/db/schema';
import { createOrganisation } from '../../../src/lib/server/organisations';
import { createUser } from '../../../src/lib/server/users';
import { databaseKinds } from '../../helpers/databases';
import { sampleContext } from '../../helpers/fixtures';
import { HttpClient, PASSWORD, signUp, uniqueEmail } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { insertResponses, realisticAnswers } from '../../unit/report/generators';

describe.each(databaseKinds())('export.csv on %s', (kind) => {
	let app: RunningApp;
	const viewerEmail = uniqueEmail('viewer');
	const ids = { organisation: '', diagnostic: '' };

	beforeAll(async () => {
		app = await startApp(
			kind,
			{},
			{
				async seed(db) {
					const owner = await createUser(db, {
						email: uniqueEmail('owner'),
						name: 'Export Owner',
						password: PASSWORD,
						locale: 'en'
					});
					const viewer = await createUser(db, {
						email: viewerEmail,
						name: 'Export Viewer',
						password: PASSWORD,
						locale: 'fr'
					});
					const organisation = await createOrganisation(db, owner!.id, 'Export Org');
					await db
						.insert(memberships)
						.values({ organisationId: organisation.id, userId: viewer!.id, role: 'viewer' });
					const diagnostic = await createDiagnostic(db, organisation.id, {
						title: 'Alignment 2025',
						languages: ['en'],
						context: sampleContext,
						expected: null,
						k: 5,
						executiveMode: 'standard',
						previousDiagnosticId: null
					});
					await insertResponses(db, diagnostic.id, realisticAnswers(60, 5));
					Object.assign(ids, { organisation: organisation.id, diagnostic: diagnostic.id });
				}
			}
		);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	const path = () => `/orgs/${ids.organisation}/diagnostics/${ids.diagnostic}/export.csv`;

	async function viewer(): Promise<HttpClient> {
		const client = new HttpClient(app.url);
		const response = await client.post('/login', { email: viewerEmail, password: PASSWORD });
		expect(response.status).toBe(303);
		return client;
	}

	it('gives a viewer the CSV, as an attachment, never cached, in their language', async () => {
		const client = await viewer();
		const response = await client.get(path());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="accord-${ids.diagnostic}.csv"`
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text).toContain('\r\n');
		const parsed = parseCsv(text, ',');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.records[0]!.cells[0]).toBe('mesure');
		expect(
			parsed.records.find((r) => r.cells[3] === 'all' && r.cells[0] === 'respondents')?.cells[5]
		).toBe('60');
	});

	it('follows ?lang=en', async () => {
		const client = await viewer();
		const response = await client.get(`${path()}?lang=en`);
		expect(response.status).toBe(200);
		const text = await response.text();
		expect(text.replace(/^\uFEFF/, '').startsWith('measure,measure label,')).toBe(true);
	});

	it('answers 404 to a non-member and sends a visitor to the login page', async () => {
		const { client: outsider } = await signUp(app.url);
		const refused = await outsider.get(path());
		expect(refused.status).toBe(404);
		const visitor = await new HttpClient(app.url).get(path());
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toMatch(/^\/login\?next=/);
	});
});
