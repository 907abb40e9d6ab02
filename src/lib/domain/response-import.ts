/*
 * Validation of a CSV file of responses gathered elsewhere (paper in a workshop, another tool).
 * Pure: bytes or text in, either every answer ready to store or every problem found, each with
 * the line and column it concerns and a stable code that the UI translates.
 */
import { decodeUtf8, formatCsv, parseCsv, type CsvDelimiter, type CsvRecord } from './csv';
import {
	COMMENT_ID,
	COMMENT_MAX_LENGTH,
	DONT_KNOW,
	JOB_FUNCTIONS,
	LEVELS,
	SCALES,
	allItemIds,
	isValidAnswer,
	itemById,
	responseAnswersSchema,
	type ItemId,
	type JobFunction,
	type Level,
	type ResponseAnswers
} from './instrument';
import type { Locale } from '../i18n/locales';

/** Most data rows per file: a large workshop series, yet one transaction of bounded size. */
export const IMPORT_MAX_ROWS = 5000;
/** Largest file accepted (the server's BODY_SIZE_LIMIT may be lower: see the import page). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The template's columns, in order: profile, every rated item in `allItemIds` order, comment. */
export const IMPORT_COLUMNS: readonly string[] = Object.freeze([
	'level',
	'function',
	...allItemIds,
	COMMENT_ID
]);
/** Every column but the comment must be present (a file without comments is fine). */
export const REQUIRED_COLUMNS: readonly string[] = Object.freeze(
	IMPORT_COLUMNS.filter((column) => column !== COMMENT_ID)
);

export const IMPORT_ERROR_CODES = [
	// The upload (checked by the page's action).
	'no_file',
	'invalid_upload',
	'file_too_large',
	// The file as a whole.
	'not_utf8',
	'empty_file',
	'no_rows',
	'too_many_rows',
	'unclosed_quote',
	'text_after_quote',
	// The header (line 1).
	'missing_column',
	'duplicate_column',
	'unknown_column',
	'identifying_column',
	'unnamed_column',
	// A data row.
	'wrong_cell_count',
	'example_row',
	// A cell.
	'required',
	'invalid_level',
	'invalid_function',
	'invalid_answer',
	'comment_too_long',
	'invalid_response'
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
	code: ImportErrorCode;
	/** Line of the file (spreadsheet row, the header being 1), when the problem has one. */
	line?: number;
	/** The column's header (an item id, `level`…), or its 1-based position when it has no name. */
	column?: string;
	/** The offending value, shortened, so the message can quote it. */
	value?: string;
	/** A number the message needs: cells found, rows found, characters… */
	count?: number;
	/** The number the message compares `count` with: cells expected, the row or size limit. */
	limit?: number;
}

export type ImportValidation =
	| { ok: true; rows: ResponseAnswers[]; delimiter: CsvDelimiter }
	| { ok: false; errors: ImportError[] };

const QUOTED_VALUE_MAX = 40;

function quoted(value: string): string {
	return value.length > QUOTED_VALUE_MAX ? `${value.slice(0, QUOTED_VALUE_MAX - 1)}…` : value;
}

/*
 * Header words that suggest a column identifies people. Any column outside the template is
 * refused anyway; these get a message that says plainly why (responses are anonymous).
 */
const IDENTIFYING_WORDS =
	/(^|[^a-z])(name|names|nom|prenom|prénom|first|last|surname|e-?mail|mail|courriel|phone|tel|tél|téléphone|telephone|mobile|ip|address|adresse|employee|employé|salarié|matricule|respondent|répondant|id|user|login)([^a-z]|$)/i;

function normaliseHeader(cell: string): string {
	return cell.trim().toLowerCase();
}

interface HeaderCheck {
	errors: ImportError[];
	/** Position of each known column in the records. */
	positions: Map<string, number>;
	/** Positions of unnamed columns that must be empty in every row to be ignored. */
	unnamed: number[];
}

