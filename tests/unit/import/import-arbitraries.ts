import fc from 'fast-check';
import { formatCsv, type CsvDelimiter } from '../../../src/lib/domain/csv';
import {
	COMMENT_MAX_LENGTH,
	JOB_FUNCTIONS,
	LEVELS,
	SCALES,
	allItemIds,
	allowedValues,
	itemById,
	type ResponseAnswers
} from '../../../src/lib/domain/instrument';
import { IMPORT_COLUMNS, answersToCells } from '../../../src/lib/domain/response-import';

/** Characters that stress the CSV format: both delimiters, quotes, line breaks, accents, spaces. */
const commentUnit = fc.constantFrom('a', 'Z', 'é', '’', ' ', ',', ';', '"', '\n', '\r\n', '=', '«');

/** Any valid response, its comment already as the import stores it (trimmed, null when empty). */
export const validAnswers: fc.Arbitrary<ResponseAnswers> = fc
	.record({
		level: fc.constantFrom(...LEVELS),
		function: fc.constantFrom(...JOB_FUNCTIONS),
		comment: fc.option(fc.string({ unit: commentUnit, maxLength: 60 }), { nil: null }),
		items: fc.tuple(
			...allItemIds.map((id) =>
				fc.constantFrom<number | null>(null, ...allowedValues(SCALES[itemById(id)!.scale]))
			)
		)
	})
	.map(({ level, function: fn, comment, items }) => {
		const answers: Record<string, unknown> = {
			level,
			function: fn,
			comment: comment?.trim().slice(0, COMMENT_MAX_LENGTH) || null
		};
		allItemIds.forEach((id, index) => (answers[id] = items[index]));
		return answers as ResponseAnswers;
	});

export const delimiter = fc.constantFrom<CsvDelimiter>(',', ';');

/** A file as the template describes it: header, then one row per response. */
export function csvOf(
	rows: readonly ResponseAnswers[],
	options: { delimiter?: CsvDelimiter; bom?: boolean; lineBreak?: '\r\n' | '\n' } = {}
): string {
	const records = [IMPORT_COLUMNS, ...rows.map(answersToCells)];
	const lines = records.map((cells) => formatCsv([cells], options.delimiter ?? ',').slice(0, -2));
	const lineBreak = options.lineBreak ?? '\r\n';
	return (options.bom ? '\uFEFF' : '') + lines.join(lineBreak) + lineBreak;
}

/** A cell value that the column must refuse, with the error code it gets. */
export function invalidValueFor(column: string): fc.Arbitrary<{ value: string; code: string }> {
	if (column === 'level' || column === 'function') {
		return fc.oneof(
			fc.constant({ value: '', code: 'required' }),
			fc
				.constantFrom('boss', 'exec', '1', 'ventes', 'sales manager', 'frontline staff')
				.filter((value) => !(LEVELS as readonly string[]).includes(value))
				.map((value) => ({ value, code: `invalid_${column}` }))
		);
	}
	if (column === 'comment') {
		return fc
			.integer({ min: COMMENT_MAX_LENGTH + 1, max: COMMENT_MAX_LENGTH + 50 })
			.map((length) => ({ value: 'x'.repeat(length), code: 'comment_too_long' }));
	}
	const scale = SCALES[itemById(column)!.scale];
	return fc
		.oneof(
			// The first value past the scale is the likeliest mistake (6 on a 1–5 item).
			fc.constant(String(scale.max + 1)),
			fc.integer({ min: scale.max + 1, max: 999 }).map(String),
			fc.constantFrom('-1', '1.5', '4,0', 'x', 'yes', 'N/A', '٣', '1e1', '+3', '7 7')
		)
		.map((value) => ({ value, code: 'invalid_answer' }));
}
