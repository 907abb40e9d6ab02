import { groupLabels } from '$lib/domain/segments';
import type { Locale } from '../locales';

const en = {
	title: 'Live survey',
	intro:
		'Project this page in the room. People answer on their phones; the results below update by themselves.',
	notOpen:
		'Live mode needs an open diagnostic, one that accepts answers. Open it from the diagnostic’s overview, then come back here.',
	back: 'Back to the diagnostic',
	showQr: 'Show a QR code for the room',
	showQrHint:
		'Creates a survey link for this session; it stays valid until it is revoked on the Distribute page.',
	qrTitle: 'Answer on your phone',
	qrHint: 'Scan the code with your camera. Your answers are anonymous.',
	qrAlt: 'QR code of the survey link for this room',
	qrAddress: 'Or type this address',
	linkLabel: (date: string) => `Live session, ${date}`,
	releasedLabel: 'answers shown',
	batchRule: (k: number) =>
		`New answers appear in batches of at least ${k}, so that no chart moves when one person presses “send”.`,
	waiting: (k: number) => `Results appear once ${k} people have answered.`,
	announce: (count: number) => `${count} new answers released`,
	refresh: 'Refresh the results',
	connection: {
		connecting: 'Connecting…',
		live: 'Updating live',
		reconnecting: 'Connection lost, reconnecting…',
		stopped: 'Live updates stopped. Refresh the page.'
	},
	groups: groupLabels('en'),
	hidden: (k: number) => `fewer than ${k} answers`,
	notAvailable: 'no answer yet',
	tableLabel: 'Show the figures as a table',
	group: 'Group',
	dimension: 'Dimension',
	aligned: {
		title: 'Are sales and marketing aligned?',
		caption: 'Share answering “aligned” or “highly aligned”, by level',
		share: 'Share aligned'
	},
	index: {
		title: 'Alignment index',
		caption: 'Alignment index (0–100): executives and frontline',
		mean: 'Mean (0–100)',
		interval: '95% interval'
	},
	dimensions: {
		title: 'The seven dimensions',
		caption: 'Mean score of each dimension (0–100): executives and frontline'
	},
	errors: {
		not_open: 'The diagnostic is not open: a survey link cannot be shown.'
	} as Record<string, string>
};

const fr: typeof en = {
	title: 'Questionnaire en direct',
	intro:
		'Projetez cette page dans la salle. Chacun répond sur son téléphone\u00a0; les résultats ci-dessous se mettent à jour d’eux-mêmes.',
	notOpen:
		'Le mode en direct demande un diagnostic ouvert, qui accepte des réponses. Ouvrez-le depuis la vue d’ensemble du diagnostic, puis revenez ici.',
	back: 'Retour au diagnostic',
	showQr: 'Afficher un QR code pour la salle',
	showQrHint:
		'Crée un lien de questionnaire pour cette séance\u00a0; il reste valable jusqu’à sa révocation dans la page Diffusion.',
	qrTitle: 'Répondez sur votre téléphone',
	qrHint: 'Scannez le code avec l’appareil photo. Vos réponses sont anonymes.',
	qrAlt: 'QR code du lien de questionnaire de cette salle',
	qrAddress: 'Ou saisissez cette adresse',
	linkLabel: (date: string) => `Séance en direct, ${date}`,
	releasedLabel: 'réponses affichées',
	batchRule: (k: number) =>
		`Les nouvelles réponses apparaissent par lots d’au moins ${k}, pour qu’aucun graphique ne bouge quand une seule personne appuie sur «\u00a0envoyer\u00a0».`,
	waiting: (k: number) => `Les résultats apparaissent dès que ${k}\u00a0personnes ont répondu.`,
	announce: (count: number) => `${count} nouvelles réponses publiées`,
	refresh: 'Actualiser les résultats',
	connection: {
		connecting: 'Connexion…',
		live: 'Mise à jour en direct',
		reconnecting: 'Connexion perdue, reconnexion…',
		stopped: 'La mise à jour en direct s’est arrêtée. Actualisez la page.'
	},
	groups: groupLabels('fr'),
	hidden: (k: number) => `moins de ${k} réponses`,
	notAvailable: 'pas encore de réponse',
	tableLabel: 'Afficher les chiffres en tableau',
	group: 'Groupe',
	dimension: 'Dimension',
	aligned: {
		title: 'Ventes et marketing sont-ils alignés\u00a0?',
		caption: 'Part répondant «\u00a0alignés\u00a0» ou «\u00a0très alignés\u00a0», par niveau',
		share: 'Part alignée'
	},
	index: {
		title: 'Indice d’alignement',
		caption: 'Indice d’alignement (0–100)\u00a0: dirigeants et terrain',
		mean: 'Moyenne (0–100)',
		interval: 'Intervalle à 95\u00a0%'
	},
	dimensions: {
		title: 'Les sept dimensions',
		caption: 'Score moyen de chaque dimension (0–100)\u00a0: dirigeants et terrain'
	},
	errors: {
		not_open:
			'Le diagnostic n’est pas ouvert\u00a0: aucun lien de questionnaire ne peut être affiché.'
	}
};

export const live: Record<Locale, typeof en> = { en, fr };