function checkHeader(header: readonly string[]): HeaderCheck {
	const errors: ImportError[] = [];
	const positions = new Map<string, number>();
	const unnamed: number[] = [];
	header.forEach((cell, index) => {
		const name = normaliseHeader(cell);
		if (name === '') {
			unnamed.push(index);
		} else if (positions.has(name)) {
			errors.push({ code: 'duplicate_column', line: 1, column: name });
		} else if (IMPORT_COLUMNS.includes(name)) {
			positions.set(name, index);
		} else {
			const code = IDENTIFYING_WORDS.test(name) ? 'identifying_column' : 'unknown_column';
			errors.push({ code, line: 1, column: quoted(cell.trim()) });
		}
	});
	for (const column of REQUIRED_COLUMNS) {
		if (!positions.has(column)) errors.push({ code: 'missing_column', line: 1, column });
	}
	return { errors, positions, unnamed };
}

function isBlank(record: CsvRecord): boolean {
	return record.cells.every((cell) => cell.trim() === '');
}

const ANSWER_PATTERN = /^[0-9]{1,3}$/;

/** The stored value of an answer cell, or undefined when the cell is not an allowed answer. */
function readAnswer(itemId: ItemId, cell: string): number | null | undefined {
	const text = cell.trim();
	if (text === '') return null;
	if (!ANSWER_PATTERN.test(text)) return undefined;
	const value = Number(text);
	return isValidAnswer(itemId, value) ? value : undefined;
}

function readChoice<const Values extends readonly string[]>(
	values: Values,
	cell: string
): Values[number] | '' | undefined {
	const text = cell.trim().toLowerCase();
	if (text === '') return '';
	return values.includes(text) ? (text as Values[number]) : undefined;
}

/** Checks one data row; pushes its errors and returns its answers when it has none. */
function readRow(
	record: CsvRecord,
	positions: Map<string, number>,
	errors: ImportError[]
): ResponseAnswers | undefined {
	const before = errors.length;
	const at = (column: string): string | undefined => {
		const position = positions.get(column);
		return position === undefined ? undefined : (record.cells[position] ?? '');
	};
	const raw: Record<string, unknown> = {};
	const line = record.line;

	const level = at('level');
	if (level !== undefined) {
		const value = readChoice(LEVELS, level);
		if (value === '') errors.push({ code: 'required', line, column: 'level' });
		else if (value === undefined) {
			errors.push({ code: 'invalid_level', line, column: 'level', value: quoted(level.trim()) });
		} else raw.level = value satisfies Level;
	}
	const fn = at('function');
	if (fn !== undefined) {
		const value = readChoice(JOB_FUNCTIONS, fn);
		if (value === '') errors.push({ code: 'required', line, column: 'function' });
		else if (value === undefined) {
			errors.push({ code: 'invalid_function', line, column: 'function', value: quoted(fn.trim()) });
		} else raw.function = value satisfies JobFunction;
	}
	for (const itemId of allItemIds) {
		const cell = at(itemId);
		if (cell === undefined) continue;
		const value = readAnswer(itemId, cell);
		if (value === undefined) {
			errors.push({ code: 'invalid_answer', line, column: itemId, value: quoted(cell.trim()) });
		} else raw[itemId] = value;
	}
	// NUL never belongs in a comment (a damaged export) and PostgreSQL cannot store it in text.
	const comment = (at(COMMENT_ID) ?? '').replaceAll('\u0000', '').trim();
	if (comment.length > COMMENT_MAX_LENGTH) {
		errors.push({
			code: 'comment_too_long',
			line,
			column: COMMENT_ID,
			count: comment.length,
			limit: COMMENT_MAX_LENGTH
		});
	} else raw.comment = comment;

	if (errors.length > before) return undefined;
	// The same schema as online answers: an imported row can hold nothing a respondent could not.
	const parsed = responseAnswersSchema.safeParse(raw);
	if (!parsed.success) {
		errors.push({ code: 'invalid_response', line });
		return undefined;
	}
	return parsed.data;
}

/** The cells of one response, in `IMPORT_COLUMNS` order (empty for unanswered or no comment). */
export function answersToCells(answers: ResponseAnswers): string[] {
	return [
		answers.level,
		answers.function,
		...allItemIds.map((id) => (answers[id] === null ? '' : String(answers[id]))),
		answers.comment ?? ''
	];
}

