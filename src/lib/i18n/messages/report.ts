import type { EffectLabel } from '$lib/domain/gaps';
import type { PlanStatus } from '$lib/domain/plan-status';
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
		bands: ['below 40', '40 to 50', '50 to 60', '60 to 70', '70 and above'],
		complementary: (k: number) =>
			`Why a cell can read “fewer than ${k} answers” although its group is larger: when a small group is hidden, the next smallest one in the same row or column is hidden too, so that the small one cannot be worked out by subtracting it from the totals.`
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
		target: (name: string) => `Recommended: ${name} (target region)`,
		powerCaption:
			'Power balance: who leads go-to-market, from −100 (sales alone) to +100 (marketing alone)',
		powerNote: (threshold: number) =>
			`From ${threshold} points to either side, one team leads and the other follows: subordinate. Within the shaded middle band, power is shared.`,
		powerAxis: 'Power balance (−100 sales leads … +100 marketing leads)',
		powerZone: (threshold: number) => `Shared power (within ±${threshold})`,
		targetZone: (name: string) => `Recommended: ${name}`,
		powerSide: 'Who leads',
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
	distributions: {
		title: 'Answer distributions',
		intro:
			'How the answers of each level spread on every dimension: favourable (5 to 7 on the 7-point scale), neutral (4) and unfavourable (1 to 3), as shares of the answers given. “Don’t know” answers are left out.',
		caption: 'Favourable, neutral and unfavourable answers per dimension and level (% of answers)',
		favourable: 'Favourable (5–7)',
		neutral: 'Neutral (4)',
		unfavourable: 'Unfavourable (1–3)',
		level: 'Level',
		answers: 'Answers'
	},
	plan: {
		title: 'Action plan',
		introStored: 'The plan saved for this diagnostic, with its owners, due dates and progress.',
		introGenerated:
			'No plan has been saved yet: these are the actions the results point to, largest weaknesses and gaps first. Save and assign them on the plan page.',
		action: 'Action',
		answers: 'Answers',
		owner: 'Owner',
		dueOn: 'Due',
		status: 'Status',
		horizon: 'Horizon',
		suggestedOwner: 'Suggested owner',
		unassigned: 'not assigned',
		noDate: 'no date',
		statuses: {
			todo: 'To do',
			in_progress: 'In progress',
			done: 'Done',
			dropped: 'Dropped'
		} satisfies Record<PlanStatus, string>,
		link: 'Open the action plan'
	},
	rates: {
		title: 'Response rates',
		intro:
			'Answers received in each group against the headcount expected when the diagnostic was set up. A group below the anonymity threshold shows no count and no rate.',
		noExpected:
			'No expected headcounts were given for this diagnostic, so only the numbers of answers are shown.',
		answers: 'Answers',
		expected: 'Expected',
		rate: 'Rate',
		total: 'All functions',
		allLevels: 'All levels',
		seniorManagers: (level: string) => `Senior managers are counted with: ${level.toLowerCase()}.`
	},
	toolbar: {
		label: 'Other forms of this report',
		present: 'Present as slides',
		live: 'Live survey in the room',
		print: 'Print or save as PDF',
		pptx: 'Download PowerPoint',
		csv: 'Download data (CSV)',
		csvTitle: 'The report’s figures as a spreadsheet; hidden groups stay hidden'
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
		`Les écarts de perception entre dirigeants et terrain, à partir de ${n} réponses anonymes. Les scores vont de 0 (fort désaccord) à 100 (fort accord)\u00a0; 50 est le milieu neutre.`,
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
	ci: 'IC à 95\u00a0%',
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
			'Le score moyen de chaque répondant sur les sept dimensions, moyenné par niveau, avec son intervalle de confiance à 95\u00a0%.',
		gap: 'Écart, dirigeants − terrain',
		alignedTitle: 'Qui dit que ventes et marketing sont alignés',
		alignedNote:
			'Part répondant «\u00a0alignés\u00a0» ou «\u00a0très alignés\u00a0» à la question d’ensemble (Forrester 2024\u00a0: 82\u00a0% des dirigeants le disent).',
		aligned: (who: string, share: string) =>
			`${who}\u00a0: ${share} disent «\u00a0alignés\u00a0» ou «\u00a0très alignés\u00a0»`,
		highly: (share: string) => `dont ${share} «\u00a0très alignés\u00a0»`,
		blindTitle: 'Angles morts',
		blindNote:
			'Chaque niveau a estimé comment l’autre niveau juge l’alignement (1 à 5). Estimation moins la réponse réelle.',
		blindExecutives: 'Estimation du terrain par les dirigeants',
		blindFrontline: 'Estimation des dirigeants par le terrain',
		guess: 'Estimation',
		actual: 'Réponse réelle',
		blindSentence: (guessing: 'executive' | 'frontline', guess: string, actual: string) =>
			guessing === 'executive'
				? `Les dirigeants pensent que le terrain juge l’alignement à ${guess} sur 5\u00a0; le terrain répond en réalité ${actual}.`
				: `Le terrain pense que les dirigeants jugent l’alignement à ${guess} sur 5\u00a0; les dirigeants répondent en réalité ${actual}.`
	},
	dimensions: {
		title: 'Les sept dimensions',
		intro:
			'Score moyen de chaque niveau avec son intervalle de confiance à 95\u00a0%. Quand les intervalles ne se chevauchent pas, l’écart a très peu de chances d’être dû au hasard.',
		caption: 'Dirigeants et terrain, score moyen par dimension (0–100) avec intervalle à 95\u00a0%',
		chartMean: (who: string) => `${who}, moyenne`,
		chartCi: (who: string) => `${who}, intervalle à 95\u00a0%`
	},
	gaps: {
		title: 'Écarts de perception, du plus grand au plus petit',
		intro:
			'Moyenne des dirigeants moins celle du terrain, en points sur 0–100 (intervalle de Welch à 95\u00a0%), et sa taille en écarts-types (g de Hedges\u00a0: sous 0,2 négligeable, 0,5 faible, 0,8 moyen, au-delà fort).',
		index: 'Indice d’alignement'
	},
	mirror: {
		title: 'Ventes et marketing\u00a0: le miroir',
		intro:
			'Comment les ventes et le marketing jugent chacun la relation. Un écart positif signifie que les ventes la jugent meilleure.',
		caption: 'Ventes et marketing, score moyen par dimension (0–100)',
		difference: 'Ventes − marketing'
	},
	heatmap: {
		title: 'Niveau × fonction',
		intro:
			'Score moyen (0–100) de chaque dimension pour les six groupes. La teinte indique la tranche\u00a0; le nombre est toujours écrit.',
		legend: 'Teintes',
		bands: ['moins de 40', '40 à 50', '50 à 60', '60 à 70', '70 et plus'],
		complementary: (k: number) =>
			`Pourquoi une case peut indiquer «\u00a0moins de ${k} réponses\u00a0» alors que son groupe est plus grand\u00a0: quand un petit groupe est masqué, le plus petit suivant de la même ligne ou colonne l’est aussi, pour qu’on ne puisse pas retrouver le petit en le soustrayant des totaux.`
	},
	paradigm: {
		title: 'Paradigme',
		intro:
			'Lequel des quatre modes d’organisation ventes–marketing les réponses décrivent\u00a0: cloisonné, assimilé, subordonné ou proportionnel.',
		current: 'Paradigme actuel',
		borderline: 'limite\u00a0: proche d’un seuil',
		notEnough: 'pas assez de réponses',
		differ: 'Dirigeants et terrain voient-ils la même organisation\u00a0?',
		differYes: 'Non\u00a0: dirigeants et terrain décrivent des organisations différentes.',
		differNo: 'Oui\u00a0: dirigeants et terrain décrivent la même organisation.',
		differUnknown: 'Impossible à dire\u00a0: l’un des deux niveaux a trop peu de réponses.',
		mapCaption:
			'La carte\u00a0: intégration (horizontalement) et distinction des rôles (verticalement), 0–100',
		mapNote: (integration: number, distinctness: number, power: number) =>
			`Règles\u00a0: une intégration sous ${integration} donne cloisonné\u00a0; sinon une distinction des rôles sous ${distinctness} donne assimilé\u00a0; sinon un pouvoir penché de ${power} ou plus d’un côté donne subordonné\u00a0; sinon proportionnel.`,
		thresholds: 'Seuils de la règle',
		target: (name: string) => `Recommandé\u00a0: ${name} (zone visée)`,
		powerCaption:
			'Équilibre du pouvoir\u00a0: qui pilote la mise sur le marché, de −100 (les ventes seules) à +100 (le marketing seul)',
		powerNote: (threshold: number) =>
			`À partir de ${threshold}\u00a0points d’un côté ou de l’autre, une équipe dirige et l’autre suit\u00a0: subordonné. Dans la bande centrale ombrée, le pouvoir est partagé.`,
		powerAxis: 'Équilibre du pouvoir (−100 les ventes dirigent … +100 le marketing dirige)',
		powerZone: (threshold: number) => `Pouvoir partagé (dans ±${threshold})`,
		targetZone: (name: string) => `Recommandé\u00a0: ${name}`,
		powerSide: 'Qui dirige',
		axes: 'Position sur les trois axes',
		recommended: 'Paradigme recommandé',
		fit: (score: number) => `adéquation ${score}/100`,
		reasons: 'Pourquoi',
		caveats: 'Ce qui joue contre',
		risk: 'Risque connu',
		move: 'Comment y aller',
		noRecommendation:
			'Pas de recommandation\u00a0: le contexte de l’entreprise est incomplet pour ce diagnostic. Complétez-le dans les paramètres.'
	},
	distributions: {
		title: 'Répartition des réponses',
		intro:
			'Comment se répartissent les réponses de chaque niveau sur chaque dimension\u00a0: favorables (5 à 7 sur l’échelle en 7 points), neutres (4) et défavorables (1 à 3), en part des réponses données. Les «\u00a0Je ne sais pas\u00a0» sont exclus.',
		caption:
			'Réponses favorables, neutres et défavorables par dimension et par niveau (% des réponses)',
		favourable: 'Favorables (5–7)',
		neutral: 'Neutres (4)',
		unfavourable: 'Défavorables (1–3)',
		level: 'Niveau',
		answers: 'Réponses'
	},
	plan: {
		title: 'Plan d’action',
		introStored:
			'Le plan enregistré pour ce diagnostic, avec ses responsables, ses échéances et son avancement.',
		introGenerated:
			'Aucun plan n’a encore été enregistré\u00a0: voici les actions vers lesquelles pointent les résultats, des faiblesses et écarts les plus importants aux moindres. Enregistrez-les et attribuez-les sur la page du plan.',
		action: 'Action',
		answers: 'Répond à',
		owner: 'Responsable',
		dueOn: 'Échéance',
		status: 'Statut',
		horizon: 'Horizon',
		suggestedOwner: 'Responsable suggéré',
		unassigned: 'non attribué',
		noDate: 'sans date',
		statuses: {
			todo: 'À faire',
			in_progress: 'En cours',
			done: 'Fait',
			dropped: 'Abandonné'
		},
		link: 'Ouvrir le plan d’action'
	},
	rates: {
		title: 'Taux de réponse',
		intro:
			'Les réponses reçues dans chaque groupe, rapportées à l’effectif attendu indiqué à la création du diagnostic. Un groupe sous le seuil d’anonymat n’affiche ni nombre ni taux.',
		noExpected:
			'Aucun effectif attendu n’a été indiqué pour ce diagnostic\u00a0: seuls les nombres de réponses sont affichés.',
		answers: 'Réponses',
		expected: 'Attendus',
		rate: 'Taux',
		total: 'Toutes fonctions',
		allLevels: 'Tous niveaux',
		seniorManagers: (level: string) =>
			`Les cadres supérieurs sont comptés avec le niveau «\u00a0${level.toLowerCase()}\u00a0».`
	},
	toolbar: {
		label: 'Autres formes de ce rapport',
		present: 'Présenter en diaporama',
		live: 'Sondage en direct dans la salle',
		print: 'Imprimer ou enregistrer en PDF',
		pptx: 'Télécharger le PowerPoint',
		csv: 'Télécharger les données (CSV)',
		csvTitle: 'Les chiffres du rapport en tableur\u00a0; les groupes masqués le restent'
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
			`Le score d’une dimension est la moyenne des quatre questions de la dimension pour chaque répondant (échelle d’accord en 7 points, questions inversées recodées, au moins la moitié répondue), affichée sur 0–100 où 50 est neutre. La question d’ensemble et les estimations utilisent une échelle de 1 à 5. Les intervalles sont des intervalles de confiance à 95\u00a0% de la moyenne (t de Student). Les écarts sont des différences de moyennes avec l’intervalle de Welch, qui ne suppose pas des dispersions égales, et le g de Hedges pour leur taille. Anonymat\u00a0: aucun chiffre n’est affiché pour un groupe de moins de ${k} personnes${executiveK !== k ? ` (${executiveK} pour les groupes composés uniquement de dirigeants)` : ''}\u00a0; quand un groupe est masqué, le plus petit suivant l’est aussi, pour qu’on ne puisse pas le retrouver par soustraction. Les commentaires sont affichés regroupés et mélangés.`
	}
};

export const report: Record<'en' | 'fr', ReportMessages> = { en, fr };
