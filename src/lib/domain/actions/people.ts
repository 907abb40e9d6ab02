/**
 * Actions that build mutual understanding and trust between the people of both teams: walking in
 * the other team's shoes (seed 000), proximity and shared training (seed 001).
 */
import type { AlignmentAction } from './types';

export const PEOPLE_ACTIONS: readonly AlignmentAction[] = [
	{
		id: 'marketer-field-immersion',
		title: {
			en: 'Four-week field immersion for every new marketer',
			fr: 'Quatre semaines d’immersion terrain pour chaque nouveau marketeur'
		},
		description: {
			en: 'Every marketing hire spends their first four weeks beside sales: listening to calls, joining customer visits, hearing objections first-hand. Marketers already in post live at least one full day in a salesperson’s shoes.',
			fr: 'Chaque recrue du marketing passe ses quatre premières semaines aux côtés des commerciaux : écoute d’appels, rendez-vous clients, objections entendues en direct. Les marketeurs déjà en poste vivent au moins une journée complète dans la peau d’un commercial.'
		},
		dimensions: ['trust', 'communication'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'cmo',
		measure: { dimensions: ['trust', 'communication'], items: [] }
	},
	{
		id: 'gemba-time',
		title: {
			en: 'Monthly “Gemba” time with sales',
			fr: 'Un temps « Gemba » mensuel chez les commerciaux'
		},
		description: {
			en: 'Once a month, every marketer, the CMO included, spends half a day where selling happens (calls, visits, points of sale) to see how marketing’s work is used and what would help more. Each shares one lesson at the next joint meeting.',
			fr: 'Une fois par mois, chaque marketeur, CMO compris, passe une demi-journée là où se fait la vente (appels, visites, points de vente) pour voir comment le travail du marketing est utilisé et ce qui aiderait davantage. Chacun partage un enseignement à la réunion commune suivante.'
		},
		dimensions: ['communication', 'trust', 'collaboration'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 30,
		owner: 'cmo',
		measure: { dimensions: ['communication', 'trust'], items: [] }
	},
	{
		id: 'sales-day-in-marketing',
		title: {
			en: 'A day in marketing for every salesperson',
			fr: 'Une journée au marketing pour chaque commercial'
		},
		description: {
			en: 'Each salesperson spends one day with marketing: campaign planning, lead data, content production. They see what it takes to produce a qualified lead and leave with one improvement they asked for.',
			fr: 'Chaque commercial passe une journée avec le marketing : préparation des campagnes, données sur les leads, production des contenus. Il voit ce que coûte un lead qualifié et repart avec une amélioration qu’il a lui-même demandée.'
		},
		dimensions: ['trust', 'credit_sharing'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 60,
		owner: 'sales_head',
		measure: { dimensions: ['trust', 'credit_sharing'], items: [] }
	},
	{
		id: 'internal-pitch-contest',
		title: {
			en: 'Internal pitch contest in mixed teams',
			fr: 'Concours de pitch interne en équipes mixtes'
		},
		description: {
			en: 'Mixed sales–marketing teams pitch the company’s value proposition to a jury that includes customer-facing staff. It builds ties, proves that everyone can sell the company’s vision, and the best arguments go into the sales kit.',
			fr: 'Des équipes mixtes ventes–marketing présentent la proposition de valeur de l’entreprise devant un jury qui compte des collaborateurs au contact des clients. Cela crée des liens, prouve que chacun peut vendre la vision de l’entreprise, et les meilleurs arguments rejoignent le kit de vente.'
		},
		dimensions: ['collaboration', 'trust', 'credit_sharing'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'low',
		horizonDays: 60,
		owner: 'both_heads',
		measure: { dimensions: ['collaboration', 'trust'], items: [] }
	},
	{
		id: 'feedback-ground-rules',
		title: {
			en: 'Ground rules for feedback between the teams',
			fr: 'Des règles du jeu pour le feedback entre équipes'
		},
		description: {
			en: 'Agree how the teams give each other feedback: acknowledge the work first, speak in private, bring facts, suggest rather than correct. Leaders go first: one public correction of a salesperson’s work by a marketing director undoes months of goodwill.',
			fr: 'Convenir de la manière dont les équipes se font des retours : reconnaître d’abord le travail, parler en privé, apporter des faits, suggérer plutôt que corriger. Les dirigeants montrent l’exemple : une seule correction publique du travail d’un commercial par un directeur marketing ruine des mois de bonne volonté.'
		},
		dimensions: ['trust', 'credit_sharing'],
		paradigms: ['siloed', 'assimilated', 'subordinate', 'proportional'],
		moves: [],
		effort: 'low',
		horizonDays: 30,
		owner: 'both_heads',
		measure: { dimensions: ['trust', 'credit_sharing'], items: [] }
	},
	{
		id: 'joint-training',
		title: {
			en: 'Joint training on offers, personas and objections',
			fr: 'Des formations communes sur les offres, les personas et les objections'
		},
		description: {
			en: 'Train sales and marketing in the same room on the offer, the buyer personas and the usual objections, with one trainer from each side. Shared vocabulary first, then role-plays in mixed pairs.',
			fr: 'Former ventes et marketing dans la même salle sur l’offre, les buyer personas et les objections habituelles, avec un formateur de chaque côté. D’abord un vocabulaire commun, puis des jeux de rôle en binômes mixtes.'
		},
		dimensions: ['communication', 'collaboration', 'trust'],
		paradigms: ['assimilated', 'subordinate', 'proportional'],
		moves: ['raise_integration'],
		effort: 'medium',
		horizonDays: 60,
		owner: 'hr',
		measure: { dimensions: ['communication', 'collaboration'], items: [] }
	},
	{
		id: 'co-location',
		title: { en: 'Seat marketing next to sales', fr: 'Installer le marketing à côté des ventes' },
		description: {
			en: 'Move marketing desks next to the sales team or the customer contact centre; for remote teams, share one channel and one common office day a week. Proximity makes briefings, joint training and job swaps happen without planning.',
			fr: 'Rapprocher les bureaux du marketing de l’équipe commerciale ou du centre de relation client ; pour les équipes à distance, un canal commun et un jour de bureau partagé par semaine. La proximité rend naturels les briefs, les formations communes et les journées « vis ma vie ».'
		},
		dimensions: ['communication', 'collaboration', 'trust'],
		paradigms: ['assimilated', 'proportional'],
		moves: ['raise_integration'],
		effort: 'high',
		horizonDays: 90,
		owner: 'both_heads',
		measure: { dimensions: ['communication', 'collaboration'], items: [] }
	}
];
