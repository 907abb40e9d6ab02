/**
 * Shared objectives, rewards and credit: seed 001's unified objectives and reward scheme, seed 002's
 * SMART objectives, and a rule for credit because seed 004 reports credit theft between the teams.
 */
import type { AlignmentAction } from './types';

export const GOAL_ACTIONS: readonly AlignmentAction[] = [
	{
		id: 'shared-smart-objectives',
		title: {
			en: 'Shared SMART objectives for both teams',
			fr: 'Des objectifs SMART communs aux deux équipes'
		},
		description: {
			en: 'Set a handful of objectives both teams own, each specific, measurable and dated: new opportunities, meeting rate, win rate, revenue, margin. They appear in both teams’ plans and reviews.',
			fr: 'Fixer quelques objectifs portés par les deux équipes, chacun précis, mesurable et daté : nouvelles opportunités, taux de prise de rendez-vous, taux de signature, chiffre d’affaires, marge. Ils figurent dans les plans et les revues des deux équipes.'
		},
		dimensions: ['shared_goals', 'collaboration', 'credit_sharing'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'both_heads',
		measure: { dimensions: ['shared_goals'], items: [] }
	},
	{
		id: 'one-reward-scheme',
		title: {
			en: 'One reward scheme tied to the shared objectives',
			fr: 'Un dispositif de rémunération unique lié aux objectifs communs'
		},
		description: {
			en: 'Tie part of both teams’ variable pay to the same shared objectives, and remove incentives that set them against each other, such as marketing paid on lead volume while sales is paid on signed revenue.',
			fr: 'Lier une part de la rémunération variable des deux équipes aux mêmes objectifs communs, et supprimer les primes qui les opposent, comme un marketing payé au volume de leads quand les ventes le sont au chiffre signé.'
		},
		dimensions: ['shared_goals', 'credit_sharing', 'trust'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration', 'balance_power'],
		effort: 'high',
		horizonDays: 90,
		owner: 'ceo',
		measure: { dimensions: ['shared_goals', 'credit_sharing'], items: [] }
	},
	{
		id: 'shared-attribution-rule',
		title: {
			en: 'One written rule for crediting wins',
			fr: 'Une règle écrite pour attribuer les succès'
		},
		description: {
			en: 'Agree how a win is credited: sourced by marketing, sourced by sales, or influenced by both. Apply the rule automatically in the CRM and report it the same way in both teams; nobody claims a deal the rule does not give them.',
			fr: 'Convenir de la manière d’attribuer une affaire gagnée : apportée par le marketing, apportée par les ventes, ou influencée par les deux. Appliquer la règle automatiquement dans le CRM et la restituer de la même façon aux deux équipes ; personne ne revendique une affaire que la règle ne lui donne pas.'
		},
		dimensions: ['credit_sharing', 'trust'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'medium',
		horizonDays: 60,
		owner: 'revops',
		measure: { dimensions: ['credit_sharing'], items: [] }
	},
	{
		id: 'joint-win-loss-review',
		title: {
			en: 'A monthly win–loss review that names both teams’ part',
			fr: 'Une revue mensuelle des affaires gagnées et perdues, avec la part de chacun'
		},
		description: {
			en: 'Each month, review three won and three lost deals with both teams: what marketing did, what sales did, what to repeat. Losses are analysed as a joint result, never blamed on one side.',
			fr: 'Chaque mois, passer en revue trois affaires gagnées et trois perdues avec les deux équipes : ce qu’a fait le marketing, ce qu’ont fait les ventes, ce qu’il faut refaire. Les pertes s’analysent comme un résultat commun, jamais comme la faute d’un camp.'
		},
		dimensions: ['credit_sharing', 'communication', 'trust'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['credit_sharing', 'trust'], items: [] }
	},
	{
		id: 'shared-funnel-dashboard',
		title: {
			en: 'One funnel dashboard both teams read',
			fr: 'Un tableau de bord du tunnel commun aux deux équipes'
		},
		description: {
			en: 'Build one dashboard from first contact to revenue (leads, MQL, SQL, meetings, wins, revenue, margin) on the same data, reviewed by both teams. It ends the “your numbers against mine” debates.',
			fr: 'Construire un seul tableau de bord du premier contact au chiffre d’affaires (leads, MQL, SQL, rendez-vous, signatures, chiffre d’affaires, marge) sur les mêmes données, revu par les deux équipes. Fini les débats « tes chiffres contre les miens ».'
		},
		dimensions: ['shared_goals', 'communication'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'medium',
		horizonDays: 60,
		owner: 'revops',
		measure: { dimensions: ['shared_goals', 'communication'], items: [] }
	}
];
