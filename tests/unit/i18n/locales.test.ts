import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '$lib/i18n/locales';
import { auth } from '$lib/i18n/messages/auth';
import { common } from '$lib/i18n/messages/common';
import { landing } from '$lib/i18n/messages/landing';
import { organisations } from '$lib/i18n/messages/organisations';

describe('negotiateLocale', () => {
	it.each([
		['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
		['en-US,en;q=0.9', 'en'],
		['de-DE,fr;q=0.5,en;q=0.7', 'en'],
		['de-DE,fr;q=0.7,en;q=0.5', 'fr'],
		['FR', 'fr'],
		['en;q=0,fr;q=0.1', 'fr']
	])('%s → %s', (header, expected) => {
		expect(negotiateLocale(header)).toBe(expected);
	});

	it('returns nothing when no supported language is acceptable', () => {
		expect(negotiateLocale('de-DE,es;q=0.5')).toBeUndefined();
		expect(negotiateLocale('')).toBeUndefined();
		expect(negotiateLocale(null)).toBeUndefined();
	});
});

/** Every string leaf of a message tree, with its path. */
function leaves(tree: unknown, path = ''): [string, unknown][] {
	if (typeof tree === 'object' && tree !== null && !Array.isArray(tree)) {
		return Object.entries(tree).flatMap(([key, value]) => leaves(value, `${path}.${key}`));
	}
	if (Array.isArray(tree))
		return tree.flatMap((value, index) => leaves(value, `${path}[${index}]`));
	return [[path, tree]];
}

describe.each([
	['common', common],
	['auth', auth],
	['organisations', organisations],
	['landing', landing]
])('%s messages', (_name, messages) => {
	it('have the same keys in French and English, and no empty text', () => {
		const en = leaves(messages.en);
		const fr = leaves(messages.fr);
		expect(fr.map(([path]) => path)).toEqual(en.map(([path]) => path));
		for (const [, value] of [...en, ...fr]) {
			if (typeof value === 'string') expect(value.trim().length).toBeGreaterThan(0);
			else expect(typeof value).toBe('function');
		}
	});

	it('are actually translated (most French texts differ from English)', () => {
		const en = leaves(messages.en);
		const fr = new Map(leaves(messages.fr));
		const same = en.filter(([path, value]) => typeof value === 'string' && fr.get(path) === value);
		// Proper names and words such as "Accord" or "Consultant" may legitimately match.
		expect(same.length / en.length).toBeLessThan(0.15);
	});
});
