import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/lib/domain/report';
import { CELLS, type CellCounts } from '../../../src/lib/domain/segments';
import { reportingLevel } from '../../../src/lib/domain/reporting-level';
import { cellId } from '../../../src/lib/domain/segments';
import { createDiagnostic } from '../../../src/lib/server/diagnostics';
import { memberships } from '../../../src/lib/server/db/schema';
import { createOrganisation } from '../../../src/lib/server/organisations';
import { createUser } from '../../../src/lib/server/users';
import { databaseKinds } from '../../helpers/databases';
import { sampleContext } from '../../helpers/fixtures';
import { HttpClient, PASSWORD, signUp, uniqueEmail } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { insertResponses, realisticAnswers } from '../../unit/report/generators';
import { expectAnonymous } from '../../unit/report/report-checks';

const answers = realisticAnswers(80, 17);

function respondentsPerCell(): CellCounts {
	const counts = Object.fromEntries(CELLS.map((cell) => [cell, 0])) as Record<string, number>;
	for (const a of answers) {
		const cell = cellId(reportingLevel(a.level, 'standard'), a.function);
		counts[cell] = (counts[cell] ?? 0) + 1;
	}
	return counts as CellCounts;
}

describe.each(databaseKinds())('report.json on %s', (kind) => {
	let app: RunningApp;
	const viewerEmail = uniqueEmail('viewer');
	const ids = { organisation: '', diagnostic: '', otherOrganisation: '', otherDiagnostic: '' };

	beforeAll(async () => {
		app = await startApp(
			kind,
			{},
			{
				// Seeded before the app starts: PGlite's files belong to the running app afterwards.
				async seed(db) {
					const owner = await createUser(db, {
						email: uniqueEmail('owner'),
						name: 'Report Owner',
						password: PASSWORD,
						locale: 'en'
					});
					const viewer = await createUser(db, {
						email: viewerEmail,
						name: 'Report Viewer',
						password: PASSWORD,
						locale: 'en'
					});
					const organisation = await createOrganisation(db, owner!.id, 'Report Org');
					await db
						.insert(memberships)
						.values({ organisationId: organisation.id, userId: viewer!.id, role: 'viewer' });
					const settings = {
						title: 'Alignment 2025',
						languages: ['en' as const],
						context: sampleContext,
						expected: null,
						k: 5,
						executiveMode: 'standard' as const,
						previousDiagnosticId: null
					};
					const diagnostic = await createDiagnostic(db, organisation.id, settings);
					await insertResponses(db, diagnostic.id, answers);
					const other = await createOrganisation(db, owner!.id, 'Other Org');
					const otherDiagnostic = await createDiagnostic(db, other.id, settings);
					Object.assign(ids, {
						organisation: organisation.id,
						diagnostic: diagnostic.id,
						otherOrganisation: other.id,
						otherDiagnostic: otherDiagnostic.id
					});
				}
			}
		);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	const reportPath = (organisation: string, diagnostic: string) =>
		`/orgs/${organisation}/diagnostics/${diagnostic}/report.json`;

	async function viewer(): Promise<HttpClient> {
		const client = new HttpClient(app.url);
		const response = await client.post('/login', { email: viewerEmail, password: PASSWORD });
		expect(response.status).toBe(303);
		return client;
	}

	it('gives a viewer the whole report as JSON, with Cache-Control: no-store', async () => {
		const client = await viewer();
		const response = await client.get(reportPath(ids.organisation, ids.diagnostic), {
			accept: 'application/json'
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const report = (await response.json()) as Report;
		expect(report.respondents.all).toBe(answers.length);
		expect(report.instrumentVersion).toBe('v1');
		expect(report.dimensions).toHaveLength(7);
		expect(Date.parse(report.generatedAt)).not.toBeNaN();
		expectAnonymous(report, respondentsPerCell());
	});

	it('answers 404 to a signed-in non-member, and for another organisation’s diagnostic', async () => {
		const { client: outsider } = await signUp(app.url);
		const refused = await outsider.get(reportPath(ids.organisation, ids.diagnostic), {
			accept: 'application/json'
		});
		expect(refused.status).toBe(404);
		expect(await refused.text()).not.toContain('respondents');

		const member = await viewer();
		for (const path of [
			reportPath(ids.organisation, ids.otherDiagnostic),
			reportPath(ids.otherOrganisation, ids.otherDiagnostic)
		]) {
			const response = await member.get(path, { accept: 'application/json' });
			expect(response.status).toBe(404);
		}
	});

	it('sends a visitor who is not signed in to the login page', async () => {
		const response = await new HttpClient(app.url).get(
			reportPath(ids.organisation, ids.diagnostic)
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toMatch(/^\/login\?next=/);
	});
});
