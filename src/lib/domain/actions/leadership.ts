/**
 * Actions on leadership and decision rights: who leads, who decides, and whether the two heads are
 * seen working together (seeds 000, 001 and 003 all put the example set by leaders first).
 */
import type { AlignmentAction } from './types';

export const LEADERSHIP_ACTIONS: readonly AlignmentAction[] = [
	{
		id: 'leaders-seen-together',
		title: {
			en: 'Heads of sales and marketing seen working together',
			fr: 'Des directeurs ventes et marketing qu’on voit travailler ensemble'
		},
		description: {
			en: 'The two heads run kick-offs, pipeline reviews and all-hands together, co-sign announcements, and never criticise the other team in front of their own. Teams copy what their leaders do, not what they say.',
			fr: 'Les deux directeurs animent ensemble les lancements, les revues de pipeline et les réunions plénières, cosignent les annonces et ne critiquent jamais l’autre équipe devant la leur. Les équipes imitent ce que font leurs dirigeants, pas ce qu’ils disent.'
		},
		dimensions: ['leadership', 'trust'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration', 'balance_power'],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['leadership', 'trust'], items: [] }
	},
	{
		id: 'leaders-weekly-sync',
		title: {
			en: 'A weekly one-to-one between the two heads',
			fr: 'Un tête-à-tête hebdomadaire entre les deux directeurs'
		},
		description: {
			en: 'Thirty minutes every week on pipeline, priorities and the tensions the teams report. Disagreements are settled there, before they reach the teams, and decisions go out as one message.',
			fr: 'Trente minutes chaque semaine sur le pipeline, les priorités et les tensions remontées par les équipes. Les désaccords se règlent là, avant d’atteindre les équipes, et les décisions sortent en un seul message.'
		},
		dimensions: ['leadership', 'communication'],
		paradigms: ['siloed', 'subordinate', 'proportional'],
		moves: ['balance_power'],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['leadership', 'communication'], items: [] }
	},
	{
		id: 'single-revenue-owner',
		title: {
			en: 'One revenue owner over sales and marketing (CRO)',
			fr: 'Un responsable unique du chiffre d’affaires (CRO)'
		},
		description: {
			en: 'Appoint a Chief Revenue Officer, or make one executive accountable for the whole funnel from first contact to renewal, with both heads reporting to them. Conflicts get one arbiter and one set of numbers.',
			fr: 'Nommer un directeur du revenu (CRO), ou rendre un dirigeant responsable de tout le tunnel, du premier contact au renouvellement, avec les deux directeurs sous sa responsabilité. Les conflits ont un seul arbitre et un seul jeu de chiffres.'
		},
		dimensions: ['leadership', 'shared_goals'],
		paradigms: ['assimilated', 'proportional'],
		moves: ['merge_roles', 'balance_power'],
		effort: 'high',
		horizonDays: 90,
		owner: 'ceo',
		measure: { dimensions: ['leadership', 'shared_goals'], items: [] }
	},
	{
		id: 'decision-rights-charter',
		title: {
			en: 'A charter of go-to-market decision rights',
			fr: 'Une charte des droits de décision sur la mise sur le marché'
		},
		description: {
			en: 'List the recurring go-to-market decisions (targets, offers, prices, messages, campaigns, events) and, for each, who decides, who must be consulted and how a deadlock is broken. Review it after one quarter.',
			fr: 'Lister les décisions récurrentes de mise sur le marché (cibles, offres, prix, messages, campagnes, événements) et préciser pour chacune qui décide, qui doit être consulté et comment on sort d’un blocage. La revoir au bout d’un trimestre.'
		},
		dimensions: ['leadership', 'trust'],
		paradigms: ['subordinate', 'proportional'],
		moves: ['balance_power', 'give_lead_to_marketing', 'give_lead_to_sales', 'clarify_roles'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'ceo',
		measure: {
			dimensions: ['leadership'],
			items: [{ item: 'structure.roles_unclear', direction: 'decrease' }]
		}
	},
	{
		id: 'go-to-market-raci',
		title: {
			en: 'A who-does-what chart (RACI) for shared tasks',
			fr: 'Un tableau « qui fait quoi » (RACI) des tâches partagées'
		},
		description: {
			en: 'Map the 20 to 30 tasks that sit between sales and marketing (sales kits, events, lead follow-up, price lists, marketplace listings…) and give each a single owner. Publish it and settle grey areas at the weekly meeting.',
			fr: 'Recenser les 20 à 30 tâches à la frontière entre ventes et marketing (kits de vente, salons, suivi des leads, grilles tarifaires, fiches produits en ligne…) et donner à chacune un seul responsable. Le publier et trancher les zones grises à la réunion hebdomadaire.'
		},
		dimensions: ['collaboration', 'trust'],
		paradigms: ['siloed', 'subordinate', 'proportional'],
		moves: ['clarify_roles'],
		effort: 'medium',
		horizonDays: 30,
		owner: 'both_heads',
		measure: {
			dimensions: ['collaboration'],
			items: [
				{ item: 'structure.roles_unclear', direction: 'decrease' },
				{ item: 'structure.roles_distinct', direction: 'increase' }
			]
		}
	},
	{
		id: 'marketing-request-intake',
		title: {
			en: 'A request desk instead of “do it now”',
			fr: 'Un guichet de demandes au lieu du « fais-le tout de suite »'
		},
		description: {
			en: 'Sales’ requests to marketing (product sheets, shelf plans, marketplace listings) go through one intake with a brief, a priority and a due date agreed each week. Marketing keeps time for strategic work and stops being an order-taker.',
			fr: 'Les demandes des ventes au marketing (fiches produits, plans d’implantation, fiches marketplace) passent par un guichet unique avec un brief, une priorité et une échéance convenues chaque semaine. Le marketing garde du temps pour le travail stratégique et cesse d’être un simple exécutant.'
		},
		dimensions: ['trust', 'collaboration'],
		paradigms: ['subordinate', 'proportional'],
		moves: ['balance_power', 'give_lead_to_marketing'],
		effort: 'low',
		horizonDays: 30,
		owner: 'cmo',
		measure: {
			dimensions: ['trust'],
			items: [{ item: 'structure.marketing_executes', direction: 'decrease' }]
		}
	},
	{
		id: 'marketing-led-value-proposition',
		title: {
			en: 'A value proposition led by marketing and tested by sales',
			fr: 'Une proposition de valeur portée par le marketing et éprouvée par les ventes'
		},
		description: {
			en: 'Marketing drafts the value proposition and priority segments from market data, then tests them with a panel of salespeople before launch. Sales gets a clear story to tell; marketing takes its place upstream of the commercial strategy.',
			fr: 'Le marketing rédige la proposition de valeur et les segments prioritaires à partir des données de marché, puis les teste auprès d’un panel de commerciaux avant le lancement. Les ventes reçoivent un discours clair ; le marketing prend sa place en amont de la stratégie commerciale.'
		},
		dimensions: ['shared_goals', 'communication'],
		paradigms: ['subordinate', 'proportional'],
		moves: ['give_lead_to_marketing'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'cmo',
		measure: {
			dimensions: ['shared_goals'],
			items: [{ item: 'structure.influence', direction: 'increase' }]
		}
	},
	{
		id: 'sales-set-priorities',
		title: {
			en: 'Quarterly priorities set by sales, planned by marketing',
			fr: 'Des priorités trimestrielles fixées par les ventes, planifiées par le marketing'
		},
		description: {
			en: 'The head of sales sets the quarter’s priorities (accounts, offers to push, regions); marketing turns them into a plan with its own expertise and reports on it at the pipeline review.',
			fr: 'Le directeur commercial fixe les priorités du trimestre (comptes, offres à pousser, régions) ; le marketing les traduit en plan avec sa propre expertise et en rend compte à la revue de pipeline.'
		},
		dimensions: ['shared_goals', 'leadership'],
		paradigms: ['subordinate'],
		moves: ['give_lead_to_sales'],
		effort: 'low',
		horizonDays: 30,
		owner: 'sales_head',
		measure: {
			dimensions: ['shared_goals'],
			items: [{ item: 'structure.influence', direction: 'decrease' }]
		}
	}
];
