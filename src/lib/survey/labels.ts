import {
	COMMENT_QUESTION,
	FUNCTION_QUESTION,
	LEVEL_QUESTION,
	SCALES,
	itemById,
	type QuestionId
} from '$lib/domain/instrument';
import type { Locale } from '$lib/i18n/locales';

/** The question's wording in `locale`. */
export function questionText(id: QuestionId, locale: Locale): string {
	if (id === 'level') return LEVEL_QUESTION.text[locale];
	if (id === 'function') return FUNCTION_QUESTION.text[locale];
	if (id === 'comment') return COMMENT_QUESTION.text[locale];
	return itemById(id)?.text[locale] ?? id;
}

/** How an answer reads back on the review screen, or undefined when there is none. */
export function answerLabel(
	id: QuestionId,
	value: string | null | undefined,
	locale: Locale
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (id === 'comment') return value;
	if (id === 'level' || id === 'function') {
		const question = id === 'level' ? LEVEL_QUESTION : FUNCTION_QUESTION;
		return question.options.find((option) => option.id === value)?.label[locale];
	}
	const item = itemById(id);
	if (!item) return undefined;
	const scale = SCALES[item.scale];
	if (value === '0') return scale.dontKnow[locale];
	return scale.options.find((option) => String(option.value) === value)?.label[locale];
}
