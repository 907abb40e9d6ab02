import { deepFreeze, t } from './base';
import { CORE_ITEMS, DIMENSIONS } from './dimensions';
import {
	COMMENT_QUESTION,
	FUNCTION_QUESTION,
	LEVEL_QUESTION,
	META_ITEMS,
	OVERALL_ITEM,
	STRUCTURE_ITEMS
} from './questions';
import { SCALES, allowedValues } from './scales';
import type { ItemId, Question, QuestionId, RatedItem, Screen } from './types';

const agreementIntro = t(
	'Thinking of your company today, how much do you agree with each statement?',
	'En pensant à votre entreprise aujourd’hui, dans quelle mesure êtes-vous d’accord avec chaque affirmation\u00a0?'
);

/**
 * The respondent flow, as data: profile, one screen per dimension, the overall view, how the
 * teams are organised, then the comment. Every question appears exactly once. Frozen.
 */
export const SCREENS: readonly Screen[] = deepFreeze([
	{
		id: 'profile',
		kind: 'profile',
		title: t('About you', 'Votre profil'),
		intro: t(
			'Two questions, used only to compare groups. No result is shown for a group that is too small.',
			'Deux questions, qui servent uniquement à comparer des groupes. Aucun résultat n’est affiché pour un groupe trop petit.'
		),
		itemIds: [LEVEL_QUESTION.id, FUNCTION_QUESTION.id]
	},
	...DIMENSIONS.map((d): Screen => ({
		id: d.id,
		kind: 'dimension',
		title: d.label,
		intro: agreementIntro,
		itemIds: d.items.map((item) => item.id)
	})),
	{
		id: 'overall',
		kind: 'overall',
		title: t('Overall view', 'Vue d’ensemble'),
		intro: t(
			'Your overall view, then your best guess of how others see it.',
			'Votre avis d’ensemble, puis votre estimation de l’avis des autres.'
		),
		itemIds: [OVERALL_ITEM.id, ...META_ITEMS.map((item) => item.id)]
	},
	{
		id: 'structure',
		kind: 'structure',
		title: t('How the teams are organised', 'L’organisation des équipes'),
		intro: t(
			'How sales and marketing share roles and decisions in your company today.',
			'La façon dont les ventes et le marketing se répartissent aujourd’hui les rôles et les décisions dans votre entreprise.'
		),
		itemIds: STRUCTURE_ITEMS.map((item) => item.id)
	},
	{
		id: 'comment',
		kind: 'comment',
		title: t('Your suggestion', 'Votre suggestion'),
		intro: t(
			'One last, optional question in your own words.',
			'Une dernière question, facultative, à laquelle vous répondez librement.'
		),
		itemIds: [COMMENT_QUESTION.id]
	}
]);

const ratedItems: readonly RatedItem[] = [
	...CORE_ITEMS,
	OVERALL_ITEM,
	...META_ITEMS,
	...STRUCTURE_ITEMS
];
const ratedById: ReadonlyMap<string, RatedItem> = new Map(
	ratedItems.map((item) => [item.id, item])
);
const questionsById: ReadonlyMap<string, Question> = new Map<string, Question>([
	...ratedById,
	[LEVEL_QUESTION.id, LEVEL_QUESTION],
	[FUNCTION_QUESTION.id, FUNCTION_QUESTION],
	[COMMENT_QUESTION.id, COMMENT_QUESTION]
]);

/**
 * Every item answered on a numeric scale, in screen order: 28 core items, `overall.alignment`,
 * the two meta items and the six structure items. Use it for CSV templates and answer columns;
 * the profile fields (`PROFILE_FIELD_IDS`) and the comment are separate. Frozen.
 */
export const allItemIds: readonly ItemId[] = deepFreeze(
	SCREENS.flatMap((screen) => screen.itemIds).filter((id): id is ItemId => ratedById.has(id))
);

/** Every question id in screen order: profile fields, rated items, comment. Frozen. */
export const allQuestionIds: readonly QuestionId[] = deepFreeze(
	SCREENS.flatMap((screen) => screen.itemIds)
);

export function isItemId(id: string): id is ItemId {
	return ratedById.has(id);
}

/** The rated item with this id (core, overall, meta or structure), or undefined. */
export function itemById(id: string): RatedItem | undefined {
	return ratedById.get(id);
}

/** Any question a screen can show (rated item, profile question or comment), or undefined. */
export function questionById(id: string): Question | undefined {
	return questionsById.get(id);
}

const allowedByItem: ReadonlyMap<string, ReadonlySet<number>> = new Map(
	ratedItems.map((item) => [item.id, new Set(allowedValues(SCALES[item.scale]))])
);

/**
 * Whether `value` is a storable answer to the rated item `itemId`: an integer point of its scale
 * (1..7 for agreement and influence, 1..5 for alignment) or `DONT_KNOW` (0). `null` (unanswered)
 * is not an answer and gives false, as does any unknown item id.
 */
export function isValidAnswer(itemId: string, value: unknown): boolean {
	const allowed = allowedByItem.get(itemId);
	return allowed !== undefined && typeof value === 'number' && allowed.has(value);
}
