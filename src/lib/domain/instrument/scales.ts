import type { LocalizedText } from '../../i18n/locales';
import { deepFreeze, t } from './base';

/**
 * Storage convention shared by the whole app: an answer is an integer on the item's scale
 * (1..7 or 1..5), `DONT_KNOW` (0) when the respondent chose "don't know", and `null` while the
 * item is unanswered. "Don't know" is never a point of the scale: it is left out of every mean.
 */
export const DONT_KNOW = 0;

export const scaleIds = ['agreement', 'alignment', 'influence'] as const;
export type ScaleId = (typeof scaleIds)[number];

export interface ScaleOption {
	readonly value: number;
	readonly label: LocalizedText;
}

export interface Scale {
	readonly id: ScaleId;
	/** Lowest and highest points of the scale (both included). */
	readonly min: number;
	readonly max: number;
	/** One option per point, from `min` to `max`, every point labelled. */
	readonly options: readonly ScaleOption[];
	/** Label of the "don't know" option, stored as `DONT_KNOW`. */
	readonly dontKnow: LocalizedText;
}

const dontKnow = t('Don’t know', 'Je ne sais pas');

/** 7-point agreement scale used by the 28 core items and by most structure items. */
export const AGREEMENT_SCALE: Scale = deepFreeze({
	id: 'agreement',
	min: 1,
	max: 7,
	options: [
		{ value: 1, label: t('Strongly disagree', 'Pas du tout d’accord') },
		{ value: 2, label: t('Disagree', 'Pas d’accord') },
		{ value: 3, label: t('Somewhat disagree', 'Plutôt pas d’accord') },
		{ value: 4, label: t('Neither agree nor disagree', 'Ni d’accord ni pas d’accord') },
		{ value: 5, label: t('Somewhat agree', 'Plutôt d’accord') },
		{ value: 6, label: t('Agree', 'D’accord') },
		{ value: 7, label: t('Strongly agree', 'Tout à fait d’accord') }
	],
	dontKnow
});

/**
 * 5-level alignment scale of the overall and meta-perception items. Values 4 and 5
 * ("aligned" + "highly aligned") reproduce Forrester's "aligned" share; 5 alone its
 * "highly aligned" share.
 */
export const ALIGNMENT_SCALE: Scale = deepFreeze({
	id: 'alignment',
	min: 1,
	max: 5,
	options: [
		{ value: 1, label: t('Not at all aligned', 'Pas du tout alignés') },
		{ value: 2, label: t('Slightly aligned', 'Peu alignés') },
		{ value: 3, label: t('Somewhat aligned', 'Moyennement alignés') },
		{ value: 4, label: t('Aligned', 'Alignés') },
		{ value: 5, label: t('Highly aligned', 'Très alignés') }
	],
	dontKnow
});

/**
 * Bipolar 7-point scale of `structure.influence`: 1 = sales decides alone, 4 = equal say,
 * 7 = marketing decides alone. It is not an agreement scale: 4 is balance, not neutrality.
 */
export const INFLUENCE_SCALE: Scale = deepFreeze({
	id: 'influence',
	min: 1,
	max: 7,
	options: [
		{ value: 1, label: t('Sales decides alone', 'Les ventes décident seules') },
		{ value: 2, label: t('Sales has much more say', 'Les ventes pèsent beaucoup plus') },
		{ value: 3, label: t('Sales has a little more say', 'Les ventes pèsent un peu plus') },
		{ value: 4, label: t('Equal say', 'Poids égal') },
		{ value: 5, label: t('Marketing has a little more say', 'Le marketing pèse un peu plus') },
		{ value: 6, label: t('Marketing has much more say', 'Le marketing pèse beaucoup plus') },
		{ value: 7, label: t('Marketing decides alone', 'Le marketing décide seul') }
	],
	dontKnow
});

export const SCALES: Readonly<Record<ScaleId, Scale>> = deepFreeze({
	agreement: AGREEMENT_SCALE,
	alignment: ALIGNMENT_SCALE,
	influence: INFLUENCE_SCALE
});

/** Every value a stored answer may take on this scale: its points, plus `DONT_KNOW`. */
export function allowedValues(scale: Scale): readonly number[] {
	return [DONT_KNOW, ...scale.options.map((option) => option.value)];
}
