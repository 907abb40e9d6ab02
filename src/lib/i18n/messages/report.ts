import type { EffectLabel } from '$lib/domain/gaps';
import type { AlphaUnavailableReason } from '$lib/domain/reliability';
import { groupLabels } from '$lib/domain/segments';

const en = {
	title: 'Report',
	intro: (n: string) =>
		`Perception gaps between executives and frontline staff, from ${n} anonymous answers. Scores run from 0 (strong disagreement) to 100 (strong agreement); 50 is the neutral middle.`,
	empty: 'No results to show yet.',
	emptyReason: (k: number) =>
		`Results appear once at least ${k} people have answered. Nothing is shown before, so that nobody can be recognised.`,
	generatedAt: (date: string) => `Computed on ${date}.`,
	planLink: 'See the action plan built from these results',
	hidden: (k: number) => `fewer than ${k} answers`,
	notAvailable: 'not available',
	colon: ':',
	tableLabel: 'Show the data as a table',
	respondents: 'Respondents',
	mean: 'Mean',
	ci: '95% CI',
	group: 'Group',
	dimension: 'Dimension',
	difference: 'Difference',
	effect: 'Effect size (Hedges’ g)',
	groups: groupLabels('en'),
	effects: {
		negligible: 'negligible',
		small: 'small',
		medium: 'medium',
		large: 'large'
	} satisfies Record<EffectLabel, string>,
	headline: {
		title: 'At a glance',
		indexTitle: 'Alignment index (0–100)',
		indexNote:
			'Each respondent’s mean score over the seven dimensions, averaged per level, with its 95% confidence interval.',
		gap: 'Gap, executives − frontline',
		alignedTitle: 'Who says sales and marketing are aligned',
		alignedNote:
			'Share answering “aligned” or “highly aligned” to the overall question (Forrester 2024: 82% of executives say so).',
		aligned: (who: string, share: string) => `${who}: ${share} say “aligned” or “highly aligned”`,
		highly: (share: string) => `of whom ${share} “highly aligned”`,
		blindTitle: 'Blind spots',
		blindNote:
			'Each level guessed how the other level rates alignment (1–5). Guess minus the real answer.',
		blindExecutives: 'Executives’ guess of frontline',
		blindFrontline: 'Frontline’s guess of executives',
		guess: 'Guess',
		actual: 'Real answer',
		blindSentence: (guessing: 'executive' | 'frontline', guess: string, actual: string) =>
			guessing === 'executive'
				? `Executives think frontline staff rate alignment ${guess} out of 5; frontline staff actually say ${actual}.`
				: `Frontline staff think executives rate alignment ${guess} out of 5; executives actually say ${actual}.`
	},
	dimensions: {
		title: 'The seven dimensions',
		intro:
			'Mean score of each level with its 95% confidence interval. Where the intervals do not overlap, the difference is very unlikely to be chance.',
		caption: 'Executives and frontline, mean score per dimension (0–100) with 95% interval',
		chartMean: (who: string) => `${who}, mean`,
		chartCi: (who: string) => `${who}, 95% interval`
	},
	gaps: {
		title: 'Perception gaps, largest first',
		intro:
			'Executives’ mean minus frontline’s, in points on 0–100 (Welch 95% interval), and its size in standard deviations (Hedges’ g: below 0.2 negligible, 0.5 small, 0.8 medium, beyond large).',
		index: 'Alignment index'
	},
	mirror: {
		title: 'Sales and marketing: the mirror',
		intro:
			'How sales and marketing each rate the relationship. A positive difference means sales rates it higher.',
		caption: 'Sales and marketing, mean score per dimension (0–100)',
		difference: 'Sales − marketing'
	},
	heatmap: {
		title: 'Level × function',
		intro:
			'Mean score (0–100) of each dimension for the six groups. Shading bands the score; the number is always written.',
		legend: 'Shading',
		bands: ['below 40', '40 to 50', '50 to 60', '60 to 70', '70 and above']
	},
	paradigm: {
		title: 'Paradigm',
		intro:
			'Which of the four sales–marketing set-ups the answers describe: siloed, assimilated, subordinate or proportional.',
		current: 'Current paradigm',
		borderline: 'borderline: close to a threshold',
		notEnough: 'not enough answers',
		differ: 'Do executives and frontline see the same set-up?',
		differYes: 'No: executives and frontline describe different organisations.',
		differNo: 'Yes: executives and frontline describe the same organisation.',
		differUnknown: 'Cannot tell: one of the two levels has too few answers.',
		mapCaption: 'The map: integration (across) and role distinctness (up), 0–100',
		mapNote: (integration: number, distinctness: number, power: number) =>
			`Rules: integration below ${integration} is siloed; otherwise role distinctness below ${distinctness} is assimilated; otherwise power tilted by ${power} or more to one side is subordinate; else proportional.`,
		thresholds: 'Thresholds of the rule',
		axes: 'Position on the three axes',
		recommended: 'Recommended paradigm',
		fit: (score: number) => `fit ${score}/100`,
		reasons: 'Why',
		caveats: 'What counts against it',
		risk: 'Known risk',
		move: 'How to get there',
		noRecommendation:
			'No recommendation: the company context of this diagnostic is incomplete. Complete it in the settings.'
	},
	notes: {
		title: 'Reliability, comments and method',
		reliabilityTitle: 'Reliability of each dimension (Cronbach’s α)',
		reliabilityIntro:
			'How consistently the four questions of a dimension measure the same thing. Below 0.70, read the dimension with care.',
		flagged: 'below 0.70',
		unavailable: {
			fewer_than_30_complete_cases: 'needs 30 complete answers',
			fewer_than_2_items: 'too few questions answered',
			no_variance: 'everyone answered alike'
		} satisfies Record<AlphaUnavailableReason, string>,
		commentsTitle: 'Comments',
		commentsIntro: 'Every comment of the diagnostic, in random order, without date or group.',
		noComments: 'No comments yet.',
		commentsHidden: (k: number) =>
			`Comments appear once the diagnostic has at least ${k} respondents.`,
		methodTitle: 'Method',
		method: (k: number, executiveK: number) =>
			`Dimension scores are each respondent’s mean over the dimension’s four questions (7-point agreement scale, reversed questions recoded, at least half answered), shown on 0–100 where 50 is neutral. The overall and guess questions use a 1–5 scale. Intervals are 95% confidence intervals of the mean (Student’s t). Gaps are differences of means with Welch’s interval, which does not assume equal spreads, and Hedges’ g for their size. Anonymity: no figure is shown for a group of fewer than ${k} people${executiveK !== k ? ` (${executiveK} for groups of executives only)` : ''}; when one group is hidden, the next smallest is hidden too so that it cannot be worked out by subtraction. Comments are shown pooled and shuffled.`
	}
};

