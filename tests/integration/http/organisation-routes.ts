import type { Role } from '../../../src/lib/domain/roles';

/**
 * Every organisation route, form action and endpoint, with the lowest role allowed to use it.
 * The authorization matrix test drives each one with every kind of visitor; the coverage test
 * fails when a route under /orgs/[org] is added without an entry here.
 */
export interface OrganisationRouteCase {
	/** SvelteKit route id of the file that handles it. */
	routeId: string;
	/** 'load' for a page load, an action name, or an HTTP method for a +server.ts endpoint. */
	handler: string;
	method: 'GET' | 'POST';
	/** Path below /orgs/<id>, with the query string that selects the action. */
	path: string;
	/** A valid form for actions, so that an allowed visitor gets a success. */
	form?: (fixture: MatrixFixture) => Record<string, string>;
	minimum: Role;
}

export interface MatrixFixture {
	viewerUserId: string;
}

export const organisationRoutes: OrganisationRouteCase[] = [
	{ routeId: '/(app)/orgs/[org]', handler: 'load', method: 'GET', path: '', minimum: 'viewer' },
	{
		routeId: '/(app)/orgs/[org]/members',
		handler: 'load',
		method: 'GET',
		path: '/members',
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/members',
		handler: 'invite',
		method: 'POST',
		path: '/members?/invite',
		form: () => ({ role: 'viewer' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/members',
		handler: 'revoke',
		method: 'POST',
		path: '/members?/revoke',
		form: () => ({ inviteId: '0'.repeat(64) }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/members',
		handler: 'role',
		method: 'POST',
		path: '/members?/role',
		form: (fixture) => ({ userId: fixture.viewerUserId, role: 'viewer' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/members',
		handler: 'remove',
		method: 'POST',
		path: '/members?/remove',
		form: () => ({ userId: 'not-a-member' }),
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/settings',
		handler: 'load',
		method: 'GET',
		path: '/settings',
		minimum: 'admin'
	},
	{
		routeId: '/(app)/orgs/[org]/settings',
		handler: 'rename',
		method: 'POST',
		path: '/settings?/rename',
		form: () => ({ name: 'Matrix Org' }),
		minimum: 'admin'
	}
];
