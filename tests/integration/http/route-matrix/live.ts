import type { OrganisationRouteCase } from '../organisation-routes';

const live =
	(below = '') =>
	(fixture: { diagnosticId: string }) =>
		`/diagnostics/${fixture.diagnosticId}/live${below}`;

/**
 * The live page and its event stream (consultants and up: they run the workshops). The matrix
 * asks for HTML, which the stream refuses with 406 once the guard has let the visitor in: an
 * allowed visitor thus gets an answer that ends, rather than a stream left open.
 */
export const routes: OrganisationRouteCase[] = [
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/live',
		handler: 'load',
		method: 'GET',
		path: live(),
		minimum: 'consultant'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/live',
		handler: 'showQr',
		method: 'POST',
		path: live('?/showQr'),
		form: () => ({}),
		minimum: 'consultant'
	},
	{
		routeId: '/(app)/orgs/[org]/diagnostics/[diagnostic]/live/events',
		handler: 'GET',
		method: 'GET',
		path: live('/events'),
		minimum: 'consultant'
	}
];
