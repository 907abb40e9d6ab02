import { describe, expect, it } from 'vitest';
import {
	IMPORT_ERROR_CODES,
	IMPORT_MAX_BYTES,
	validateImportText
} from '../../../src/lib/domain/response-import';
import { locales } from '../../../src/lib/i18n/locales';
import {
	formatImportSize,
	importErrorMessage,
	importMessages
} from '../../../src/lib/i18n/messages/import';

describe('import messages', () => {
	it('translate every error code in every language, without leaking the code', () => {
		for (const locale of locales) {
			for (const code of IMPORT_ERROR_CODES) {
				const text = importErrorMessage(
					{ code, line: 3, column: 'trust.1', value: 'v', count: 2, limit: 1 },
					locale
				);
				expect(text.length, `${locale} ${code}`).toBeGreaterThan(15);
				expect(text).not.toContain('undefined');
				// Codes such as invalid_answer are for machines; plain words (required) may appear.
				if (code.includes('_')) expect(text).not.toContain(code);
			}
		}
		expect(Object.keys(importMessages.fr.errors).sort()).toEqual([...IMPORT_ERROR_CODES].sort());
	});

	it('say where a bad answer is and what is allowed on that item’s scale', () => {
		const error = { code: 'invalid_answer', line: 14, column: 'trust.3', value: '9' } as const;
		expect(importErrorMessage(error, 'en')).toBe(
			'Line 14, column trust.3: “9” is not an allowed answer (1–7, 0 = don’t know, empty).'
		);
		expect(importErrorMessage(error, 'fr')).toBe(
			'Ligne 14, colonne trust.3\u00a0: «\u00a09\u00a0» n’est pas une réponse autorisée (1 à 7, 0 = je ne sais pas, vide).'
		);
		expect(importErrorMessage({ ...error, column: 'meta.exec_view' }, 'en')).toContain('(1–5,');
	});

	it('explain why a personal column is refused', () => {
		const result = validateImportText('level,function,email\n');
		const email = result.ok ? undefined : result.errors.find((e) => e.column === 'email');
		expect(importErrorMessage(email!, 'en')).toMatch(
			/^Line 1: the column “email” seems to identify people.*anonymous/
		);
		expect(importErrorMessage(email!, 'fr')).toMatch(/anonymes/);
	});

	it('write sizes and counts in each language', () => {
		expect(formatImportSize(IMPORT_MAX_BYTES, 'en')).toBe('2\u00a0MB');
		expect(formatImportSize(IMPORT_MAX_BYTES, 'fr')).toBe('2\u00a0Mo');
		expect(formatImportSize(508 * 1024, 'fr')).toBe('508\u00a0Ko');
		expect(importMessages.en.failed(1)).toContain('1 problem was');
		expect(importMessages.en.more(52)).toBe('and 52 more problems, not shown.');
	});
});
