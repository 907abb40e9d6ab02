/**
 * The running app for the export tests: an owner, a viewer (French account) and one diagnostic
 * with the given answers, seeded before the production build starts.
 */
import { expect } from 'vitest';
import type { ResponseAnswers } from '../../../src/lib/domain/instrument';
import { createDiagnostic } from '../../../src/lib/server/diagnostics';
import { memberships } from '../../../src/lib/server/db/schema';
import { createOrganisation } from '../../../src/lib/server/organisations';
import { createUser } from '../../../src/lib/server/users';
import type { DatabaseKind } from '../../helpers/databases';
import { sampleContext } from '../../helpers/fixtures';
import { HttpClient, PASSWORD, uniqueEmail } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { insertResponses } from '../../unit/report/generators';

export interface ExportApp {
	app: RunningApp;
	/** Path of the diagnostic, /orgs/<org>/diagnostics/<id>. */
	base: string;
	diagnosticId: string;
	/** A logged-in viewer (their account is in French). */
	viewer(): Promise<HttpClient>;
}

export const DIAGNOSTIC_TITLE = 'Alignment 2025';

export async function startExportApp(
	kind: DatabaseKind,
	answers: readonly ResponseAnswers[]
): Promise<ExportApp> {
	const viewerEmail = uniqueEmail('viewer');
	const ids = { organisation: '', diagnostic: '' };
	const app = await startApp(
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
				const organisation = await createOrganisation(db, owner!.id, 'Northwind Export');
				await db
					.insert(memberships)
					.values({ organisationId: organisation.id, userId: viewer!.id, role: 'viewer' });
				const diagnostic = await createDiagnostic(db, organisation.id, {
					title: DIAGNOSTIC_TITLE,
					languages: ['en', 'fr'],
					context: sampleContext,
					expected: null,
					k: 5,
					executiveMode: 'standard',
					previousDiagnosticId: null
				});
				await insertResponses(db, diagnostic.id, answers);
				Object.assign(ids, { organisation: organisation.id, diagnostic: diagnostic.id });
			}
		}
	);
	return {
		app,
		base: `/orgs/${ids.organisation}/diagnostics/${ids.diagnostic}`,
		diagnosticId: ids.diagnostic,
		async viewer() {
			const client = new HttpClient(app.url);
			const response = await client.post('/login', { email: viewerEmail, password: PASSWORD });
			expect(response.status).toBe(303);
			return client;
		}
	};
}
