import { page } from '$app/state';
import { defaultLocale, isLocale, type Locale } from './locales';

/** The page's language, as resolved on the server (account, cookie, then browser). */
export function currentLocale(): Locale {
	const locale: unknown = page.data.locale;
	return isLocale(locale) ? locale : defaultLocale;
}
