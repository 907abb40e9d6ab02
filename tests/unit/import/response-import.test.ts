import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../../src/lib/domain/csv';
import { COMMENT_MAX_LENGTH, allItemIds } from '../../../src/lib/domain/instrument';
import {
	IMPORT_COLUMNS,
	IMPORT_MAX_BYTES,
	IMPORT_MAX_ROWS,
	exampleRows,
	templateCsv,
	validateImportFile,
	validateImportText,
	type ImportError
} from '../../../src/lib/domain/response-import';
import { csvOf, delimiter, invalidValueFor, validAnswers } from './import-arbitraries';

const header = IMPORT_COLUMNS.join(',');

function errorsOf(text: string): ImportError[] {
	const result = validateImportText(text);
	return result.ok ? [] : result.errors;
}

/** A data row in template order, from a few overrides on a complete valid row. */
function row(overrides: Record<string, string> = {}): string {
	const cells: Record<string, string> = { level: 'frontline', function: 'sales', comment: '' };
	for (const id of allItemIds)
		cells[id] = id.startsWith('overall') || id.startsWith('meta') ? '3' : '5';
	Object.assign(cells, overrides);
	return IMPORT_COLUMNS.map((column) => cells[column]!).join(',');
}

describe('the template', () => {
	it('has the header level, function, every item id in allItemIds order, comment', () => {
		const parsed = parseCsv(templateCsv('en', ','));
		expect(parsed.ok && parsed.records[0]!.cells).toEqual([
			'level',
			'function',
			...allItemIds,
			'comment'
		]);
		expect(IMPORT_COLUMNS).toHaveLength(allItemIds.length + 3);
	});

	it('starts with a BOM, uses CRLF and the chosen delimiter, and holds two example rows', () => {
		for (const sep of [',', ';'] as const) {
			const text = templateCsv('fr', sep);
			expect(text.startsWith('\uFEFFlevel' + sep + 'function' + sep)).toBe(true);
			expect(text.endsWith('\r\n')).toBe(true);
			const parsed = parseCsv(text);
			expect(parsed.ok && parsed.delimiter).toBe(sep);
			expect(parsed.ok && parsed.records).toHaveLength(3);
		}
	});

	it('is refused as it is: its example rows must be replaced by real data', () => {
		for (const locale of ['en', 'fr'] as const) {
			expect(errorsOf(templateCsv(locale, ';'))).toEqual([
				{ code: 'example_row', line: 2 },
				{ code: 'example_row', line: 3 }
			]);
		}
	});

	it('accepts a file once an example row is edited', () => {
		const [example] = exampleRows('en');
		const edited = { ...example!, 'trust.1': example!['trust.1'] === 1 ? 2 : 1 };
		expect(validateImportText(csvOf([edited]))).toMatchObject({ ok: true, rows: [edited] });
	});
});

describe('validateImportText: accepted files', () => {
	it('reads a valid file into answers, with unanswered, don’t know and comments', () => {
		const text = [
			header,
			row({ 'trust.1': '', 'trust.2': '0', comment: '"  More joint planning, ""please""  "' }),
			row({ level: 'Executive', function: ' MARKETING ' })
		].join('\n');
		const result = validateImportText(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.rows).toHaveLength(2);
		expect(result.rows[0]).toMatchObject({
			level: 'frontline',
			function: 'sales',
			'trust.1': null,
			'trust.2': 0,
			'trust.3': 5,
			'overall.alignment': 3,
			comment: 'More joint planning, "please"'
		});
		expect(result.rows[1]).toMatchObject({
			level: 'executive',
			function: 'marketing',
			comment: null
		});
	});

	it('accepts semicolons, a BOM, CRLF, quoted cells and header names in any case', () => {
		const text =
			'\uFEFF' +
			IMPORT_COLUMNS.map((c) => `"${c.toUpperCase()}"`).join(';') +
			'\r\n' +
			row({ comment: '"oui; non"' }).replaceAll(',', ';') +
			'\r\n';
		const result = validateImportText(text);
		expect(result).toMatchObject({ ok: true, delimiter: ';' });
		expect(result.ok && result.rows[0]!.comment).toBe('oui; non');
	});

	it('accepts a file without the optional comment column', () => {
		const columns = IMPORT_COLUMNS.filter((c) => c !== 'comment');
		const cells = row().split(',').slice(0, -1);
		const result = validateImportText(`${columns.join(',')}\n${cells.join(',')}\n`);
		expect(result.ok && result.rows[0]!.comment).toBeNull();
	});

	it('skips empty lines (also lines of empty cells) but keeps counting them', () => {
		const text = [header, '', row(), ',,,', row({ 'trust.1': '9' })].join('\n');
		expect(errorsOf(text)).toEqual([
			{ code: 'invalid_answer', line: 5, column: 'trust.1', value: '9' }
		]);
	});

	it('ignores a trailing column without header when it is empty in every row', () => {
		const result = validateImportText(`${header},\n${row()},\n`);
		expect(result.ok).toBe(true);
	});
});