export type ReportMessages = typeof en;

const fr: ReportMessages = {
	title: 'Rapport',
	intro: (n: string) =>
		`Les écarts de perception entre dirigeants et terrain, à partir de ${n} réponses anonymes. Les scores vont de 0 (fort désaccord) à 100 (fort accord) ; 50 est le milieu neutre.`,
	empty: 'Pas encore de résultats à afficher.',
	emptyReason: (k: number) =>
		`Les résultats apparaissent dès qu’au moins ${k} personnes ont répondu. Rien n’est affiché avant, pour que personne ne puisse être reconnu.`,
	generatedAt: (date: string) => `Calculé le ${date}.`,
	planLink: 'Voir le plan d’action construit à partir de ces résultats',
	hidden: (k: number) => `moins de ${k} réponses`,
	notAvailable: 'non disponible',
	colon: '\u00a0:',
	tableLabel: 'Afficher les données sous forme de tableau',
	respondents: 'Répondants',
	mean: 'Moyenne',
	ci: 'IC à 95 %',
	group: 'Groupe',
	dimension: 'Dimension',
	difference: 'Écart',
	effect: 'Taille d’effet (g de Hedges)',
	groups: groupLabels('fr'),
	effects: {
		negligible: 'négligeable',
		small: 'faible',
		medium: 'moyen',
		large: 'fort'
	},
	headline: {
		title: 'L’essentiel',
		indexTitle: 'Indice d’alignement (0–100)',
		indexNote:
			'Le score moyen de chaque répondant sur les sept dimensions, moyenné par niveau, avec son intervalle de confiance à 95 %.',
		gap: 'Écart, dirigeants − terrain',
		alignedTitle: 'Qui dit que ventes et marketing sont alignés',
		alignedNote:
			'Part répondant « alignés » ou « très alignés » à la question d’ensemble (Forrester 2024 : 82 % des dirigeants le disent).',
		aligned: (who: string, share: string) =>
			`${who} : ${share} disent « alignés » ou « très alignés »`,
		highly: (share: string) => `dont ${share} « très alignés »`,
		blindTitle: 'Angles morts',
		blindNote:
			'Chaque niveau a estimé comment l’autre niveau juge l’alignement (1 à 5). Estimation moins la réponse réelle.',
		blindExecutives: 'Estimation du terrain par les dirigeants',
		blindFrontline: 'Estimation des dirigeants par le terrain',
		guess: 'Estimation',
		actual: 'Réponse réelle',
		blindSentence: (guessing: 'executive' | 'frontline', guess: string, actual: string) =>
			guessing === 'executive'
				? `Les dirigeants pensent que le terrain juge l’alignement à ${guess} sur 5 ; le terrain répond en réalité ${actual}.`
				: `Le terrain pense que les dirigeants jugent l’alignement à ${guess} sur 5 ; les dirigeants répondent en réalité ${actual}.`
	},
	dimensions: {
		title: 'Les sept dimensions',
		intro:
			'Score moyen de chaque niveau avec son intervalle de confiance à 95 %. Quand les intervalles ne se chevauchent pas, l’écart a très peu de chances d’être dû au hasard.',
		caption: 'Dirigeants et terrain, score moyen par dimension (0–100) avec intervalle à 95 %',
		chartMean: (who: string) => `${who}, moyenne`,
		chartCi: (who: string) => `${who}, intervalle à 95 %`
	},
	gaps: {
		title: 'Écarts de perception, du plus grand au plus petit',
		intro:
			'Moyenne des dirigeants moins celle du terrain, en points sur 0–100 (intervalle de Welch à 95 %), et sa taille en écarts-types (g de Hedges : sous 0,2 négligeable, 0,5 faible, 0,8 moyen, au-delà fort).',
		index: 'Indice d’alignement'
	},
	mirror: {
		title: 'Ventes et marketing : le miroir',
		intro:
			'Comment les ventes et le marketing jugent chacun la relation. Un écart positif signifie que les ventes la jugent meilleure.',
		caption: 'Ventes et marketing, score moyen par dimension (0–100)',
		difference: 'Ventes − marketing'
	},
	heatmap: {
		title: 'Niveau × fonction',
		intro:
			'Score moyen (0–100) de chaque dimension pour les six groupes. La teinte indique la tranche ; le nombre est toujours écrit.',
		legend: 'Teintes',
		bands: ['moins de 40', '40 à 50', '50 à 60', '60 à 70', '70 et plus']
	},
	paradigm: {
		title: 'Paradigme',
		intro:
			'Lequel des quatre modes d’organisation ventes–marketing les réponses décrivent : cloisonné, assimilé, subordonné ou proportionnel.',
		current: 'Paradigme actuel',
		borderline: 'limite : proche d’un seuil',
		notEnough: 'pas assez de réponses',
		differ: 'Dirigeants et terrain voient-ils la même organisation ?',
		differYes: 'Non : dirigeants et terrain décrivent des organisations différentes.',
		differNo: 'Oui : dirigeants et terrain décrivent la même organisation.',
		differUnknown: 'Impossible à dire : l’un des deux niveaux a trop peu de réponses.',
		mapCaption:
			'La carte : intégration (horizontalement) et distinction des rôles (verticalement), 0–100',
		mapNote: (integration: number, distinctness: number, power: number) =>
			`Règles : une intégration sous ${integration} donne cloisonné ; sinon une distinction des rôles sous ${distinctness} donne assimilé ; sinon un pouvoir penché de ${power} ou plus d’un côté donne subordonné ; sinon proportionnel.`,
		thresholds: 'Seuils de la règle',
		axes: 'Position sur les trois axes',
		recommended: 'Paradigme recommandé',
		fit: (score: number) => `adéquation ${score}/100`,
		reasons: 'Pourquoi',
		caveats: 'Ce qui joue contre',
		risk: 'Risque connu',
		move: 'Comment y aller',
		noRecommendation:
			'Pas de recommandation : le contexte de l’entreprise est incomplet pour ce diagnostic. Complétez-le dans les paramètres.'
	},
	notes: {
		title: 'Fiabilité, commentaires et méthode',
		reliabilityTitle: 'Fiabilité de chaque dimension (alpha de Cronbach)',
		reliabilityIntro:
			'La cohérence avec laquelle les quatre questions d’une dimension mesurent la même chose. Sous 0,70, lisez la dimension avec prudence.',
		flagged: 'sous 0,70',
		unavailable: {
			fewer_than_30_complete_cases: 'il faut 30 réponses complètes',
			fewer_than_2_items: 'trop peu de questions répondues',
			no_variance: 'tout le monde a répondu pareil'
		},
		commentsTitle: 'Commentaires',
		commentsIntro:
			'Tous les commentaires du diagnostic, dans un ordre aléatoire, sans date ni groupe.',
		noComments: 'Pas encore de commentaire.',
		commentsHidden: (k: number) =>
			`Les commentaires apparaissent dès que le diagnostic compte au moins ${k} répondants.`,
		methodTitle: 'Méthode',
		method: (k: number, executiveK: number) =>
			`Le score d’une dimension est la moyenne des quatre questions de la dimension pour chaque répondant (échelle d’accord en 7 points, questions inversées recodées, au moins la moitié répondue), affichée sur 0–100 où 50 est neutre. La question d’ensemble et les estimations utilisent une échelle de 1 à 5. Les intervalles sont des intervalles de confiance à 95 % de la moyenne (t de Student). Les écarts sont des différences de moyennes avec l’intervalle de Welch, qui ne suppose pas des dispersions égales, et le g de Hedges pour leur taille. Anonymat : aucun chiffre n’est affiché pour un groupe de moins de ${k} personnes${executiveK !== k ? ` (${executiveK} pour les groupes composés uniquement de dirigeants)` : ''} ; quand un groupe est masqué, le plus petit suivant l’est aussi, pour qu’on ne puisse pas le retrouver par soustraction. Les commentaires sont affichés regroupés et mélangés.`
	}
};

export const report: Record<'en' | 'fr', ReportMessages> = { en, fr };