/*
 * The template's example rows. They show every kind of cell (a full row; a row with "don't
 * know", unanswered items and a comment that needs quotes). A file that still contains one of
 * them unchanged is refused: otherwise forgetting to delete them would import made-up answers.
 */
const exampleComments: Record<Locale, string> = {
	en: 'Example row, delete it: a weekly joint meeting, "for real"',
	fr: 'Ligne d’exemple, à supprimer : un point commun chaque semaine, « pour de vrai »'
};

export function exampleRows(locale: Locale): ResponseAnswers[] {
	const full: Record<string, unknown> = { level: 'executive', function: 'sales', comment: null };
	const partial: Record<string, unknown> = {
		level: 'frontline',
		function: 'marketing',
		comment: exampleComments[locale]
	};
	allItemIds.forEach((id, index) => {
		const scale = SCALES[itemById(id)!.scale];
		full[id] = scale.max - 1;
		// Mostly the low end, with a "don't know" and an unanswered item here and there.
		partial[id] = index % 9 === 4 ? DONT_KNOW : index % 7 === 3 ? null : scale.min + 1;
	});
	return [full, partial].map((row) => responseAnswersSchema.parse(row));
}

const exampleKeys: ReadonlySet<string> = new Set(
	(['en', 'fr'] as const).flatMap((locale) =>
		exampleRows(locale).map((row) => JSON.stringify(answersToCells(row)))
	)
);

/** The downloadable template: the header and the two example rows, in the user's language. */
export function templateCsv(locale: Locale, delimiter: CsvDelimiter): string {
	return formatCsv([IMPORT_COLUMNS, ...exampleRows(locale).map(answersToCells)], delimiter, {
		bom: true
	});
}

/** Validates CSV text (already decoded). Every problem is reported; rows only when there is none. */
export function validateImportText(text: string): ImportValidation {
	const parsed = parseCsv(text);
	if (!parsed.ok) return { ok: false, errors: [{ code: parsed.code, line: parsed.line }] };
	const [header, ...records] = parsed.records;
	if (!header || (isBlank(header) && records.every(isBlank))) {
		return { ok: false, errors: [{ code: 'empty_file' }] };
	}
	const data = records.filter((record) => !isBlank(record));
	if (data.length > IMPORT_MAX_ROWS) {
		// Stop before checking cells: the file is refused whatever they hold.
		return {
			ok: false,
			errors: [{ code: 'too_many_rows', count: data.length, limit: IMPORT_MAX_ROWS }]
		};
	}
	const { errors, positions, unnamed } = checkHeader(header.cells);
	if (data.length === 0) errors.push({ code: 'no_rows' });

	const rows: ResponseAnswers[] = [];
	for (const record of data) {
		if (record.cells.length !== header.cells.length) {
			errors.push({
				code: 'wrong_cell_count',
				line: record.line,
				count: record.cells.length,
				limit: header.cells.length
			});
			continue;
		}
		for (const position of unnamed) {
			const cell = record.cells[position]?.trim() ?? '';
			if (cell !== '') {
				errors.push({
					code: 'unnamed_column',
					line: record.line,
					column: String(position + 1),
					value: quoted(cell)
				});
			}
		}
		const answers = readRow(record, positions, errors);
		if (!answers) continue;
		if (exampleKeys.has(JSON.stringify(answersToCells(answers)))) {
			errors.push({ code: 'example_row', line: record.line });
		} else rows.push(answers);
	}
	return errors.length > 0
		? { ok: false, errors }
		: { ok: true, rows, delimiter: parsed.delimiter };
}

/** Validates an uploaded file: size, UTF-8 (a BOM is allowed), then `validateImportText`. */
export function validateImportFile(bytes: Uint8Array): ImportValidation {
	if (bytes.byteLength > IMPORT_MAX_BYTES) {
		return {
			ok: false,
			errors: [{ code: 'file_too_large', count: bytes.byteLength, limit: IMPORT_MAX_BYTES }]
		};
	}
	const text = decodeUtf8(bytes);
	if (text === null) return { ok: false, errors: [{ code: 'not_utf8' }] };
	return validateImportText(text);
}
