import type { LocalizedText } from '../../i18n/locales';

/** Builds a localized text; English first, French second, everywhere in the instrument. */
export function t(en: string, fr: string): LocalizedText {
	return { en, fr };
}

/**
 * Freezes a value and everything reachable from it, so that no caller can alter the instrument
 * at run time (a changed label or id would silently corrupt reports and waves).
 */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const key of Reflect.ownKeys(value)) {
			deepFreeze((value as Record<PropertyKey, unknown>)[key]);
		}
	}
	return value;
}
