const en = {
	title: 'Accord — sales and marketing alignment, measured',
	lead: 'Most executives believe their sales and marketing teams are aligned. Most of the people doing the work say they are not. Accord shows how far apart those views are in your company, and what to do about it.',
	steps: [
		'Launch an anonymous diagnostic for executives and frontline staff, in French or English.',
		'See the perception gaps on trust, communication, credit-sharing, shared goals, the lead process, leadership and collaboration.',
		'Learn which sales–marketing paradigm you live in, which one suits you, and get an action plan to present in a workshop.'
	],
	start: 'Create an account',
	login: 'Log in'
};

const fr: typeof en = {
	title: 'Accord — l’alignement ventes-marketing, mesuré',
	lead: 'La plupart des dirigeants pensent que leurs équipes commerciales et marketing sont alignées. La plupart de celles et ceux qui font le travail disent le contraire. Accord montre l’écart entre ces deux visions dans votre entreprise, et ce qu’il faut faire.',
	steps: [
		'Lancez un diagnostic anonyme auprès des dirigeants et des équipes de terrain, en français ou en anglais.',
		'Visualisez les écarts de perception sur la confiance, la communication, le partage du mérite, les objectifs communs, le traitement des leads, le leadership et la collaboration.',
		'Découvrez dans quel paradigme ventes-marketing vous vivez, lequel vous convient, et obtenez un plan d’action à présenter en atelier.'
	],
	start: 'Créer un compte',
	login: 'Se connecter'
};

export const landing = { en, fr };
