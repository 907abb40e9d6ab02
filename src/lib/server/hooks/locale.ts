import type { Handle } from '@sveltejs/kit';
import { defaultLocale, isLocale, negotiateLocale, type Locale } from '$lib/i18n/locales';

export const LOCALE_COOKIE = 'accord_locale';

/** The account's choice first, then the cookie set by the switcher, then the browser's languages. */
export const locale: Handle = async ({ event, resolve }) => {
	const fromUser = event.locals.user?.locale;
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	const chosen: Locale =
		(isLocale(fromUser) && fromUser) ||
		(isLocale(fromCookie) && fromCookie) ||
		negotiateLocale(event.request.headers.get('accept-language')) ||
		defaultLocale;
	event.locals.locale = chosen;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', chosen)
	});
};
