import type { OrganisationRouteCase } from '../organisation-routes';

export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/report',
		handler: 'load',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/report`,
		minimum: 'viewer'
	}
];
