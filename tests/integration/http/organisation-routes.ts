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
	path: string | ((fixture: MatrixFixture) => string);
	/** A valid form for actions, so that an allowed visitor gets a success. */
	form?: (fixture: MatrixFixture) => Record<string, string>;
	minimum: Role;
}

/** What the matrix test creates before driving the routes. */
export interface MatrixFixture {
	viewerUserId: string;
	/** A diagnostic of the organisation under test. */
	diagnosticId: string;
}

/** Each feature lists its routes in a file of ./route-matrix/. */
const modules = import.meta.glob<{ routes: OrganisationRouteCase[] }>('./route-matrix/*.ts', {
	eager: true
});
export const organisationRoutes: OrganisationRouteCase[] = Object.values(modules).flatMap(
	(module) => module.routes
);
