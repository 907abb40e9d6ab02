import type { EffectLabel } from '$lib/domain/gaps';
import type { PlanStatus } from '$lib/domain/plan-status';
import { groupLabels } from '$lib/domain/segments';

/** Text of the PowerPoint deck and the print-ready report (both built from one document). */
const en = {
	documentTitle: 'Sales–marketing alignment report',
	answers: (n: string) => `${n} anonymous answers`,
	computedOn: (date: string) => `Computed on ${date}.`,
	hidden: (k: number) => `fewer than ${k} answers`,
	notAvailable: 'not available',
	ci: '95% CI',
	colon: ':',
	groups: groupLabels('en'),
	effects: {
		negligible: 'negligible',
		small: 'small',
		medium: 'medium',
		large: 'large'
	} satisfies Record<EffectLabel, string>,
	/** A series or a bar left out of a chart, and why. */
	notCharted: (what: string, why: string) => `${what}: ${why}, not charted.`,
	headline: {
		title: 'At a glance',
		index: (group: string) => `Alignment index, ${group}`,
		gap: 'Gap, executives − frontline',
		indexNote:
			'Alignment index: each respondent’s mean score over the seven dimensions (0–100, 50 is neutral), with its 95% confidence interval.',
		alignedTitle: 'Who says sales and marketing are aligned',
		aligned: (group: string, share: string) =>
			`${group}: ${share} say “aligned” or “highly aligned”`,
		highly: (share: string) => `${share} highly aligned`,
		alignedHidden: (group: string, hidden: string) => `${group}: ${hidden}`,
		alignedNote:
			'Forrester 2024: 82% of B2B executives say their teams are aligned; 65% of sales and marketing professionals report a lack of alignment.',
		respondents: (n: string) => `n\u00a0=\u00a0${n}`,
		effect: (g: string, label: string) => `g = ${g} (${label})`
	},
	blind: {
		title: 'Blind spots',
		intro:
			'Each level guessed how the other level rates the alignment (1–5); the difference is guess − real answer.',
		columns: ['Who guesses', 'Guess (1–5)', 'Real answer (1–5)', 'Difference'],
		executives: 'Executives guessing frontline',
		frontline: 'Frontline guessing executives',
		sentence: (who: string, guess: string, actual: string) =>
			`${who}: guessed ${guess}, real answer ${actual}.`
	},
	dimensions: {
		title: 'Seven dimensions, executives and frontline',
		intro: 'Mean score per dimension (0–100, 50 is neutral), with its 95% confidence interval.',
		axis: 'Score (0–100)',
		caption: 'Mean score per dimension, executives and frontline',
		columns: (exec: string, front: string) => ['Dimension', exec, front]
	},
	gaps: {
		title: 'Perception gaps, largest first',
		caption: 'Executives − frontline, per dimension (points)',
		intro:
			'Executives − frontline, in points on 0–100, with Welch’s 95% interval and Hedges’ g (negligible < 0.2 ≤ small < 0.5 ≤ medium < 0.8 ≤ large).',
		series: 'Executives − frontline',
		axis: 'Difference (points)',
		columns: ['Dimension', 'Difference (95% CI)', 'Effect size (Hedges’ g)'],
		index: 'Alignment index'
	},
	mirror: {
		title: 'Mirror: sales and marketing',
		caption: 'Mean score per dimension, sales and marketing',
		intro: 'How sales and marketing each rate the relationship (0–100), and the difference.',
		columns: (sales: string, marketing: string) => [
			'Dimension',
			sales,
			marketing,
			'Sales − marketing (95% CI)'
		]
	},
	heatmap: {
		title: 'Heatmap by level and function',
		intro: 'Mean score of each dimension in the six groups (0–100).',
		dimension: 'Dimension',
		bands: 'Shading: darker is lower (below 40, 40–50, 50–60, 60–70, 70 and above).'
	},
	paradigm: {
		title: 'Paradigm: where the company is, where it should go',
		current: 'Current paradigm',
		levels: 'Executives and frontline',
		notEnough: 'not enough answers',
		borderline: 'borderline',
		differ: {
			yes: 'Executives and frontline place the company differently.',
			no: 'Executives and frontline place the company alike.',
			unknown: 'The two levels cannot be compared.'
		},
		recommended: (name: string, fit: string) => `Recommended: ${name} (fit ${fit}/100)`,
		noRecommendation: 'No recommendation: the company context is incomplete.',
		risk: (text: string) => `Known risk: ${text}`,
		move: (text: string) => `The move: ${text}`
	},
	plan: {
		title: 'Action plan: first actions',
		columns: ['#', 'Action', 'Owner', 'Horizon', 'Status'],
		none: 'No action plan yet.',
		more: (n: number) => `${n} more actions in the plan.`,
		status: {
			todo: 'to do',
			in_progress: 'in progress',
			done: 'done',
			dropped: 'dropped'
		} satisfies Record<PlanStatus, string>,
		custom: 'Own action'
	},
	reliability: {
		title: 'Reliability and comments',
		intro: 'Cronbach’s α per dimension, computed from 30 complete answers and flagged under .70.',
		columns: (all: string, exec: string, front: string) => ['Dimension', all, exec, front],
		alpha: (value: string, flagged: boolean) => `α = ${value}${flagged ? ' (below .70)' : ''}`,
		comments: 'Comments (pooled, shuffled)',
		commentsHidden: (k: number) => `Comments appear once at least ${k} people have answered.`,
		noComments: 'No comments.'
	},
	method: {
		title: 'Method and anonymity',
		method:
			'Dimension scores are each respondent’s mean over the dimension’s four questions (7-point agreement scale, reversed questions recoded, at least half answered), shown on 0–100 where 50 is neutral. The overall and guess questions use a 1–5 scale. Intervals are 95% confidence intervals (Student’s t for means, Welch for differences); Hedges’ g sizes the gaps.',
		anonymity: (k: number, executiveK: number) =>
			`Anonymity: nothing is reported for a group of fewer than ${k} people${executiveK !== k ? ` (${executiveK} for groups of executives only)` : ''}; when one group is hidden, the next smallest is hidden too, so that it cannot be worked out by subtraction. Hidden groups are left out of every chart and shown as “fewer than k answers”, never as zero.`,
		hiddenGroups: (groups: string) => `Hidden in this report: ${groups}.`,
		noHiddenGroups: 'No group is hidden in this report.'
	},
	empty: {
		title: 'No results to show yet',
		text: (k: number) =>
			`Results appear once at least ${k} people have answered; nothing is shown before, so that nobody can be recognised.`
	},
	print: {
		pageTitle: 'Report to print',
		print: 'Print / Save as PDF',
		hint: 'Choose “Save as PDF” as the printer to get a PDF file. A4 paper, portrait.',
		back: 'Back to the report',
		language: 'Language',
		chartSummary: (caption: string) => `Chart: ${caption}. The same figures are in the table.`
	},
	fileName: 'alignment-report'
};

