/**
 * The action library: concrete moves drawn from the seeds and the alignment literature. The data
 * is split by theme under ./actions/; this module assembles it and holds the display labels.
 * Action ids are stored in plans and compared across waves: never rename one, retire it instead.
 */
import type { LocalizedText } from '$lib/i18n/locales';
import { COLLABORATION_ACTIONS } from './actions/collaboration';
import { GOAL_ACTIONS } from './actions/goals';
import { LEAD_ACTIONS } from './actions/leads';
import { LEADERSHIP_ACTIONS } from './actions/leadership';
import { PEOPLE_ACTIONS } from './actions/people';
import type { AlignmentAction, Effort, Horizon, OwnerRole } from './actions/types';

export {
	EFFORTS,
	HORIZONS,
	OWNER_ROLES,
	type ActionMeasure,
	type AlignmentAction,
	type Effort,
	type Horizon,
	type ItemTarget,
	type OwnerRole
} from './actions/types';

export const ACTION_LIBRARY: readonly AlignmentAction[] = [
	...LEAD_ACTIONS,
	...GOAL_ACTIONS,
	...COLLABORATION_ACTIONS,
	...LEADERSHIP_ACTIONS,
	...PEOPLE_ACTIONS
];

const BY_ID = new Map(ACTION_LIBRARY.map((action) => [action.id, action]));

export function getAction(id: string): AlignmentAction | undefined {
	return BY_ID.get(id);
}

export const OWNER_ROLE_LABELS: Record<OwnerRole, LocalizedText> = {
	cmo: { en: 'CMO', fr: 'Directeur·rice marketing (CMO)' },
	sales_head: { en: 'Head of sales', fr: 'Directeur·rice commercial·e' },
	both_heads: {
		en: 'Heads of sales and marketing together',
		fr: 'Directions commerciale et marketing ensemble'
	},
	revops: { en: 'RevOps / sales operations', fr: 'RevOps / administration des ventes' },
	ceo: { en: 'CEO', fr: 'Direction générale' },
	hr: { en: 'HR', fr: 'Ressources humaines' }
};

export const EFFORT_LABELS: Record<Effort, LocalizedText> = {
	low: { en: 'Low effort', fr: 'Effort faible' },
	medium: { en: 'Medium effort', fr: 'Effort moyen' },
	high: { en: 'High effort', fr: 'Effort important' }
};

export const HORIZON_LABELS: Record<Horizon, LocalizedText> = {
	30: { en: 'Within 30 days', fr: 'Sous 30 jours' },
	60: { en: 'Within 60 days', fr: 'Sous 60 jours' },
	90: { en: 'Within 90 days', fr: 'Sous 90 jours' }
};
