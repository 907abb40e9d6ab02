/**
 * Stable ids shared by the instrument, the analysis, the paradigm diagnosis and the action plan.
 * Reports, imports and follow-up waves refer to these strings, so they must never be renamed.
 */
import type { LocalizedText } from '$lib/i18n/locales';
import {
	DIMENSION_IDS,
	STRUCTURE_ITEM_IDS,
	type DimensionId,
	type StructureItemId
} from './instrument/types';

// The lists themselves belong to the instrument; they are re-exported here for the analysis.
export { DIMENSION_IDS, STRUCTURE_ITEM_IDS, type DimensionId, type StructureItemId };

export function isDimensionId(value: unknown): value is DimensionId {
	return typeof value === 'string' && (DIMENSION_IDS as readonly string[]).includes(value);
}

export function isStructureItemId(value: unknown): value is StructureItemId {
	return typeof value === 'string' && (STRUCTURE_ITEM_IDS as readonly string[]).includes(value);
}

/**
 * Short names used inside generated sentences (plan reasons, follow-up). The instrument may carry
 * longer titles of its own for the questionnaire.
 */
export const DIMENSION_LABELS: Record<DimensionId, LocalizedText> = {
	trust: { en: 'trust', fr: 'la confiance' },
	communication: { en: 'communication', fr: 'la communication' },
	credit_sharing: { en: 'credit sharing', fr: 'le partage du mérite' },
	shared_goals: { en: 'shared goals', fr: 'les objectifs communs' },
	lead_process: { en: 'the lead process', fr: 'le processus des leads' },
	leadership: { en: 'leadership', fr: 'le leadership' },
	collaboration: { en: 'collaboration', fr: 'la collaboration' }
};

export const STRUCTURE_ITEM_LABELS: Record<StructureItemId, LocalizedText> = {
	'structure.influence': {
		en: 'marketing’s share of influence',
		fr: 'le poids du marketing dans les décisions'
	},
	'structure.marketing_executes': {
		en: '“marketing mainly executes sales’ requests”',
		fr: '« le marketing exécute surtout les demandes des ventes »'
	},
	'structure.sales_follows': {
		en: '“sales must follow marketing’s plans”',
		fr: '« les ventes doivent suivre les plans du marketing »'
	},
	'structure.roles_distinct': {
		en: '“roles are clearly distinct”',
		fr: '« les rôles sont clairement distincts »'
	},
	'structure.roles_unclear': {
		en: '“it is often unclear who owns a task”',
		fr: '« on ne sait souvent pas à qui revient une tâche »'
	},
	'structure.merged_team': {
		en: '“we work as one merged team”',
		fr: '« nous formons une seule équipe »'
	}
};
