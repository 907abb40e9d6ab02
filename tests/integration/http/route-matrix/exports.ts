import type { OrganisationRouteCase } from '../organisation-routes';

export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/export.pptx',
		handler: 'GET',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/export.pptx`,
		minimum: 'viewer'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/report/print',
		handler: 'load',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/report/print`,
		minimum: 'viewer'
	}
];
