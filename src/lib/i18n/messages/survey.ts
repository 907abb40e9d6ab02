import type { AnswerErrorCode } from '$lib/domain/instrument';
import type { OutcomeCode } from '$lib/survey/view';

type UnavailableCode =
	'survey_link_invalid' | 'survey_not_open' | 'survey_closed' | 'survey_already_answered';

const en = {
	eyebrow: 'Anonymous survey',
	progress: {
		label: 'Progress',
		screen: (position: number, total: number): string => `Screen ${position} of ${total}`,
		review: 'Last step: review'
	},
	welcome: {
		title: 'How do sales and marketing work together?',
		intro:
			'This survey asks how sales and marketing work together in your company. It takes about 8 minutes. Answer from your own experience: there are no right or wrong answers.',
		optional: 'Every question is optional, except your level and your function.',
		storedTitle: 'What is stored',
		stored: [
			'your answers and your comment, if you write one;',
			'your level and your function;',
			'the day you answer, not the time.'
		],
		notStoredTitle: 'What is never stored with your answers',
		notStored: [
			'your name or your email address;',
			'your IP address or your browser;',
			'the link or the invitation you used.'
		],
		invitation:
			'Your personal invitation only records that you have answered, so that you get no reminder. It is never linked to your answers.',
		threshold: (k: number): string => `No result is shown for a group of fewer than ${k} people.`,
		privacyLink: 'What is stored, in detail',
		executiveK3Title: 'For executives',
		executiveK3:
			'The executive group is small, so its results are shown from 3 answers. With so few people, colleagues may be able to guess what executives answered.',
		browserDraft:
			'Your answers in progress stay in this browser until you send them, so you can stop and come back later on this device.',
		start: 'Start the survey'
	},
	question: {
		required: 'required',
		presetTitle: 'Your profile',
		preset: 'Set by your survey link'
	},
	nav: {
		next: 'Next',
		back: 'Back',
		toReview: 'Back to the review',
		submit: 'Send my answers'
	},
	review: {
		title: 'Review your answers',
		intro:
			'Check your answers before sending them. You can still change them here; once sent, they can no longer be changed.',
		edit: 'Edit',
		editLabel: (screen: string): string => `Edit: ${screen}`,
		noAnswer: 'No answer',
		noComment: 'No comment'
	},
	/** Written in the language it switches to. */
	language: { switchTo: 'Afficher le questionnaire en français' },
	errorSummary: 'Please check these questions:',
	errors: {
		invalid_response: 'These answers could not be read. Please try again.',
		unknown_item: 'These answers could not be read. Please try again.',
		invalid_answer: 'This answer is not one of the choices. Please choose again.',
		required: 'Please choose an answer: this question is required.',
		invalid_option: 'Please choose one of the options.',
		invalid_comment: 'This comment could not be read. Please type it again.',
		too_long: 'Your comment is too long: please shorten it to 2,000 characters.'
	} satisfies Record<AnswerErrorCode, string>,
	outcome: {
		too_many:
			'Many people are answering right now. Please wait a minute and send again: your answers are kept.',
		expired: 'This form had expired. Your answers are all here: please send them again.',
		invalid_request: 'Your answers could not be read. Please try again.',
		network:
			'Your answers could not be sent. They are kept on this device: check your connection and send again.',
		server:
			'Something went wrong on our side. Your answers are kept on this device: please send again in a moment.'
	} satisfies Record<OutcomeCode, string>,
	unavailable: {
		title: 'This survey cannot be answered',
		survey_link_invalid:
			'This survey link is not valid, or it has been withdrawn. Open the link you received again, or ask the person who sent it for a new one.',
		survey_not_open:
			'This survey has not opened yet. Please come back with the same link once it opens.',
		survey_closed:
			'This survey is closed: it no longer accepts answers. Thank you for your interest.',
		survey_already_answered:
			'Answers have already been sent with this personal invitation. Each invitation can be used once.',
		not_found: 'This page does not exist.',
		bad_request: 'This request could not be processed. Go back and try again.',
		internal: 'An unexpected error occurred on our side. Please try again in a moment.',
		reference: 'Reference'
	} satisfies Record<
		UnavailableCode | 'title' | 'not_found' | 'bad_request' | 'internal' | 'reference',
		string
	>,
	thanks: {
		title: 'Thank you',
		body: 'Your answers have been recorded. They will only be shown combined with those of your colleagues, for groups large enough to keep everyone anonymous.',
		close: 'You can now close this page.'
	}
};

export type SurveyMessages = typeof en;

