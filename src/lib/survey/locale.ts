import { isLocale, locales, type Locale } from '$lib/i18n/locales';

/** The languages a diagnostic offers; every supported one when its setting is empty or invalid. */
export function surveyLanguages(configured: readonly unknown[] | null | undefined): Locale[] {
	const valid = (configured ?? []).filter(isLocale);
	return valid.length > 0 ? [...new Set(valid)] : [...locales];
}

/**
 * The survey's language: the first preference (in order) that the diagnostic offers, else the
 * diagnostic's first language. A respondent never sees a language the CMO did not choose.
 */
export function chooseSurveyLocale(
	preferences: readonly unknown[],
	offered: readonly Locale[]
): Locale {
	const fallback = offered[0] ?? locales[0];
	return preferences.find((p): p is Locale => isLocale(p) && offered.includes(p)) ?? fallback;
}
