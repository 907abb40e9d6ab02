import { describe, expect, it } from 'vitest';
import { report } from '$lib/i18n/messages/report';

/** Every text of a dictionary, functions called with sample arguments. */
function texts(tree: unknown, path = ''): [string, string][] {
	if (typeof tree === 'string') return [[path, tree]];
	if (typeof tree === 'function') {
		const sample = (tree as (...args: unknown[]) => unknown)('Dirigeants', '12,5', '3,1');
		return texts(sample, `${path}()`);
	}
	if (Array.isArray(tree)) return tree.flatMap((value, i) => texts(value, `${path}[${i}]`));
	if (typeof tree === 'object' && tree !== null) {
		return Object.entries(tree).flatMap(([key, value]) => texts(value, `${path}.${key}`));
	}
	return [];
}

describe('report dictionary', () => {
	it('has the same keys in French and English', () => {
		const keys = (locale: 'en' | 'fr') => texts(report[locale]).map(([path]) => path);
		expect(keys('fr')).toEqual(keys('en'));
	});

	it('puts a no-break space before French colons, semicolons, question marks and percent signs', () => {
		const wrong = texts(report.fr).filter(([, text]) => / [:;?!%»]|« /.test(text));
		expect(wrong).toEqual([]);
	});

	it('writes French decimals with a comma', () => {
		const wrong = texts(report.fr).filter(([, text]) => /\d\.\d/.test(text));
		expect(wrong).toEqual([]);
	});
});
