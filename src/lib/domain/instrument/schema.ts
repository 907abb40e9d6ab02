import { z } from 'zod';
import { COMMENT_MAX_LENGTH } from './questions';
import { allItemIds, isValidAnswer } from './screens';
import { JOB_FUNCTIONS, LEVELS, type ItemId } from './types';

/**
 * Codes carried as the `message` of every issue raised by `responseAnswersSchema`. They are
 * stable: the UI translates them, nothing should show them raw.
 */
export const ANSWER_ERROR_CODES = [
	/** The body is not an object. */
	'invalid_response',
	/** A key is neither an item id, a profile field nor `comment` (issue path is empty). */
	'unknown_item',
	/** A rated item holds something else than an allowed integer or null. */
	'invalid_answer',
	/** A profile field is missing. */
	'required',
	/** A profile field holds a value that is not one of its options. */
	'invalid_option',
	/** The comment is not a string. */
	'invalid_comment',
	/** The comment is longer than `COMMENT_MAX_LENGTH` once trimmed. */
	'too_long'
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

function answerField(itemId: ItemId) {
	return z
		.number({ error: 'invalid_answer' })
		.refine((value) => isValidAnswer(itemId, value), { error: 'invalid_answer' })
		.nullable()
		.default(null);
}
type AnswerField = ReturnType<typeof answerField>;

const itemShape = Object.fromEntries(allItemIds.map((id) => [id, answerField(id)])) as Record<
	ItemId,
	AnswerField
>;

function choiceField<const Values extends readonly [string, ...string[]]>(values: Values) {
	return z.enum(values, {
		error: (issue) => (issue.input === undefined ? 'required' : 'invalid_option')
	});
}

/**
 * One respondent's answers, as a flat object keyed by question id (the names the survey form
 * posts): `level` and `function` are required; each rated item is an allowed integer, `null` or
 * absent (absent becomes `null`); `comment` (no NUL) is trimmed, capped at `COMMENT_MAX_LENGTH`, and
 * becomes `null` when empty or absent. Any other key is rejected. Messages are `AnswerErrorCode`s.
 */
export const responseAnswersSchema = z.strictObject(
	{
		level: choiceField(LEVELS),
		function: choiceField(JOB_FUNCTIONS),
		...itemShape,
		comment: z
			.string({ error: 'invalid_comment' })
			// No keyboard types a NUL, and PostgreSQL cannot store it in text: refuse it.
			.refine((value) => !value.includes('\u0000'), { error: 'invalid_comment' })
			.trim()
			.max(COMMENT_MAX_LENGTH, { error: 'too_long' })
			.nullable()
			.optional()
			.transform((value): string | null => (value ? value : null))
	},
	{ error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown_item' : 'invalid_response') }
);

/** What the schema accepts (rated items and comment may be absent). */
export type ResponseAnswersInput = z.input<typeof responseAnswersSchema>;
/** What it returns: every rated item present (number or null), comment string or null. */
export type ResponseAnswers = z.output<typeof responseAnswersSchema>;
