import { dev } from '$app/environment';
import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db';
import { LOCALE_COOKIE } from '$lib/server/hooks/locale';
import { safeRedirectTarget } from '$lib/server/redirect';
import { setUserLocale } from '$lib/server/users';
import type { RequestHandler } from './$types';

/** The language switcher: a plain form post, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	const form = await request.formData().catch(() => new FormData());
	const locale = form.get('locale');
	const back = safeRedirectTarget(form.get('redirectTo'), '/');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: !dev,
			maxAge: 60 * 60 * 24 * 365
		});
		if (locals.user) await setUserLocale(db(), locals.user.id, locale);
	}
	redirect(303, back);
};
