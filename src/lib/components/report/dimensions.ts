import type { DimensionId } from '$lib/domain/dimension-ids';
import { dimensionById } from '$lib/domain/instrument';
import type { Locale } from '$lib/i18n/locales';

/** The dimension's title as the questionnaire shows it ("Trust", "Confiance"). */
export function dimensionTitle(id: DimensionId, locale: Locale): string {
	return dimensionById(id)?.label[locale] ?? id;
}

/** Colours of the two levels and the two functions in every chart (dark enough on white). */
export const SERIES_COLOURS = {
	executive: '#1f3a5f',
	frontline: '#b5651d',
	sales: '#2b6a7a',
	marketing: '#7a3b69'
} as const;

/** The same colour with transparency, for interval bars. */
export function translucent(hex: string, alpha = 0.3): string {
	const value = Number.parseInt(hex.slice(1), 16);
	return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
