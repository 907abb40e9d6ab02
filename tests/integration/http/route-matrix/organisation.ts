import type { OrganisationRouteCase } from '../organisation-routes';

export const routes: OrganisationRouteCase[] = [
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
	},
	{
		routeId: '/(app)/orgs/[org]/settings',
		handler: 'retention',
		method: 'POST',
		path: '/settings?/retention',
		form: () => ({ retentionMonths: '' }),
		minimum: 'admin'
	}
];