describe('validateImportText: every problem, with its line and column', () => {
	it('names the line and column of each bad cell', () => {
		const text = [
			header,
			row(),
			row({ level: 'boss', 'trust.3': '9', 'overall.alignment': '6' }),
			row({ function: '', 'structure.influence': '1.5' }),
			row({ comment: 'x'.repeat(COMMENT_MAX_LENGTH + 1) })
		].join('\n');
		expect(errorsOf(text)).toEqual([
			{ code: 'invalid_level', line: 3, column: 'level', value: 'boss' },
			{ code: 'invalid_answer', line: 3, column: 'trust.3', value: '9' },
			{ code: 'invalid_answer', line: 3, column: 'overall.alignment', value: '6' },
			{ code: 'required', line: 4, column: 'function' },
			{ code: 'invalid_answer', line: 4, column: 'structure.influence', value: '1.5' },
			{
				code: 'comment_too_long',
				line: 5,
				column: 'comment',
				count: COMMENT_MAX_LENGTH + 1,
				limit: COMMENT_MAX_LENGTH
			}
		]);
	});

	it('allows 1–5 on alignment items and 1–7 elsewhere, 0 everywhere', () => {
		expect(errorsOf([header, row({ 'meta.exec_view': '5', 'trust.1': '7' })].join('\n'))).toEqual(
			[]
		);
		expect(errorsOf([header, row({ 'meta.exec_view': '0', 'trust.1': '0' })].join('\n'))).toEqual(
			[]
		);
		expect(errorsOf([header, row({ 'meta.exec_view': '7' })].join('\n'))).toEqual([
			{ code: 'invalid_answer', line: 2, column: 'meta.exec_view', value: '7' }
		]);
	});

	it('refuses columns outside the template, saying when they look personal', () => {
		const text = `${header},email,Name,favourite colour\n${row()},a@b.c,Ann,blue\n`;
		expect(errorsOf(text)).toEqual([
			{ code: 'identifying_column', line: 1, column: 'email' },
			{ code: 'identifying_column', line: 1, column: 'Name' },
			{ code: 'unknown_column', line: 1, column: 'favourite colour' }
		]);
	});

	it('recognises personal columns in French too', () => {
		const codes = (name: string) => errorsOf(`${header},${name}\n${row()},x\n`)[0]?.code;
		for (const name of ['Prénom', 'nom', 'e-mail', 'Courriel', 'Téléphone', 'respondent_id']) {
			expect(codes(name), name).toBe('identifying_column');
		}
		expect(codes('notes')).toBe('unknown_column');
	});

	it('reports missing and duplicated columns', () => {
		const columns = IMPORT_COLUMNS.filter((c) => c !== 'trust.2' && c !== 'level');
		const text = `${columns.join(',')},trust.1\n`;
		expect(errorsOf(text)).toEqual([
			{ code: 'duplicate_column', line: 1, column: 'trust.1' },
			{ code: 'missing_column', line: 1, column: 'level' },
			{ code: 'missing_column', line: 1, column: 'trust.2' },
			{ code: 'no_rows' }
		]);
	});

	it('still checks the cells of the columns that are present', () => {
		const columns = IMPORT_COLUMNS.filter((c) => c !== 'trust.2');
		const text = `${columns.join(',')}\n${columns.map((c) => (c === 'trust.1' ? '8' : c === 'level' ? 'executive' : c === 'function' ? 'other' : '')).join(',')}\n`;
		expect(errorsOf(text)).toEqual([
			{ code: 'missing_column', line: 1, column: 'trust.2' },
			{ code: 'invalid_answer', line: 2, column: 'trust.1', value: '8' }
		]);
	});

	it('reports a line with too few or too many cells', () => {
		const text = [header, row().slice(0, row().lastIndexOf(',')), `${row()},extra`].join('\n');
		expect(errorsOf(text)).toEqual([
			{
				code: 'wrong_cell_count',
				line: 2,
				count: IMPORT_COLUMNS.length - 1,
				limit: IMPORT_COLUMNS.length
			},
			{
				code: 'wrong_cell_count',
				line: 3,
				count: IMPORT_COLUMNS.length + 1,
				limit: IMPORT_COLUMNS.length
			}
		]);
	});

	it('reports a value in a column without header', () => {
		expect(errorsOf(`${header},\n${row()},\n${row()},oops\n`)).toEqual([
			{ code: 'unnamed_column', line: 3, column: String(IMPORT_COLUMNS.length + 1), value: 'oops' }
		]);
	});

	it('shortens long values quoted in messages', () => {
		const [error] = errorsOf([header, row({ 'trust.1': 'y'.repeat(500) })].join('\n'));
		expect(error?.value?.length).toBeLessThanOrEqual(40);
		expect(error?.value?.endsWith('…')).toBe(true);
	});

	it('reports file-level problems', () => {
		expect(errorsOf('')).toEqual([{ code: 'empty_file' }]);
		expect(errorsOf('\n\n')).toEqual([{ code: 'empty_file' }]);
		expect(errorsOf(`${header}\n`)).toEqual([{ code: 'no_rows' }]);
		expect(errorsOf(`${header}\n${row({ comment: '"unclosed' })}\n`)).toEqual([
			{ code: 'unclosed_quote', line: 2 }
		]);
	});

	it('refuses more than IMPORT_MAX_ROWS rows without checking them one by one', () => {
		const many = [header, ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, () => 'x')].join('\n');
		expect(errorsOf(many)).toEqual([
			{ code: 'too_many_rows', count: IMPORT_MAX_ROWS + 1, limit: IMPORT_MAX_ROWS }
		]);
	});
});

