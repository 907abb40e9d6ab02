import { error } from '@sveltejs/kit';
import {
	inviteIdSchema,
	inviteSchema,
	memberRoleSchema,
	memberSchema
} from '$lib/forms/organisation';
import { requireOrganisationRole } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import {
	changeMemberRole,
	createMemberInvite,
	listMembers,
	listPendingInvites,
	removeMember,
	revokeMemberInvite,
	type MemberChangeResult
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const access = await requireOrganisationRole(event, 'admin');
	const [members, invites] = await Promise.all([
		listMembers(db(), access.organisation.id),
		listPendingInvites(db(), access.organisation.id)
	]);
	return { members, invites, me: access.user.email };
};

function memberChangeOutcome(result: MemberChangeResult): { ok: true } {
	if (result.ok) return { ok: true };
	if (result.reason === 'not_found') error(404, 'not_found');
	error(403, 'forbidden');
}

export const actions: Actions = {
	invite: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, inviteSchema);
		if (!parsed.ok) return parsed.failure;
		const token = await createMemberInvite(db(), {
			organisationId: access.organisation.id,
			role: parsed.data.role,
			createdBy: access.user.id
		});
		return { inviteLink: `${event.url.origin}/invite/${token}` };
	},
	revoke: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, inviteIdSchema);
		if (!parsed.ok) return parsed.failure;
		await revokeMemberInvite(db(), access.organisation.id, parsed.data.inviteId);
		return { ok: true };
	},
	role: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, memberRoleSchema);
		if (!parsed.ok) return parsed.failure;
		return memberChangeOutcome(
			await changeMemberRole(db(), {
				organisationId: access.organisation.id,
				actorRole: access.role,
				userId: parsed.data.userId,
				role: parsed.data.role
			})
		);
	},
	remove: async (event) => {
		const access = await requireOrganisationRole(event, 'admin');
		const parsed = await parseForm(event.request, memberSchema);
		if (!parsed.ok) return parsed.failure;
		if (parsed.data.userId === access.user.id && access.role === 'owner') {
			return formError(400, 'forbidden');
		}
		return memberChangeOutcome(
			await removeMember(db(), {
				organisationId: access.organisation.id,
				actorRole: access.role,
				userId: parsed.data.userId
			})
		);
	}
};
