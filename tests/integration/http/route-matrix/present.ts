import type { OrganisationRouteCase } from '../organisation-routes';

/** The workshop deck: every member who can read the report can present it. */
export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/present',
		handler: 'load',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/present?slide=2`,
		minimum: 'viewer'
	}
];
