/**
 * Routines and joint work: the weekly meeting and pairs of seed 002, the joint projects of seed 001,
 * and the merged team of the assimilated paradigm.
 */
import type { AlignmentAction } from './types';

export const COLLABORATION_ACTIONS: readonly AlignmentAction[] = [
	{
		id: 'weekly-joint-meeting',
		title: {
			en: 'A weekly 15–30 minute sales–marketing meeting',
			fr: 'Un rendez-vous hebdomadaire ventes–marketing de 15 à 30 minutes'
		},
		description: {
			en: 'Same slot every week, both teams: the week’s leads and meetings with figures (were they handled well, and if not, why?), upcoming campaigns, content and events, and field feedback. Short, but never skipped.',
			fr: 'Même créneau chaque semaine, les deux équipes : les leads et rendez-vous de la semaine chiffres à l’appui (ont-ils été bien traités, sinon pourquoi ?), les campagnes, contenus et événements à venir, et les retours du terrain. Court, mais jamais annulé.'
		},
		dimensions: ['communication', 'collaboration', 'lead_process'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['communication', 'collaboration'], items: [] }
	},
	{
		id: 'sales-shape-offers',
		title: {
			en: 'Joint offer projects where sales shapes the offer',
			fr: 'Des projets communs où les ventes façonnent l’offre'
		},
		description: {
			en: 'Every new offer or major campaign gets a joint team with field salespeople from day one: they test the offer on customers, shape the sales tools and the pitch, and sign off before launch. Offers stop being “too complicated, designed far from customers”.',
			fr: 'Chaque nouvelle offre ou grande campagne a une équipe commune avec des commerciaux terrain dès le premier jour : ils testent l’offre auprès de clients, construisent les outils d’aide à la vente et le discours, et valident avant le lancement. Fini les offres « trop compliquées, conçues loin des clients ».'
		},
		dimensions: ['collaboration', 'trust', 'credit_sharing'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['balance_power', 'give_lead_to_sales', 'raise_integration'],
		effort: 'medium',
		horizonDays: 90,
		owner: 'cmo',
		measure: {
			dimensions: ['collaboration', 'trust'],
			items: [{ item: 'structure.sales_follows', direction: 'decrease' }]
		}
	},
	{
		id: 'sales-marketing-pairs',
		title: {
			en: 'Sales–marketing pairs per segment, product or region',
			fr: 'Des binômes vente–marketing par segment, produit ou région'
		},
		description: {
			en: 'Pair one marketer with one sales lead for each segment, product line or region. Each pair sets its objectives, personas and content together and presents its results jointly every quarter.',
			fr: 'Associer un marketeur et un responsable commercial pour chaque segment, gamme ou région. Chaque binôme fixe ensemble ses objectifs, ses personas et ses contenus, et présente ses résultats à deux chaque trimestre.'
		},
		dimensions: ['collaboration', 'shared_goals', 'communication'],
		paradigms: ['subordinate', 'proportional'],
		moves: ['raise_integration', 'balance_power'],
		effort: 'medium',
		horizonDays: 90,
		owner: 'both_heads',
		measure: {
			dimensions: ['collaboration', 'shared_goals'],
			items: [{ item: 'structure.roles_distinct', direction: 'increase' }]
		}
	},
	{
		id: 'co-written-content',
		title: { en: 'Content written by both teams', fr: 'Des contenus écrits à quatre mains' },
		description: {
			en: 'Articles, case studies and product sheets on topics salespeople know well are co-written: the salesperson brings the substance (customer problems, objections, winning arguments), the marketer shapes the form. Both names appear.',
			fr: 'Les articles, études de cas et fiches produits sur des sujets que les commerciaux maîtrisent sont écrits à deux : le commercial apporte le fond (problèmes clients, objections, arguments qui convainquent), le marketeur la forme. Les deux noms apparaissent.'
		},
		dimensions: ['collaboration', 'credit_sharing'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 60,
		owner: 'cmo',
		measure: { dimensions: ['collaboration', 'credit_sharing'], items: [] }
	},
	{
		id: 'joint-planning',
		title: {
			en: 'Quarterly joint planning and one shared calendar',
			fr: 'Une planification trimestrielle commune et un calendrier partagé'
		},
		description: {
			en: 'Plan campaigns, events, promotions and sales pushes together each quarter, in one calendar both teams edit. Nothing is launched that the other team first hears about from a customer.',
			fr: 'Planifier ensemble chaque trimestre les campagnes, événements, promotions et actions commerciales, dans un calendrier que les deux équipes modifient. Plus rien n’est lancé que l’autre équipe découvre par un client.'
		},
		dimensions: ['collaboration', 'communication', 'shared_goals'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'medium',
		horizonDays: 90,
		owner: 'both_heads',
		measure: { dimensions: ['collaboration', 'communication'], items: [] }
	},
	{
		id: 'joint-account-plans',
		title: { en: 'Account plans written together', fr: 'Des plans de compte écrits ensemble' },
		description: {
			en: 'For key accounts, the account manager and a marketer write the account plan together: decision-makers, needs, content and events to use, next steps. They review it monthly.',
			fr: 'Pour les comptes clés, le responsable du compte et un marketeur rédigent ensemble le plan de compte : décideurs, besoins, contenus et événements à mobiliser, prochaines étapes. Ils le revoient chaque mois.'
		},
		dimensions: ['collaboration', 'shared_goals'],
		paradigms: ['subordinate', 'proportional'],
		moves: ['give_lead_to_sales', 'raise_integration'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'sales_head',
		measure: { dimensions: ['collaboration', 'shared_goals'], items: [] }
	},
	{
		id: 'marketing-in-sales-briefings',
		title: {
			en: 'Marketing at the sales team’s briefings',
			fr: 'Le marketing présent aux réunions commerciales'
		},
		description: {
			en: 'A marketer attends the sales team’s weekly briefing or pipeline review: presents what is coming, listens to what customers say, and takes back one thing to fix.',
			fr: 'Un marketeur assiste à la réunion commerciale hebdomadaire ou à la revue de pipeline : il présente ce qui arrive, écoute ce que disent les clients et repart avec un point à corriger.'
		},
		dimensions: ['communication', 'trust'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 30,
		owner: 'sales_head',
		measure: { dimensions: ['communication', 'trust'], items: [] }
	},
	{
		id: 'field-feedback-loop',
		title: {
			en: 'A monthly field-feedback loop on offers and messages',
			fr: 'Une boucle mensuelle de retours terrain sur les offres et les messages'
		},
		description: {
			en: 'Salespeople log customer reactions to offers, prices and messages in one place; marketing publishes a monthly summary that says what it changed as a result. Feedback that leads nowhere soon stops being given.',
			fr: 'Les commerciaux consignent au même endroit les réactions des clients aux offres, aux prix et aux messages ; le marketing publie chaque mois une synthèse qui dit ce qu’il a changé en conséquence. Un retour qui ne mène à rien cesse vite d’être donné.'
		},
		dimensions: ['communication', 'trust'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'low',
		horizonDays: 30,
		owner: 'cmo',
		measure: { dimensions: ['communication', 'trust'], items: [] }
	},
	{
		id: 'one-merged-team',
		title: {
			en: 'One merged team: one leader, one backlog, one stand-up',
			fr: 'Une équipe fusionnée : un responsable, un plan de travail, un point quotidien'
		},
		description: {
			en: 'Merge sales and marketing into one revenue team with a single leader, one prioritised backlog and a short daily stand-up. Keep named specialists for the skills that must not fade (data, brand, key accounts).',
			fr: 'Fusionner ventes et marketing en une seule équipe revenu, avec un seul responsable, un plan de travail priorisé et un court point quotidien. Garder des spécialistes désignés pour les compétences qui ne doivent pas se perdre (données, marque, grands comptes).'
		},
		dimensions: ['collaboration', 'communication', 'shared_goals'],
		paradigms: ['assimilated'],
		moves: ['merge_roles'],
		effort: 'high',
		horizonDays: 90,
		owner: 'ceo',
		measure: {
			dimensions: ['collaboration', 'communication'],
			items: [{ item: 'structure.merged_team', direction: 'increase' }]
		}
	}
];
