import type { OrganisationRouteCase } from '../organisation-routes';

export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/export.csv',
		handler: 'GET',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/export.csv`,
		minimum: 'viewer'
	}
];
