/**
 * The Accord survey instrument, version 1: every question, its wording in English and French,
 * its scale and its place in the respondent flow, as frozen data plus a few pure helpers.
 *
 * Stored answers: integers on the item's scale, `DONT_KNOW` (0) for "don't know", `null` for
 * unanswered. Ids are stable across versions and waves: never rename or reuse one.
 */
export const INSTRUMENT_VERSION = 'v1';
export type InstrumentVersion = typeof INSTRUMENT_VERSION;

export * from './types';
export {
	AGREEMENT_SCALE,
	ALIGNMENT_SCALE,
	DONT_KNOW,
	INFLUENCE_SCALE,
	SCALES,
	allowedValues,
	scaleIds,
	type Scale,
	type ScaleId,
	type ScaleOption
} from './scales';
export { CORE_ITEMS, DIMENSIONS, dimensionById } from './dimensions';
export {
	COMMENT_MAX_LENGTH,
	COMMENT_QUESTION,
	FUNCTION_QUESTION,
	LEVEL_QUESTION,
	META_ITEMS,
	OVERALL_ITEM,
	PROFILE_QUESTIONS,
	STRUCTURE_ITEMS
} from './questions';
export {
	SCREENS,
	allItemIds,
	allQuestionIds,
	isItemId,
	isValidAnswer,
	itemById,
	questionById
} from './screens';
export {
	ANSWER_ERROR_CODES,
	responseAnswersSchema,
	type AnswerErrorCode,
	type ResponseAnswers,
	type ResponseAnswersInput
} from './schema';
