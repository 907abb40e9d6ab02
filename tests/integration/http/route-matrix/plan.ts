import type { OrganisationRouteCase } from '../organisation-routes';

const routeId = '/(app)/orgs/[org]/diagnostics/[diagnostic]/plan';
const path = (action: string) => (f: { diagnosticId: string }) =>
	`/diagnostics/${f.diagnosticId}/plan${action}`;

export const routes: OrganisationRouteCase[] = [
	{ routeId, handler: 'load', method: 'GET', path: path(''), minimum: 'viewer' },
	{ routeId, handler: 'generate', method: 'POST', path: path('?/generate'), minimum: 'consultant' },
	{
		routeId,
		handler: 'update',
		method: 'POST',
		path: path('?/update'),
		// An id that matches no item: allowed roles get "not found", refused ones 403 first.
		form: () => ({ itemId: 'unknown-item', status: 'todo' }),
		minimum: 'consultant'
	},
	{
		routeId,
		handler: 'move',
		method: 'POST',
		path: path('?/move'),
		form: () => ({ itemId: 'unknown-item', direction: 'up' }),
		minimum: 'consultant'
	},
	{
		routeId,
		handler: 'add',
		method: 'POST',
		path: path('?/add'),
		form: () => ({ title: 'Matrix action' }),
		minimum: 'consultant'
	}
];
