/*
 * A small CSV reader and writer (RFC 4180 plus what spreadsheets really produce).
 *
 * Written here rather than using `csv-parse`: the import needs stable error codes with the row
 * they concern (translated in the UI, never the library's English text), the row number as a
 * spreadsheet shows it even when a quoted cell spans several lines, and a delimiter chosen once
 * from the header instead of accepting `,` and `;` anywhere (a French comment such as "oui; non"
 * left unquoted must be a wrong cell count, not two cells). It is pure and synchronous, so the
 * unit and property tests exercise exactly what the server runs.
 */

export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const BOM = '\uFEFF';

export interface CsvRecord {
	/**
	 * The record's row number as a spreadsheet shows it, the first record being 1. It differs
	 * from the text line number only after a quoted cell that contains line breaks.
	 */
	readonly line: number;
	readonly cells: readonly string[];
}

export type CsvErrorCode =
	/** A quoted cell is never closed: the rest of the file would be swallowed into it. */
	| 'unclosed_quote'
	/** Characters follow a closing quote before the next delimiter or line break. */
	| 'text_after_quote';

export type CsvParseResult =
	| { ok: true; delimiter: CsvDelimiter; records: CsvRecord[] }
	| { ok: false; code: CsvErrorCode; line: number };

/** The text of a UTF-8 file, or null when the bytes are not valid UTF-8 (e.g. a Windows-1252 export). */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

export function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/**
 * `;` when the first record holds more semicolons than commas outside quotes, else `,`.
 * Spreadsheets set to French (and other locales with a decimal comma) write `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (char === ',') commas += 1;
		else if (char === ';') semicolons += 1;
		else if (char === '\n' || char === '\r') break;
	}
	return semicolons > commas ? ';' : ',';
}

/**
 * Splits CSV text into records of cells. Accepts a leading BOM, CRLF, LF or lone CR line
 * breaks, quoted cells with `""` for a quote and with line breaks inside. A final line break
 * does not start a record. Cells are returned exactly as written (not trimmed); a quote inside
 * an unquoted cell is kept as an ordinary character, as spreadsheets read it.
 */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvParseResult {
	const text = stripBom(input);
	const sep = delimiter ?? detectDelimiter(text);
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let line = 1;
	let quoted = false;
	let closedQuote = false;
	let quoteLine = 1;
	let i = 0;
	const endRecord = (): void => {
		cells.push(cell);
		records.push({ line, cells });
		cells = [];
		cell = '';
		closedQuote = false;
		line += 1;
	};
	while (i < text.length) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
			} else if (char === '"') {
				quoted = false;
				closedQuote = true;
				i += 1;
			} else {
				cell += char;
				i += 1;
			}
			continue;
		}
		if (char === sep) {
			cells.push(cell);
			cell = '';
			closedQuote = false;
			i += 1;
		} else if (char === '\r' || char === '\n') {
			endRecord();
			i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
		} else if (closedQuote) {
			return { ok: false, code: 'text_after_quote', line };
		} else if (char === '"' && cell === '') {
			quoted = true;
			quoteLine = line;
			i += 1;
		} else {
			cell += char;
			i += 1;
		}
	}
	if (quoted) return { ok: false, code: 'unclosed_quote', line: quoteLine };
	if (cell !== '' || cells.length > 0 || closedQuote) endRecord();
	return { ok: true, delimiter: sep, records };
}

/** A cell as CSV: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
export function formatCsvCell(value: string, delimiter: CsvDelimiter): string {
	const needsQuotes =
		value.includes(delimiter) ||
		value.includes('"') ||
		value.includes('\n') ||
		value.includes('\r') ||
		value !== value.trim();
	return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Records as CSV text with CRLF line breaks (RFC 4180, and what Excel writes), ending with a
 * line break; with `bom`, a leading UTF-8 BOM so that Excel reads accents correctly.
 */
export function formatCsv(
	records: readonly (readonly string[])[],
	delimiter: CsvDelimiter,
	options: { bom?: boolean } = {}
): string {
	const body = records
		.map((cells) => cells.map((value) => formatCsvCell(value, delimiter)).join(delimiter) + '\r\n')
		.join('');
	return (options.bom ? BOM : '') + body;
}
