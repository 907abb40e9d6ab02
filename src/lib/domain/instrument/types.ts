import type { LocalizedText } from '../../i18n/locales';
import type { ScaleId } from './scales';

/*
 * Identifiers of the instrument. Reports, CSV imports, database columns and follow-up waves refer
 * to them: an id, once published, never changes meaning and is never reused. A new wording is a
 * new instrument version, not an edited item.
 */

/** The seven dimensions, in the order they are asked and reported. */
export const DIMENSION_IDS = [
	'trust',
	'communication',
	'credit_sharing',
	'shared_goals',
	'lead_process',
	'leadership',
	'collaboration'
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const ITEMS_PER_DIMENSION = 4;
export type ItemNumber = 1 | 2 | 3 | 4;
export type CoreItemId = `${DimensionId}.${ItemNumber}`;

export const OVERALL_ITEM_ID = 'overall.alignment';
export type OverallItemId = typeof OVERALL_ITEM_ID;

export const META_ITEM_IDS = ['meta.exec_view', 'meta.frontline_view'] as const;
export type MetaItemId = (typeof META_ITEM_IDS)[number];

export const STRUCTURE_ITEM_IDS = [
	'structure.influence',
	'structure.marketing_executes',
	'structure.sales_follows',
	'structure.roles_distinct',
	'structure.roles_unclear',
	'structure.merged_team'
] as const;
export type StructureItemId = (typeof STRUCTURE_ITEM_IDS)[number];

/** Every item answered on a numeric scale (stored as 1..max, 0 = don't know, null = unanswered). */
export type ItemId = CoreItemId | OverallItemId | MetaItemId | StructureItemId;

export const PROFILE_FIELD_IDS = ['level', 'function'] as const;
export type ProfileFieldId = (typeof PROFILE_FIELD_IDS)[number];

export const COMMENT_ID = 'comment';
export type CommentId = typeof COMMENT_ID;

/** Anything a screen can show: a rated item, a profile question or the comment. */
export type QuestionId = ItemId | ProfileFieldId | CommentId;

/** Values of the profile field `level`. */
export const LEVELS = ['executive', 'senior_manager', 'frontline'] as const;
export type Level = (typeof LEVELS)[number];

/** Values of the profile field `function`. */
export const JOB_FUNCTIONS = ['sales', 'marketing', 'other'] as const;
export type JobFunction = (typeof JOB_FUNCTIONS)[number];

/** An item answered on one of the numeric scales. */
export interface RatedItem {
	readonly kind: 'rating';
	readonly id: ItemId;
	readonly scale: ScaleId;
	/** True when agreement means less of what is measured: scored as (max + 1) − x. */
	readonly reverse: boolean;
	readonly text: LocalizedText;
	/** Optional clarification shown under the item. */
	readonly help?: LocalizedText;
}

/** One of the 28 core items: 7-point agreement scale, grouped by dimension. */
export interface CoreItem extends RatedItem {
	readonly id: CoreItemId;
	readonly dimension: DimensionId;
	readonly scale: 'agreement';
}

export interface Dimension {
	readonly id: DimensionId;
	readonly label: LocalizedText;
	/** One sentence saying what the dimension captures. */
	readonly description: LocalizedText;
	/** Exactly four items, ids `<dimension>.1` … `<dimension>.4`, in screen order. */
	readonly items: readonly CoreItem[];
}

export interface ChoiceOption<Id extends string> {
	readonly id: Id;
	readonly label: LocalizedText;
	readonly help: LocalizedText;
}

/** A required single-choice profile question. */
export interface ProfileQuestion<
	Id extends ProfileFieldId = ProfileFieldId,
	Option extends string = string
> {
	readonly kind: 'choice';
	readonly id: Id;
	readonly text: LocalizedText;
	readonly required: true;
	readonly options: readonly ChoiceOption<Option>[];
}

/** The optional free-text comment, stored apart from the answers. */
export interface CommentQuestion {
	readonly kind: 'text';
	readonly id: CommentId;
	readonly text: LocalizedText;
	readonly help: LocalizedText;
	readonly required: false;
	readonly maxLength: number;
}

export type Question = RatedItem | ProfileQuestion | CommentQuestion;

export type ScreenId = 'profile' | DimensionId | 'overall' | 'structure' | 'comment';

export interface Screen {
	readonly id: ScreenId;
	readonly kind: 'profile' | 'dimension' | 'overall' | 'structure' | 'comment';
	readonly title: LocalizedText;
	/** Instruction shown above the questions of the screen. */
	readonly intro: LocalizedText;
	/** Questions of the screen, in display order (rated items, profile fields or the comment). */
	readonly itemIds: readonly QuestionId[];
}
