import type { SlideId } from '$lib/present/slides';
import type { Locale } from '../locales';

/** The workshop deck: the report as slides for a projector. Figures reuse the report's wording. */
const en = {
	pageTitle: (title: string) => `Workshop — ${title}`,
	deckLabel: (title: string) => `Workshop slides: ${title}`,
	slideTitles: {
		title: 'Sales and marketing alignment',
		headline: 'At a glance: executives and frontline',
		blindSpots: 'Blind spots',
		dimensions: 'The seven dimensions',
		gaps: 'The largest perception gaps',
		mirror: 'Sales and marketing: the mirror',
		heatmap: 'Level × function',
		paradigm: 'Paradigm: where we are, where to go',
		recommendation: 'Recommendation',
		actions: 'First actions',
		method: 'Method and anonymity',
		empty: 'No results to show yet'
	} satisfies Record<SlideId, string>,
	counter: (current: number, count: number) => `Slide ${current} of ${count}`,
	controls: 'Slide controls',
	previous: 'Previous slide',
	next: 'Next slide',
	fullscreen: 'Full screen',
	exitFullscreen: 'Leave full screen',
	language: 'Language',
	languageNames: { en: 'English', fr: 'Français' },
	back: 'Back to the report',
	keys: 'Keys: ← → or Page Up / Page Down to move, Home / End for the first or last slide, F for full screen, Esc to leave it.',
	figures: 'Show the figures',
	title: {
		organisation: 'Organisation',
		respondents: 'Respondents',
		date: 'Results of',
		subtitle: 'How executives and frontline staff see the collaboration between sales and marketing'
	},
	headline: {
		index: 'Alignment index (0–100)',
		aligned: 'Say sales and marketing are “aligned”',
		vs: 'vs',
		gap: 'Gap, executives − frontline',
		effect: (g: string, label: string) => `Hedges’ g = ${g}, ${label} effect`
	},
	gaps: {
		intro: 'Executives’ mean minus frontline’s, in points on 0–100, with its 95% interval.',
		none: 'No gap can be shown: one of the two levels has too few answers.'
	},
	paradigm: {
		target: 'Recommended target',
		power: 'Power balance'
	},
	recommendation: {
		reasons: 'Why',
		risk: 'Known risk'
	},
	actions: {
		stored: 'From the saved action plan.',
		generated: 'Suggested by the results; no plan has been saved yet.',
		none: 'No action is suggested by these results.',
		owner: 'Owner',
		horizon: 'Horizon'
	},
	method: {
		anonymity: (k: number, executiveK: number) =>
			`Nothing is shown for a group of fewer than ${k} people${executiveK !== k ? ` (${executiveK} for groups of executives only)` : ''}: such a group reads “fewer than ${k} answers”, never zero. When one group is hidden, the next smallest is hidden too, so it cannot be worked out by subtraction.`,
		scores:
			'Scores: each respondent’s mean over a dimension’s four questions (7-point scale, reversed questions recoded), on 0–100 where 50 is neutral.',
		intervals:
			'Intervals are 95% confidence intervals; gaps use Welch’s interval and Hedges’ g (negligible below 0.2, small below 0.5, medium below 0.8, large beyond).'
	}
};

export type PresentMessages = typeof en;

const fr: PresentMessages = {
	pageTitle: (title: string) => `Atelier — ${title}`,
	deckLabel: (title: string) => `Diapositives de l’atelier\u00a0: ${title}`,
	slideTitles: {
		title: 'Alignement ventes et marketing',
		headline: 'L’essentiel\u00a0: dirigeants et terrain',
		blindSpots: 'Angles morts',
		dimensions: 'Les sept dimensions',
		gaps: 'Les plus grands écarts de perception',
		mirror: 'Ventes et marketing\u00a0: le miroir',
		heatmap: 'Niveau × fonction',
		paradigm: 'Paradigme\u00a0: où nous sommes, où aller',
		recommendation: 'Recommandation',
		actions: 'Premières actions',
		method: 'Méthode et anonymat',
		empty: 'Pas encore de résultats à afficher'
	},
	counter: (current: number, count: number) => `Diapositive ${current} sur ${count}`,
	controls: 'Commandes des diapositives',
	previous: 'Diapositive précédente',
	next: 'Diapositive suivante',
	fullscreen: 'Plein écran',
	exitFullscreen: 'Quitter le plein écran',
	language: 'Langue',
	languageNames: { en: 'English', fr: 'Français' },
	back: 'Retour au rapport',
	keys: 'Touches\u00a0: ← → ou Page préc. / Page suiv. pour avancer, Début / Fin pour la première ou la dernière diapositive, F pour le plein écran, Échap pour en sortir.',
	figures: 'Afficher les chiffres',
	title: {
		organisation: 'Organisation',
		respondents: 'Répondants',
		date: 'Résultats du',
		subtitle:
			'Comment dirigeants et terrain voient la collaboration entre les ventes et le marketing'
	},
	headline: {
		index: 'Indice d’alignement (0–100)',
		aligned: 'Disent que ventes et marketing sont «\u00a0alignés\u00a0»',
		vs: 'contre',
		gap: 'Écart, dirigeants − terrain',
		effect: (g: string, label: string) => `g de Hedges = ${g}, effet ${label}`
	},
	gaps: {
		intro:
			'Moyenne des dirigeants moins celle du terrain, en points sur 0–100, avec son intervalle à 95\u00a0%.',
		none: 'Aucun écart ne peut être montré\u00a0: l’un des deux niveaux a trop peu de réponses.'
	},
	paradigm: {
		target: 'Cible recommandée',
		power: 'Équilibre du pouvoir'
	},
	recommendation: {
		reasons: 'Pourquoi',
		risk: 'Risque connu'
	},
	actions: {
		stored: 'D’après le plan d’action enregistré.',
		generated: 'Proposées d’après les résultats\u00a0; aucun plan n’a encore été enregistré.',
		none: 'Ces résultats ne suggèrent aucune action.',
		owner: 'Responsable',
		horizon: 'Horizon'
	},
	method: {
		anonymity: (k: number, executiveK: number) =>
			`Rien n’est montré pour un groupe de moins de ${k} personnes${executiveK !== k ? ` (${executiveK} pour les groupes composés uniquement de dirigeants)` : ''}\u00a0: un tel groupe affiche «\u00a0moins de ${k} réponses\u00a0», jamais zéro. Quand un groupe est masqué, le plus petit suivant l’est aussi, pour qu’on ne puisse pas le retrouver par soustraction.`,
		scores:
			'Scores\u00a0: moyenne de chaque répondant sur les quatre questions d’une dimension (échelle en 7 points, questions inversées recodées), sur 0–100 où 50 est neutre.',
		intervals:
			'Les intervalles sont des intervalles de confiance à 95\u00a0%\u00a0; les écarts utilisent l’intervalle de Welch et le g de Hedges (négligeable sous 0,2, faible sous 0,5, moyen sous 0,8, fort au-delà).'
	}
};

export const present: Record<Locale, PresentMessages> = { en, fr };
