import { LOCALE_COOKIE } from '$lib/server/hooks/locale';
import { readSurveyAccess } from '$lib/server/survey-session';
import { chooseSurveyLocale, surveyLanguages } from '$lib/survey/locale';
import type { LayoutServerLoad } from './$types';

// The server renders every survey page in full; a small standalone script adds the draft and
// in-place screens ($lib/survey/enhancer.js). Hydrating Svelte here would weigh 59 KB gzipped
// against the respondent page's 40 KB budget (DESIGN §8).
export const csr = false;

/**
 * The survey speaks one of the diagnostic's languages: the respondent's choice (the switcher's
 * cookie, possibly set by this very request) when the diagnostic offers it, else its first one.
 */
export const load: LayoutServerLoad = async (event) => {
	// Survey pages depend on a private cookie and may echo answers: no cache may keep them.
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const access = await readSurveyAccess(event);
	const languages = surveyLanguages(access?.diagnostic.languages);
	const locale = chooseSurveyLocale(
		[event.cookies.get(LOCALE_COOKIE), event.locals.locale],
		languages
	);
	return { locale, languages };
};
