export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** A piece of text written in every supported language. */
export type LocalizedText = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
	if (!acceptLanguage) return undefined;
	const ranked = acceptLanguage
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const quality = q ? Number(q.slice(2)) : 1;
			return {
				base: tag.toLowerCase().split('-')[0] ?? '',
				quality: Number.isFinite(quality) ? quality : 0
			};
		})
		.filter((entry) => entry.quality > 0)
		.sort((a, b) => b.quality - a.quality);
	return ranked.map((entry) => entry.base).find(isLocale);
}
