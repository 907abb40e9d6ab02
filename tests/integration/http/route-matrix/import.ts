import type { OrganisationRouteCase } from '../organisation-routes';

const importRoute = '/(app)/orgs/[org]/diagnostics/[diagnostic]/import';

/**
 * The response import: owners and admins only. The upload form is posted without a file here,
 * which an allowed visitor gets back as a 400 "choose a file" (never a refusal).
 */
export const routes: OrganisationRouteCase[] = [
	{
		routeId: importRoute,
		handler: 'load',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/import`,
		minimum: 'admin'
	},
	{
		routeId: importRoute,
		handler: 'upload',
		method: 'POST',
		path: (f) => `/diagnostics/${f.diagnosticId}/import?/upload`,
		form: () => ({}),
		minimum: 'admin'
	},
	{
		routeId: `${importRoute}/template.csv`,
		handler: 'GET',
		method: 'GET',
		path: (f) => `/diagnostics/${f.diagnosticId}/import/template.csv`,
		minimum: 'admin'
	}
];
