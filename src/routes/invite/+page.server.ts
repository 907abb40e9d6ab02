import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { forgetInviteToken, readInviteToken } from '$lib/server/invite-cookie';
import { acceptMemberInvite, findUsableInvite } from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, locals }) => {
	const token = readInviteToken(cookies);
	const invite = token ? await findUsableInvite(db(), token) : undefined;
	return {
		invite: invite ? { organisationName: invite.organisationName, role: invite.role } : null,
		signedIn: locals.user !== null
	};
};

export const actions: Actions = {
	accept: async (event) => {
		const user = requireUser(event);
		const token = readInviteToken(event.cookies);
		const result = token ? await acceptMemberInvite(db(), token, user.id) : null;
		if (!result?.ok) return fail(400, { message: 'invalid' });
		forgetInviteToken(event.cookies);
		redirect(303, `/orgs/${result.organisationId}`);
	}
};