export type ExportMessages = typeof en;

const fr: ExportMessages = {
	documentTitle: 'Rapport d’alignement ventes–marketing',
	answers: (n: string) => `${n} réponses anonymes`,
	computedOn: (date: string) => `Calculé le ${date}.`,
	hidden: (k: number) => `moins de ${k} réponses`,
	notAvailable: 'non disponible',
	ci: 'IC 95 %',
	colon: '\u00a0:',
	groups: groupLabels('fr'),
	effects: {
		negligible: 'négligeable',
		small: 'faible',
		medium: 'moyen',
		large: 'fort'
	},
	notCharted: (what: string, why: string) => `${what}\u00a0: ${why}, absent du graphique.`,
	headline: {
		title: 'En bref',
		index: (group: string) => `Indice d’alignement, ${group}`,
		gap: 'Écart, dirigeants − terrain',
		indexNote:
			'Indice d’alignement\u00a0: score moyen de chaque répondant sur les sept dimensions (0–100, 50 est neutre), avec son intervalle de confiance à 95\u00a0%.',
		alignedTitle: 'Qui dit que ventes et marketing sont alignés',
		aligned: (group: string, share: string) =>
			`${group}\u00a0: ${share} disent «\u00a0alignés\u00a0» ou «\u00a0très alignés\u00a0»`,
		highly: (share: string) => `${share} très alignés`,
		alignedHidden: (group: string, hidden: string) => `${group}\u00a0: ${hidden}`,
		alignedNote:
			'Forrester 2024\u00a0: 82\u00a0% des dirigeants B2B disent leurs équipes alignées\u00a0; 65\u00a0% des professionnels des ventes et du marketing constatent un manque d’alignement.',
		respondents: (n: string) => `n\u00a0=\u00a0${n}`,
		effect: (g: string, label: string) => `g = ${g} (${label})`
	},
	blind: {
		title: 'Angles morts',
		intro:
			'Chaque niveau a estimé la note que l’autre niveau donne à l’alignement (1–5)\u00a0; l’écart est estimation − réponse réelle.',
		columns: ['Qui estime', 'Estimation (1–5)', 'Réponse réelle (1–5)', 'Écart'],
		executives: 'Les dirigeants estiment le terrain',
		frontline: 'Le terrain estime les dirigeants',
		sentence: (who: string, guess: string, actual: string) =>
			`${who}\u00a0: estimation ${guess}, réponse réelle ${actual}.`
	},
	dimensions: {
		title: 'Sept dimensions, dirigeants et terrain',
		intro:
			'Score moyen par dimension (0–100, 50 est neutre), avec son intervalle de confiance à 95\u00a0%.',
		axis: 'Score (0–100)',
		caption: 'Score moyen par dimension, dirigeants et terrain',
		columns: (exec: string, front: string) => ['Dimension', exec, front]
	},
	gaps: {
		title: 'Écarts de perception, du plus grand au plus petit',
		caption: 'Dirigeants − terrain, par dimension (points)',
		intro:
			'Dirigeants − terrain, en points sur 0–100, avec l’intervalle de Welch à 95\u00a0% et le g de Hedges (négligeable < 0,2 ≤ faible < 0,5 ≤ moyen < 0,8 ≤ fort).',
		series: 'Dirigeants − terrain',
		axis: 'Écart (points)',
		columns: ['Dimension', 'Écart (IC 95\u00a0%)', 'Taille d’effet (g de Hedges)'],
		index: 'Indice d’alignement'
	},
	mirror: {
		title: 'Miroir\u00a0: ventes et marketing',
		caption: 'Score moyen par dimension, ventes et marketing',
		intro:
			'Comment les ventes et le marketing notent chacun la relation (0–100), et l’écart entre eux.',
		columns: (sales: string, marketing: string) => [
			'Dimension',
			sales,
			marketing,
			'Ventes − marketing (IC 95\u00a0%)'
		]
	},
	heatmap: {
		title: 'Carte de chaleur par niveau et fonction',
		intro: 'Score moyen de chaque dimension dans les six groupes (0–100).',
		dimension: 'Dimension',
		bands:
			'Trame\u00a0: plus c’est foncé, plus c’est bas (moins de 40, 40–50, 50–60, 60–70, 70 et plus).'
	},
	paradigm: {
		title: 'Paradigme\u00a0: où en est l’entreprise, où aller',
		current: 'Paradigme actuel',
		levels: 'Dirigeants et terrain',
		notEnough: 'pas assez de réponses',
		borderline: 'à la limite',
		differ: {
			yes: 'Dirigeants et terrain placent l’entreprise différemment.',
			no: 'Dirigeants et terrain placent l’entreprise de la même façon.',
			unknown: 'Les deux niveaux ne peuvent pas être comparés.'
		},
		recommended: (name: string, fit: string) => `Recommandé\u00a0: ${name} (adéquation ${fit}/100)`,
		noRecommendation: 'Pas de recommandation\u00a0: le contexte de l’entreprise est incomplet.',
		risk: (text: string) => `Risque connu\u00a0: ${text}`,
		move: (text: string) => `La transition\u00a0: ${text}`
	},
	plan: {
		title: 'Plan d’action\u00a0: premières actions',
		columns: ['N°', 'Action', 'Responsable', 'Échéance', 'Statut'],
		none: 'Pas encore de plan d’action.',
		more: (n: number) => `${n} autres actions dans le plan.`,
		status: {
			todo: 'à faire',
			in_progress: 'en cours',
			done: 'fait',
			dropped: 'abandonné'
		},
		custom: 'Action ajoutée'
	},
	reliability: {
		title: 'Fiabilité et commentaires',
		intro:
			'α de Cronbach par dimension, calculé à partir de 30 réponses complètes et signalé sous 0,70.',
		columns: (all: string, exec: string, front: string) => ['Dimension', all, exec, front],
		alpha: (value: string, flagged: boolean) => `α = ${value}${flagged ? ' (sous 0,70)' : ''}`,
		comments: 'Commentaires (regroupés, mélangés)',
		commentsHidden: (k: number) =>
			`Les commentaires apparaissent dès qu’au moins ${k} personnes ont répondu.`,
		noComments: 'Aucun commentaire.'
	},
	method: {
		title: 'Méthode et anonymat',
		method:
			'Le score d’une dimension est la moyenne des quatre questions de la dimension pour chaque répondant (échelle d’accord en 7 points, questions inversées recodées, au moins la moitié répondue), affichée sur 0–100 où 50 est neutre. La question d’ensemble et les estimations utilisent une échelle de 1 à 5. Les intervalles sont des intervalles de confiance à 95\u00a0% (t de Student pour les moyennes, Welch pour les écarts)\u00a0; le g de Hedges mesure la taille des écarts.',
		anonymity: (k: number, executiveK: number) =>
			`Anonymat\u00a0: rien n’est publié pour un groupe de moins de ${k} personnes${executiveK !== k ? ` (${executiveK} pour les groupes composés uniquement de dirigeants)` : ''}\u00a0; quand un groupe est masqué, le plus petit suivant l’est aussi, pour qu’on ne puisse pas le retrouver par soustraction. Les groupes masqués sont absents de tous les graphiques et indiqués «\u00a0moins de k réponses\u00a0», jamais zéro.`,
		hiddenGroups: (groups: string) => `Masqués dans ce rapport\u00a0: ${groups}.`,
		noHiddenGroups: 'Aucun groupe n’est masqué dans ce rapport.'
	},
	empty: {
		title: 'Pas encore de résultats',
		text: (k: number) =>
			`Les résultats apparaissent dès qu’au moins ${k} personnes ont répondu\u00a0; rien n’est affiché avant, pour que personne ne puisse être reconnu.`
	},
	print: {
		pageTitle: 'Rapport à imprimer',
		print: 'Imprimer / Enregistrer en PDF',
		hint: 'Choisissez «\u00a0Enregistrer au format PDF\u00a0» comme imprimante pour obtenir un fichier PDF. Papier A4, portrait.',
		back: 'Retour au rapport',
		language: 'Langue',
		chartSummary: (caption: string) =>
			`Graphique\u00a0: ${caption}. Les mêmes chiffres sont dans le tableau.`
	},
	fileName: 'rapport-alignement'
};

export const exportsMessages: Record<'en' | 'fr', ExportMessages> = { en, fr };
