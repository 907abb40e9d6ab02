/** Shape of an entry in the action library (see ../actions.ts for the library itself). */
import type { LocalizedText } from '$lib/i18n/locales';
import type { DimensionId, StructureItemId } from '../dimension-ids';
import type { MoveStep, ParadigmId } from '../paradigm';

export const EFFORTS = ['low', 'medium', 'high'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Days by which the action should be in place and its first effect visible. */
export const HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Kept small on purpose: a plan owner must be someone the CMO can name in the room. */
export const OWNER_ROLES = ['cmo', 'sales_head', 'both_heads', 'revops', 'ceo', 'hr'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** A structure item the action should move, and in which direction counts as progress. */
export interface ItemTarget {
	item: StructureItemId;
	direction: 'increase' | 'decrease';
}

/** What to re-check at the next wave. Dimensions always count "up" as progress. */
export interface ActionMeasure {
	dimensions: readonly DimensionId[];
	items: readonly ItemTarget[];
}

export interface AlignmentAction {
	/** Stable kebab-case id: stored in plans and compared across waves. */
	id: string;
	title: LocalizedText;
	description: LocalizedText;
	/** Dimensions the action improves, the most affected first (the plan weighs them by rank). */
	dimensions: readonly DimensionId[];
	/** Paradigms in which the action is part of running the model well. */
	paradigms: readonly ParadigmId[];
	/** Moves on the paradigm map the action helps make. */
	moves: readonly MoveStep[];
	effort: Effort;
	horizonDays: Horizon;
	owner: OwnerRole;
	measure: ActionMeasure;
}
