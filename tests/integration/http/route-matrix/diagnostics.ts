import type { HttpClient } from '../../../helpers/http-client';
import type { MatrixFixture, OrganisationRouteCase } from '../organisation-routes';

/** A complete, valid create/settings form (anonymity: k = 5, standard, as the fixture's). */
export function validDiagnosticForm(title: string): Record<string, string> {
	return {
		title,
		language_en: 'on',
		language_fr: 'on',
		headcount: '120',
		revenueModel: 'recurring',
		salesMotion: 'inside',
		selfDirectedJourneyPct: '60',
		salesCycle: '1_to_3_months',
		segmentCount: '3',
		expected_executive_sales: '4',
		expected_frontline_sales: '40',
		k: '5',
		executiveMode: 'standard',
		previousDiagnosticId: ''
	};
}

const diagnostic =
	(below = '') =>
	(fixture: MatrixFixture) =>
		`/diagnostics/${fixture.diagnosticId}${below}`;

/**
 * Order matters: the matrix runs these in sequence on one diagnostic. Open, close and reopen
 * come in that order so that it ends open, as later routes (invitations) expect.
 */
export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics',
		handler: 'load',
		method: 'GET',
		path: '/diagnostics',
		minimum: 'viewer'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/new',
		handler: 'load',
		method: 'GET',
		path: '/diagnostics/new',
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/new',
		handler: 'create',
		method: 'POST',
		path: '/diagnostics/new?/create',
		form: () => validDiagnosticForm('Created by the matrix'),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]',
		handler: 'load',
		method: 'GET',
		path: diagnostic(),
		minimum: 'viewer'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]',
		handler: 'open',
		method: 'POST',
		path: diagnostic('?/open'),
		form: () => ({ from: 'overview' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]',
		handler: 'close',
		method: 'POST',
		path: diagnostic('?/close'),
		form: () => ({ from: 'progress' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]',
		handler: 'reopen',
		method: 'POST',
		path: diagnostic('?/reopen'),
		form: () => ({ from: 'settings' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/progress',
		handler: 'load',
		method: 'GET',
		path: diagnostic('/progress'),
		minimum: 'consultant'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/settings',
		handler: 'load',
		method: 'GET',
		path: diagnostic('/settings'),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/settings',
		handler: 'save',
		method: 'POST',
		path: diagnostic('/settings?/save'),
		form: () => validDiagnosticForm('Matrix diagnostic'),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute',
		handler: 'load',
		method: 'GET',
		path: diagnostic('/distribute'),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute',
		handler: 'createLink',
		method: 'POST',
		path: diagnostic('/distribute?/createLink'),
		form: () => ({ label: 'Matrix link', presetLevel: '', presetFunction: 'sales' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute',
		handler: 'revokeLink',
		method: 'POST',
		path: diagnostic('/distribute?/revokeLink'),
		form: () => ({ linkId: '0'.repeat(64) }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute',
		handler: 'invite',
		method: 'POST',
		path: diagnostic('/distribute?/invite'),
		form: () => ({ emails: 'matrix.invitee@example.com', language: 'en' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute',
		handler: 'remind',
		method: 'POST',
		path: diagnostic('/distribute?/remind'),
		form: () => ({ language: 'fr' }),
		minimum: 'admin'
	}
];

/** Creates a diagnostic through the real form, as `client` (an owner or admin); returns its id. */
export async function createDiagnosticThroughForm(
	client: HttpClient,
	organisationId: string,
	fields: Record<string, string> = validDiagnosticForm('Matrix diagnostic')
): Promise<string> {
	const response = await client.post(`/orgs/${organisationId}/diagnostics/new?/create`, fields);
	const location = response.headers.get('location') ?? '';
	const id = new RegExp(`^/orgs/${organisationId}/diagnostics/([a-z2-7]+)$`).exec(location)?.[1];
	if (!id) throw new Error(`diagnostic creation failed: ${response.status} ${location}`);
	return id;
}

/** Creates an organisation through the real form; returns its id. */
export async function createOrganisationThroughForm(
	client: HttpClient,
	name: string
): Promise<string> {
	const response = await client.post('/orgs?/create', { name });
	const id = /^\/orgs\/([a-z2-7]+)$/.exec(response.headers.get('location') ?? '')?.[1];
	if (!id) throw new Error(`organisation creation failed: ${response.status}`);
	return id;
}
