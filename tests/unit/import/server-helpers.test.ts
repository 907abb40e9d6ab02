import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, validateImportText } from '../../../src/lib/domain/response-import';
import {
	importFingerprint,
	parseBodySizeLimit,
	uploadLimitBytes
} from '../../../src/lib/server/response-import';
import { csvOf, delimiter, validAnswers } from './import-arbitraries';

describe('upload limit', () => {
	it('reads BODY_SIZE_LIMIT as adapter-node does', () => {
		expect(parseBodySizeLimit(undefined)).toBe(512 * 1024);
		expect(parseBodySizeLimit('3M')).toBe(3 * 1024 * 1024);
		expect(parseBodySizeLimit('700k')).toBe(700 * 1024);
		expect(parseBodySizeLimit('100000')).toBe(100000);
		expect(parseBodySizeLimit('Infinity')).toBe(Infinity);
	});

	it('announces the smaller of the import limit and what the server lets through', () => {
		expect(uploadLimitBytes(undefined, IMPORT_MAX_BYTES)).toBe(508 * 1024);
		expect(uploadLimitBytes('10M', IMPORT_MAX_BYTES)).toBe(IMPORT_MAX_BYTES);
		expect(uploadLimitBytes('Infinity', IMPORT_MAX_BYTES)).toBe(IMPORT_MAX_BYTES);
	});
});

describe('importFingerprint', () => {
	function rowsOf(text: string) {
		const result = validateImportText(text);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		return result.rows;
	}

	it('is the same for the same responses in any order, delimiter, BOM or line breaks', () => {
		fc.assert(
			fc.property(
				fc.array(validAnswers, { minLength: 1, maxLength: 8 }),
				delimiter,
				fc.boolean(),
				(rows, sep, bom) => {
					const original = importFingerprint(rowsOf(csvOf(rows)));
					const resaved = rowsOf(
						csvOf([...rows].reverse(), { delimiter: sep, bom, lineBreak: '\n' })
					);
					expect(importFingerprint(resaved)).toBe(original);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('changes when any answer changes or a row is added', () => {
		fc.assert(
			fc.property(fc.array(validAnswers, { minLength: 1, maxLength: 5 }), (rows) => {
				const first = rows[0]!;
				const changed = { ...first, 'trust.1': first['trust.1'] === 1 ? 2 : 1 };
				expect(importFingerprint([changed, ...rows.slice(1)])).not.toBe(importFingerprint(rows));
				expect(importFingerprint([...rows, first])).not.toBe(importFingerprint(rows));
			}),
			{ numRuns: 50 }
		);
	});
});