describe('validateImportFile', () => {
	const encode = (text: string) => new TextEncoder().encode(text);

	it('decodes UTF-8 with or without a BOM', () => {
		const text = `${header}\n${row({ comment: 'Réunion hebdomadaire' })}\n`;
		for (const bytes of [encode(text), encode('\uFEFF' + text)]) {
			const result = validateImportFile(bytes);
			expect(result.ok && result.rows[0]!.comment).toBe('Réunion hebdomadaire');
		}
	});

	it('refuses a file that is not UTF-8', () => {
		const latin1 = Uint8Array.from([...encode(`${header}\n`), 0x52, 0xe9, 0x0a]);
		expect(validateImportFile(latin1)).toEqual({ ok: false, errors: [{ code: 'not_utf8' }] });
	});

	it('refuses a file above IMPORT_MAX_BYTES', () => {
		const big = new Uint8Array(IMPORT_MAX_BYTES + 1);
		expect(validateImportFile(big)).toEqual({
			ok: false,
			errors: [{ code: 'file_too_large', count: IMPORT_MAX_BYTES + 1, limit: IMPORT_MAX_BYTES }]
		});
	});
});

describe('validateImportText properties', () => {
	it('accepts any grid of valid values and gives back the same answers', () => {
		fc.assert(
			fc.property(
				fc.array(validAnswers, { minLength: 1, maxLength: 15 }),
				delimiter,
				fc.boolean(),
				fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
				(rows, sep, bom, lineBreak) => {
					const result = validateImportText(csvOf(rows, { delimiter: sep, bom, lineBreak }));
					expect(result).toEqual({ ok: true, rows, delimiter: sep });
				}
			),
			{ numRuns: 200 }
		);
	});

	it('finds exactly one error, at its line and column, for any single corrupted cell', () => {
		const corruption = fc
			.record({
				rows: fc.array(validAnswers, { minLength: 1, maxLength: 10 }),
				column: fc.constantFrom(...IMPORT_COLUMNS),
				sep: delimiter
			})
			.chain(({ rows, column, sep }) =>
				fc.record({
					rows: fc.constant(rows),
					column: fc.constant(column),
					sep: fc.constant(sep),
					index: fc.integer({ min: 0, max: rows.length - 1 }),
					bad: invalidValueFor(column)
				})
			);
		fc.assert(
			fc.property(corruption, ({ rows, column, sep, index, bad }) => {
				const text = csvOf(rows, { delimiter: sep });
				const parsed = parseCsv(text, sep);
				if (!parsed.ok) throw new Error('the generated file must parse');
				const records = parsed.records.map((record) => [...record.cells]);
				records[index + 1]![IMPORT_COLUMNS.indexOf(column)] = bad.value;
				const corrupted = formatCsv(records, sep);
				const errors = errorsOf(corrupted);
				expect(errors).toHaveLength(1);
				expect(errors[0]).toMatchObject({ code: bad.code, line: index + 2, column });
			}),
			{ numRuns: 300 }
		);
	});
});
