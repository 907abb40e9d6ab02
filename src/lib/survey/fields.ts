import { z } from 'zod';
import {
	COMMENT_MAX_LENGTH,
	JOB_FUNCTIONS,
	LEVELS,
	allItemIds,
	allQuestionIds,
	isValidAnswer,
	responseAnswersSchema,
	type AnswerErrorCode,
	type ItemId,
	type QuestionId,
	type ResponseAnswers
} from '$lib/domain/instrument';
import type { Preset } from './steps';

/**
 * Answers as the survey form carries them between screens (hidden fields) and as the browser
 * keeps them (draft): question id → the string the form posts. Only answered questions appear;
 * ratings are the scale point ("0" is "don't know"), the comment is the text as typed.
 */
export type AnswerFields = Partial<Record<QuestionId, string>>;

/** One error code per question, translated where it is shown. */
export type FieldErrors = Partial<Record<QuestionId, AnswerErrorCode>>;

const questionIds: ReadonlySet<string> = new Set(allQuestionIds);

export function isQuestionId(name: string): name is QuestionId {
	return questionIds.has(name);
}

/**
 * Picks the answers out of posted name/value pairs: known question ids only (the idempotency key
 * and the buttons are not answers), the first value of each, empty values dropped (unanswered).
 */
export function readAnswerFields(entries: Iterable<readonly [string, unknown]>): AnswerFields {
	const fields: AnswerFields = {};
	for (const [name, value] of entries) {
		if (!isQuestionId(name) || name in fields || typeof value !== 'string' || value === '') {
			continue;
		}
		fields[name] = value;
	}
	return fields;
}

function ratingSchema(id: ItemId) {
	return z
		.string()
		.regex(/^\d{1,2}$/, { error: 'invalid_answer' })
		.transform(Number)
		.refine((value) => isValidAnswer(id, value), { error: 'invalid_answer' });
}

// One schema per question, with the rules and codes of `responseAnswersSchema` (tests prove
// they agree), so each screen can be checked on its own while the survey is in progress.
const fieldSchemas: ReadonlyMap<QuestionId, z.ZodType> = new Map<QuestionId, z.ZodType>([
	['level', z.enum(LEVELS, { error: 'invalid_option' })],
	['function', z.enum(JOB_FUNCTIONS, { error: 'invalid_option' })],
	...allItemIds.map((id): [QuestionId, z.ZodType] => [id, ratingSchema(id)]),
	[
		'comment',
		z.string().refine((text) => text.trim().length <= COMMENT_MAX_LENGTH, { error: 'too_long' })
	]
]);

/**
 * Checks each answer on its own. A value the form never offered (a tampered radio or option) is
 * dropped with its error; a comment that is too long is kept, so the respondent can shorten it
 * rather than type it again.
 */
export function checkFields(fields: AnswerFields): { fields: AnswerFields; errors: FieldErrors } {
	const kept: AnswerFields = {};
	const errors: FieldErrors = {};
	for (const id of allQuestionIds) {
		const value = fields[id];
		if (value === undefined) continue;
		const result = fieldSchemas.get(id)?.safeParse(value);
		if (result && !result.success) {
			errors[id] = result.error.issues[0]?.message as AnswerErrorCode;
			if (id !== 'comment') continue;
		}
		kept[id] = value;
	}
	return { fields: kept, errors };
}

/** The profile questions this respondent still has to answer (level and function are required). */
export function missingProfile(fields: AnswerFields, preset: Preset): FieldErrors {
	const errors: FieldErrors = {};
	if (!preset.level && !fields.level) errors.level = 'required';
	if (!preset.function && !fields.function) errors.function = 'required';
	return errors;
}

/**
 * The response as the instrument's schema reads it: the link's preset audience wins over
 * anything posted, ratings become numbers, the comment stays as typed.
 */
export function answersInput(fields: AnswerFields, preset: Preset): Record<string, unknown> {
	const input: Record<string, unknown> = {
		level: preset.level ?? fields.level,
		function: preset.function ?? fields.function,
		comment: fields.comment ?? null
	};
	for (const id of allItemIds) {
		const value = fields[id];
		if (value !== undefined) input[id] = /^\d{1,2}$/.test(value) ? Number(value) : value;
	}
	return input;
}

/**
 * The response to store, validated by the instrument's own schema: unanswered items become
 * null, the comment is trimmed (null when empty).
 */
export function toResponseAnswers(
	fields: AnswerFields,
	preset: Preset
): { ok: true; answers: ResponseAnswers } | { ok: false; errors: FieldErrors } {
	const result = responseAnswersSchema.safeParse(answersInput(fields, preset));
	if (result.success) return { ok: true, answers: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const id = issue.path[0];
		if (typeof id === 'string' && isQuestionId(id)) errors[id] ??= issue.message as AnswerErrorCode;
	}
	return { ok: false, errors };
}
