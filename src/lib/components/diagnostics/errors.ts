import { common } from '$lib/i18n/messages/common';
import { diagnostics, type DiagnosticErrorCode } from '$lib/i18n/messages/diagnostics';
import type { Locale } from '$lib/i18n/locales';

export interface Limits {
	min?: number;
	max?: number;
}

/** Codes whose message needs the field's lower bound; the other functions take the upper one. */
const NEEDS_MIN = new Set(['too_small', 'k_too_small']);

/** Translates an error code from the server: the diagnostic codes first, then the common ones. */
export function errorText(locale: Locale, code: string, limits: Limits = {}): string {
	const own = diagnostics[locale].errors;
	if (code in own) {
		const entry = own[code as DiagnosticErrorCode];
		if (typeof entry === 'string') return entry;
		const bound = NEEDS_MIN.has(code) ? limits.min : limits.max;
		return bound === undefined ? own.invalid : entry(bound);
	}
	const shared = common[locale].errors;
	return shared[code as keyof typeof shared] ?? own.invalid;
}
