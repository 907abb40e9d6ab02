import type { OrganisationRouteCase } from '../organisation-routes';

export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/report.json',
		handler: 'GET',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/report.json`,
		minimum: 'viewer'
	}
];