const fr: SurveyMessages = {
	eyebrow: 'Questionnaire anonyme',
	progress: {
		label: 'Progression',
		screen: (position, total) => `Écran ${position} sur ${total}`,
		review: 'Dernière étape\u00a0: relecture'
	},
	welcome: {
		title: 'Comment les ventes et le marketing travaillent-ils ensemble\u00a0?',
		intro:
			'Ce questionnaire porte sur la façon dont les ventes et le marketing travaillent ensemble dans votre entreprise. Il prend environ 8\u00a0minutes. Répondez selon votre expérience\u00a0: il n’y a pas de bonne ou de mauvaise réponse.',
		optional: 'Toutes les questions sont facultatives, sauf votre niveau et votre fonction.',
		storedTitle: 'Ce qui est enregistré',
		stored: [
			'vos réponses et votre commentaire, si vous en écrivez un\u00a0;',
			'votre niveau et votre fonction\u00a0;',
			'le jour de votre réponse, pas l’heure.'
		],
		notStoredTitle: 'Ce qui n’est jamais enregistré avec vos réponses',
		notStored: [
			'votre nom ou votre adresse e-mail\u00a0;',
			'votre adresse IP ou votre navigateur\u00a0;',
			'le lien ou l’invitation que vous avez utilisé.'
		],
		invitation:
			'Votre invitation personnelle enregistre seulement que vous avez répondu, pour ne pas vous relancer. Elle n’est jamais reliée à vos réponses.',
		threshold: (k) =>
			`Aucun résultat n’est affiché pour un groupe de moins de ${k}\u00a0personnes.`,
		executiveK3Title: 'Pour les dirigeants',
		executiveK3:
			'Le groupe des dirigeants est petit\u00a0: ses résultats sont donc affichés dès 3\u00a0réponses. Avec si peu de personnes, des collègues pourraient deviner ce que les dirigeants ont répondu.',
		privacyLink: 'Ce qui est conservé, en détail',
		browserDraft:
			'Vos réponses en cours restent dans ce navigateur jusqu’à leur envoi\u00a0: vous pouvez vous interrompre et reprendre plus tard sur cet appareil.',
		start: 'Commencer le questionnaire'
	},
	question: {
		required: 'obligatoire',
		presetTitle: 'Votre profil',
		preset: 'Défini par votre lien'
	},
	nav: {
		next: 'Suivant',
		back: 'Précédent',
		toReview: 'Revenir à la relecture',
		submit: 'Envoyer mes réponses'
	},
	review: {
		title: 'Relisez vos réponses',
		intro:
			'Vérifiez vos réponses avant de les envoyer. Vous pouvez encore les modifier ici\u00a0; une fois envoyées, elles ne peuvent plus l’être.',
		edit: 'Modifier',
		editLabel: (screen) => `Modifier\u00a0: ${screen}`,
		noAnswer: 'Pas de réponse',
		noComment: 'Pas de commentaire'
	},
	language: { switchTo: 'Show the survey in English' },
	errorSummary: 'Vérifiez ces questions\u00a0:',
	errors: {
		invalid_response: 'Ces réponses n’ont pas pu être lues. Réessayez.',
		unknown_item: 'Ces réponses n’ont pas pu être lues. Réessayez.',
		invalid_answer: 'Cette réponse ne fait pas partie des choix. Choisissez à nouveau.',
		required: 'Choisissez une réponse\u00a0: cette question est obligatoire.',
		invalid_option: 'Choisissez l’une des options.',
		invalid_comment: 'Ce commentaire n’a pas pu être lu. Saisissez-le à nouveau.',
		too_long:
			'Votre commentaire est trop long\u00a0: raccourcissez-le à 2\u00a0000\u00a0caractères.'
	},
	outcome: {
		too_many:
			'Beaucoup de personnes répondent en ce moment. Patientez une minute puis envoyez à nouveau\u00a0: vos réponses sont conservées.',
		expired:
			'Ce formulaire avait expiré. Toutes vos réponses sont là\u00a0: envoyez-les à nouveau.',
		invalid_request: 'Vos réponses n’ont pas pu être lues. Réessayez.',
		network:
			'Vos réponses n’ont pas pu être envoyées. Elles sont conservées sur cet appareil\u00a0: vérifiez votre connexion et envoyez à nouveau.',
		server:
			'Un problème est survenu de notre côté. Vos réponses sont conservées sur cet appareil\u00a0: envoyez-les à nouveau dans un instant.'
	},
	unavailable: {
		title: 'Ce questionnaire ne peut pas être rempli',
		survey_link_invalid:
			'Ce lien de questionnaire n’est pas valide, ou il a été retiré. Ouvrez à nouveau le lien reçu, ou demandez-en un nouveau à la personne qui vous l’a envoyé.',
		survey_not_open:
			'Ce questionnaire n’est pas encore ouvert. Revenez avec le même lien dès son ouverture.',
		survey_closed:
			'Ce questionnaire est clos\u00a0: il n’accepte plus de réponses. Merci de votre intérêt.',
		survey_already_answered:
			'Des réponses ont déjà été envoyées avec cette invitation personnelle. Chaque invitation ne sert qu’une fois.',
		not_found: 'Cette page n’existe pas.',
		bad_request: 'Cette requête n’a pas pu être traitée. Revenez en arrière et réessayez.',
		internal: 'Une erreur inattendue s’est produite de notre côté. Réessayez dans un instant.',
		reference: 'Référence'
	},
	thanks: {
		title: 'Merci',
		body: 'Vos réponses ont été enregistrées. Elles ne seront présentées que combinées à celles de vos collègues, pour des groupes assez grands pour préserver l’anonymat de chacun.',
		close: 'Vous pouvez maintenant fermer cette page.'
	}
};

export const survey = { en, fr };
export type { UnavailableCode };
