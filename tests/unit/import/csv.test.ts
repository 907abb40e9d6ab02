import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeUtf8,
	detectDelimiter,
	formatCsv,
	formatCsvCell,
	parseCsv,
	type CsvDelimiter
} from '../../../src/lib/domain/csv';

function cellsOf(text: string, delimiter?: CsvDelimiter): string[][] {
	const result = parseCsv(text, delimiter);
	if (!result.ok) throw new Error(`parse failed: ${result.code} at ${result.line}`);
	return result.records.map((record) => [...record.cells]);
}

describe('parseCsv', () => {
	it('reads commas, LF and a final line break', () => {
		expect(cellsOf('a,b,c\n1,2,3\n')).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3']
		]);
	});

	it('reads semicolons (French spreadsheets) and CRLF', () => {
		const result = parseCsv('level;function\r\nexecutive;sales\r\n');
		expect(result).toMatchObject({ ok: true, delimiter: ';' });
		expect(cellsOf('level;function\r\nexecutive;sales\r\n')).toEqual([
			['level', 'function'],
			['executive', 'sales']
		]);
	});

	it('accepts a lone CR as a line break and no final line break', () => {
		expect(cellsOf('a,b\r1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('drops a UTF-8 BOM before the first header', () => {
		expect(cellsOf('\uFEFFlevel,function\n')).toEqual([['level', 'function']]);
	});

	it('keeps empty cells, including leading and trailing ones', () => {
		expect(cellsOf(',a,,\n,,,\n')).toEqual([
			['', 'a', '', ''],
			['', '', '', '']
		]);
	});

	it('reads quoted cells with delimiters, doubled quotes and line breaks inside', () => {
		const text = 'a,b\n"x, y","say ""hi""\r\nnext line"\n"",z\n';
		expect(cellsOf(text)).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"\r\nnext line'],
			['', 'z']
		]);
	});

	it('numbers records as spreadsheet rows, even after a cell spanning lines', () => {
		const result = parseCsv('h1,h2\n"multi\nline",1\nlast,2\n');
		expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 3]);
	});

	it('keeps a quote inside an unquoted cell as a character', () => {
		expect(cellsOf('a,b\n5" screen,x\n')).toEqual([
			['a', 'b'],
			['5" screen', 'x']
		]);
	});

	it('reports a quote that is never closed, with the line where it opens', () => {
		expect(parseCsv('a,b\n1,2\n3,"oops\n4,5\n')).toEqual({
			ok: false,
			code: 'unclosed_quote',
			line: 3
		});
	});

	it('reports text after a closing quote', () => {
		expect(parseCsv('a,b\n"x"y,2\n')).toEqual({ ok: false, code: 'text_after_quote', line: 2 });
	});

	it('gives no record for empty text', () => {
		expect(cellsOf('')).toEqual([]);
		expect(cellsOf('\uFEFF')).toEqual([]);
	});

	it('uses the delimiter it is given instead of guessing', () => {
		expect(cellsOf('a;b,c\n', ',')).toEqual([['a;b', 'c']]);
	});
});

describe('detectDelimiter', () => {
	it('picks the delimiter of the header line, ignoring quoted text and later lines', () => {
		expect(detectDelimiter('a,b,c\n1;2;3;4;5;6\n')).toBe(',');
		expect(detectDelimiter('a;b;c\n1,2,3,4,5\n')).toBe(';');
		expect(detectDelimiter('"x;y;z;w",b\n')).toBe(',');
		expect(detectDelimiter('\uFEFFlevel;function;trust.1\r\n')).toBe(';');
	});
});

describe('decodeUtf8', () => {
	it('decodes UTF-8 and keeps the BOM for the parser to drop', () => {
		const bytes = new TextEncoder().encode('\uFEFFcafé');
		expect(decodeUtf8(bytes)).toBe('\uFEFFcafé');
	});

	it('refuses bytes that are not UTF-8 (a Windows-1252 "é")', () => {
		expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBeNull();
	});
});

describe('formatCsv', () => {
	it('quotes only what needs it and ends every record with CRLF', () => {
		expect(formatCsv([['a', 'b c', 'x,y', 'q"q', ' pad', 'semi;colon']], ',')).toBe(
			'a,b c,"x,y","q""q"," pad",semi;colon\r\n'
		);
		expect(formatCsvCell('semi;colon', ';')).toBe('"semi;colon"');
		expect(formatCsv([['a']], ';', { bom: true })).toBe('\uFEFFa\r\n');
	});

	it('round-trips any grid of cells through parseCsv, with either delimiter', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r', '\r\n', '0', '7', '«')
		});
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }).chain((width) =>
					fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
						minLength: 1,
						maxLength: 8
					})
				),
				fc.constantFrom<CsvDelimiter>(',', ';'),
				fc.boolean(),
				(grid, delimiter, bom) => {
					// A one-column record holding "" would be an empty line: not a case of the import.
					fc.pre(grid.every((cells) => cells.length > 1 || cells[0] !== ''));
					const result = parseCsv(formatCsv(grid, delimiter, { bom }), delimiter);
					expect(result.ok).toBe(true);
					if (result.ok) expect(result.records.map((r) => r.cells)).toEqual(grid);
				}
			)
		);
	});
});
