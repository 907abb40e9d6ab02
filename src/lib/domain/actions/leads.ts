/**
 * The lead process: definitions, contract, scoring and closed-loop feedback (seed 002), and the
 * cost of a wasted lead (seed 000). These also keep a siloed organisation working, because they
 * make the hand-off explicit.
 */
import type { AlignmentAction } from './types';

export const LEAD_ACTIONS: readonly AlignmentAction[] = [
	{
		id: 'mql-sql-workshop',
		title: {
			en: 'A one-hour workshop to define MQL and SQL',
			fr: 'Un atelier d’une heure pour définir MQL et SQL'
		},
		description: {
			en: 'Put marketers and salespeople around one table for an hour and write down what makes a marketing-qualified and a sales-qualified lead: contact details, business information (role, company) and opportunity potential (type, revenue, sector). Publish the result.',
			fr: 'Réunir marketeurs et commerciaux autour d’une table pendant une heure et écrire ce qui fait un lead qualifié marketing et un lead qualifié ventes : coordonnées, informations business (fonction, entreprise) et potentiel de l’opportunité (typologie, chiffre d’affaires, secteur). Publier le résultat.'
		},
		dimensions: ['lead_process', 'communication'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: ['clarify_roles'],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['lead_process'], items: [] }
	},
	{
		id: 'written-sla',
		title: {
			en: 'A written sales–marketing SLA, reviewed monthly',
			fr: 'Un contrat de service (SLA) ventes–marketing écrit, revu chaque mois'
		},
		description: {
			en: 'Write down what each team commits to: marketing on the volume and quality of qualified leads, sales on follow-up time and feedback on every lead, plus shared objectives, personas and each side’s role. Review the figures every month and adjust.',
			fr: 'Écrire ce à quoi chaque équipe s’engage : le marketing sur le volume et la qualité des leads qualifiés, les ventes sur le délai de traitement et le retour sur chaque lead, ainsi que les objectifs communs, les personas et le rôle de chacun. Revoir les chiffres chaque mois et ajuster.'
		},
		dimensions: ['lead_process', 'trust'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: ['clarify_roles'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'both_heads',
		measure: {
			dimensions: ['lead_process', 'trust'],
			items: [{ item: 'structure.roles_unclear', direction: 'decrease' }]
		}
	},
	{
		id: 'closed-loop-crm-feedback',
		title: {
			en: 'Closed-loop lead feedback in the CRM',
			fr: 'Un retour en boucle fermée sur les leads dans le CRM'
		},
		description: {
			en: 'Sales records the outcome of every lead handed over (contacted, meeting, won, lost, and why) in the CRM, and marketing sees it in its campaign reports. Marketing learns which campaigns bring revenue; sales sees the prospect’s history before calling.',
			fr: 'Les ventes consignent dans le CRM le devenir de chaque lead transmis (contacté, rendez-vous, gagné, perdu, et pourquoi), et le marketing le retrouve dans ses rapports de campagne. Le marketing sait quelles campagnes rapportent ; les commerciaux voient l’historique du prospect avant d’appeler.'
		},
		dimensions: ['lead_process', 'communication'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'medium',
		horizonDays: 60,
		owner: 'revops',
		measure: { dimensions: ['lead_process', 'communication'], items: [] }
	},
	{
		id: 'joint-buyer-personas',
		title: { en: 'Buyer personas built together', fr: 'Des buyer personas construits ensemble' },
		description: {
			en: 'Build the two to four ideal customer profiles together: salespeople bring the motivations, objections and budgets they hear in the field, marketing brings research and behaviour data. Use them for targeting, messages and lead scoring.',
			fr: 'Construire ensemble les deux à quatre profils de client idéal : les commerciaux apportent les motivations, freins et budgets entendus sur le terrain, le marketing ses études et ses données de comportement. S’en servir pour le ciblage, les messages et le scoring des leads.'
		},
		dimensions: ['shared_goals', 'lead_process', 'communication'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'cmo',
		measure: { dimensions: ['shared_goals', 'lead_process'], items: [] }
	},
	{
		id: 'lead-scoring',
		title: {
			en: 'Lead scoring built on the shared definitions',
			fr: 'Un scoring des leads fondé sur les définitions communes'
		},
		description: {
			en: 'From the MQL/SQL criteria and the personas, score every lead and pass to sales only those above the agreed threshold. Recalibrate every quarter with the deals won and lost.',
			fr: 'À partir des critères MQL/SQL et des personas, noter chaque lead et ne transmettre aux ventes que ceux au-dessus du seuil convenu. Recalibrer chaque trimestre avec les affaires gagnées et perdues.'
		},
		dimensions: ['lead_process', 'trust'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'medium',
		horizonDays: 90,
		owner: 'revops',
		measure: { dimensions: ['lead_process', 'trust'], items: [] }
	},
	{
		id: 'lead-follow-up-alerts',
		title: {
			en: 'Alerts on leads not followed up in time',
			fr: 'Des alertes sur les leads non traités à temps'
		},
		description: {
			en: 'The CRM flags every qualified lead not contacted within the SLA delay, and the rate goes to both heads each week. Burning a lead is burning money.',
			fr: 'Le CRM signale tout lead qualifié non contacté dans le délai du SLA, et le taux remonte chaque semaine aux deux directeurs. Brûler un lead, c’est brûler de l’argent.'
		},
		dimensions: ['lead_process', 'trust'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'low',
		horizonDays: 30,
		owner: 'revops',
		measure: { dimensions: ['lead_process'], items: [] }
	},
	{
		id: 'one-shared-crm',
		title: { en: 'One CRM for both teams', fr: 'Un CRM unique pour les deux équipes' },
		description: {
			en: 'Put sales and marketing on one CRM, or one synchronised record of accounts and leads, so both see the same contacts, history and campaigns. Separate tools keep teams apart, however good the intentions.',
			fr: 'Réunir ventes et marketing sur un seul CRM, ou un référentiel synchronisé des comptes et des leads, pour que les deux voient les mêmes contacts, le même historique et les mêmes campagnes. Des outils séparés tiennent les équipes à distance, quelles que soient les bonnes intentions.'
		},
		dimensions: ['communication', 'lead_process'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'high',
		horizonDays: 90,
		owner: 'revops',
		measure: { dimensions: ['communication', 'lead_process'], items: [] }
	}
];
