import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db';
import { hasRole, type Role } from '$lib/domain/roles';
import { findDiagnostic, type Diagnostic } from '../diagnostics';
import { findMembership, type Organisation } from '../organisations';
import type { SessionUser } from './session';

export interface OrganisationAccess {
	user: SessionUser;
	organisation: Organisation;
	role: Role;
}

/**
 * The signed-in user, or: a redirect to the login page for a page load, 401 for anything else.
 */
export function requireUser(event: RequestEvent): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	if (event.request.method === 'GET' && !event.route.id?.includes('/api/')) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	error(401, 'unauthenticated');
}

/**
 * The one authorization check for every organisation route, form action and endpoint: the
 * organisation comes from the `[org]` route parameter; a non-member gets 404 (so ids of other
 * organisations are not even confirmed to exist), a member below `minimum` gets 403.
 */
export async function requireOrganisationRole(
	event: RequestEvent,
	minimum: Role
): Promise<OrganisationAccess> {
	const user = requireUser(event);
	const organisationId = event.params.org;
	// Ids are lowercase base32; anything else (a NUL, a huge string) names no organisation and
	// never reaches a query.
	if (!organisationId || !/^[a-z0-9]{1,64}$/.test(organisationId)) error(404, 'not_found');
	const membership = await findMembership(db(), organisationId, user.id);
	if (!membership) error(404, 'not_found');
	if (!hasRole(membership.role, minimum)) error(403, 'forbidden');
	return { user, organisation: membership.organisation, role: membership.role };
}

/**
 * `requireOrganisationRole`, then the `[diagnostic]` route parameter looked up inside that
 * organisation only: a diagnostic of another organisation is 404, like one that does not exist.
 */
export async function requireDiagnostic(
	event: RequestEvent,
	minimum: Role
): Promise<OrganisationAccess & { diagnostic: Diagnostic }> {
	const access = await requireOrganisationRole(event, minimum);
	const diagnosticId = (event.params as Partial<Record<string, string>>).diagnostic;
	const diagnostic = diagnosticId
		? await findDiagnostic(db(), access.organisation.id, diagnosticId)
		: undefined;
	if (!diagnostic) error(404, 'not_found');
	return { ...access, diagnostic };
}
