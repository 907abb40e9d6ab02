import { dev } from '$app/environment';
import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies }) => {
	if (locals.session) await invalidateSession(db(), locals.session.id);
	deleteSessionCookie(cookies, !dev);
	redirect(303, '/');
};
