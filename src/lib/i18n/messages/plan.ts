import type { PlanStatus } from '$lib/domain/plan-status';

const en = {
	title: 'Action plan',
	intro:
		'Actions chosen for the largest weaknesses and perception gaps, and for the move towards the recommended paradigm. Assign an owner and a due date, track the status, and add your own actions.',
	empty: 'No plan yet.',
	generate: 'Generate the plan from the results',
	generateHint: 'The plan is built from the current report; you can then edit every action.',
	readOnly: 'You can read this plan; consultants, administrators and owners can edit it.',
	answers: 'Answers',
	custom: 'Your action',
	owner: 'Owner',
	dueOn: 'Due date',
	status: 'Status',
	notes: 'Notes',
	save: 'Save',
	saved: 'Saved.',
	moveUp: 'Move up',
	moveDown: 'Move down',
	position: (n: number) => `Action ${n}`,
	details: 'What to do',
	statuses: {
		todo: 'To do',
		in_progress: 'In progress',
		done: 'Done',
		dropped: 'Dropped'
	} satisfies Record<PlanStatus, string>,
	addTitle: 'Add an action',
	actionTitle: 'Action',
	description: 'Description',
	add: 'Add to the plan',
	wavesTitle: 'Since the previous wave',
	wavesIntro: (title: string) =>
		`Change of each dimension for all respondents compared with “${title}” (later minus earlier, 0–100 points, 95% confidence interval), and whether the measures targeted by its plan moved.`,
	dimension: 'Dimension',
	before: 'Before',
	after: 'After',
	change: 'Change',
	notAvailable: 'not available',
	previousActions: 'Actions of the previous plan',
	verdict: 'Result',
	invalid_date: 'Enter a date as YYYY-MM-DD.'
};

export type PlanMessages = typeof en;

const fr: PlanMessages = {
	title: 'Plan d’action',
	intro:
		'Des actions choisies pour les faiblesses et les écarts de perception les plus importants, et pour aller vers le paradigme recommandé. Attribuez un responsable et une échéance, suivez l’avancement et ajoutez vos propres actions.',
	empty: 'Pas encore de plan.',
	generate: 'Générer le plan à partir des résultats',
	generateHint:
		'Le plan est construit à partir du rapport actuel ; vous pourrez ensuite modifier chaque action.',
	readOnly:
		'Vous pouvez lire ce plan ; les consultants, administrateurs et propriétaires peuvent le modifier.',
	answers: 'Répond à',
	custom: 'Votre action',
	owner: 'Responsable',
	dueOn: 'Échéance',
	status: 'Statut',
	notes: 'Notes',
	save: 'Enregistrer',
	saved: 'Enregistré.',
	moveUp: 'Monter',
	moveDown: 'Descendre',
	position: (n: number) => `Action ${n}`,
	details: 'Ce qu’il faut faire',
	statuses: {
		todo: 'À faire',
		in_progress: 'En cours',
		done: 'Fait',
		dropped: 'Abandonné'
	},
	addTitle: 'Ajouter une action',
	actionTitle: 'Action',
	description: 'Description',
	add: 'Ajouter au plan',
	wavesTitle: 'Depuis la vague précédente',
	wavesIntro: (title: string) =>
		`Évolution de chaque dimension pour l’ensemble des répondants par rapport à « ${title} » (nouvelle vague moins ancienne, points sur 100, intervalle de confiance à 95 %), et effet sur les mesures visées par son plan.`,
	dimension: 'Dimension',
	before: 'Avant',
	after: 'Après',
	change: 'Évolution',
	notAvailable: 'non disponible',
	previousActions: 'Actions du plan précédent',
	verdict: 'Résultat',
	invalid_date: 'Saisissez une date au format AAAA-MM-JJ.'
};

export const plan = { en, fr };
