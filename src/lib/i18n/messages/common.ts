const en = {
	appName: 'Accord',
	description:
		'Accord shows how far apart executives and frontline staff are on sales–marketing alignment, and what to do about it.',
	tagline: 'How aligned are your sales and marketing teams, really?',
	skipToContent: 'Skip to content',
	nav: {
		main: 'Main',
		organisations: 'Organisations',
		account: 'Account',
		logout: 'Log out',
		login: 'Log in',
		signup: 'Sign up',
		switchOrganisation: 'Switch organisation'
	},
	language: {
		label: 'Language',
		switchTo: 'Français',
		switchToLabel: 'Afficher en français',
		target: 'fr'
	},
	footer: {
		privacy: 'Answers are anonymous: no name, email or IP address is ever stored with them.',
		privacyLink: 'Privacy: what we store'
	},
	errorPage: {
		title: 'Something went wrong',
		not_found: 'This page does not exist, or you do not have access to it.',
		forbidden: 'Your role in this organisation does not allow this.',
		unauthenticated: 'Please log in to continue.',
		bad_request:
			'This request could not be processed. Check the address or the form, then try again.',
		internal: 'An unexpected error occurred on our side. Please try again in a moment.',
		reference: 'Reference',
		home: 'Back to the home page'
	},
	/** Validation and outcome codes returned by the server, translated where they are shown. */
	errors: {
		required: 'This field is required.',
		invalid_email: 'Enter a valid email address, like name@company.com.',
		too_short: 'This is too short.',
		too_long: 'This is too long.',
		password_too_short: 'Use at least 8 characters.',
		password_too_long: 'Use at most 256 characters.',
		passwords_differ: 'The two passwords do not match.',
		email_taken: 'An account already exists with this email. Log in instead?',
		invalid_credentials: 'Email or password is incorrect.',
		wrong_password: 'The current password is incorrect.',
		too_many_attempts: 'Too many attempts. Please wait a few minutes and try again.',
		invalid: 'This value is not valid.',
		invalid_choice: 'Choose one of the options.',
		not_found: 'Not found.',
		forbidden: 'You are not allowed to do this.',
		retention_range: 'Enter a whole number of months from 1 to 120, or leave the field empty.',
		raw_answers_deleted:
			'The raw answers of this diagnostic were deleted under the organisation’s retention setting: it can no longer be reopened. Its report is kept.'
	},
	formHasErrors: 'Please correct the highlighted fields.',
	saved: 'Saved.'
};

export type CommonMessages = typeof en;

const fr: CommonMessages = {
	appName: 'Accord',
	description:
		'Accord montre l’écart entre dirigeants et équipes de terrain sur l’alignement ventes–marketing, et ce qu’il faut faire.',
	tagline: 'Vos équipes commerciales et marketing sont-elles vraiment alignées ?',
	skipToContent: 'Aller au contenu',
	nav: {
		main: 'Principale',
		organisations: 'Organisations',
		account: 'Compte',
		logout: 'Se déconnecter',
		login: 'Se connecter',
		signup: 'Créer un compte',
		switchOrganisation: 'Changer d’organisation'
	},
	language: {
		label: 'Langue',
		switchTo: 'English',
		switchToLabel: 'Show in English',
		target: 'en'
	},
	footer: {
		privacy:
			'Les réponses sont anonymes : aucun nom, e-mail ni adresse IP n’est jamais enregistré avec elles.',
		privacyLink: 'Confidentialité : ce que nous conservons'
	},
	errorPage: {
		title: 'Un problème est survenu',
		not_found: 'Cette page n’existe pas, ou vous n’y avez pas accès.',
		forbidden: 'Votre rôle dans cette organisation ne le permet pas.',
		unauthenticated: 'Connectez-vous pour continuer.',
		bad_request:
			'Cette requête n’a pas pu être traitée. Vérifiez l’adresse ou le formulaire, puis réessayez.',
		internal: 'Une erreur inattendue s’est produite de notre côté. Réessayez dans un instant.',
		reference: 'Référence',
		home: 'Retour à l’accueil'
	},
	errors: {
		required: 'Ce champ est obligatoire.',
		invalid_email: 'Saisissez une adresse e-mail valide, comme nom@entreprise.fr.',
		too_short: 'C’est trop court.',
		too_long: 'C’est trop long.',
		password_too_short: 'Utilisez au moins 8 caractères.',
		password_too_long: 'Utilisez au plus 256 caractères.',
		passwords_differ: 'Les deux mots de passe ne correspondent pas.',
		email_taken: 'Un compte existe déjà avec cet e-mail. Voulez-vous vous connecter ?',
		invalid_credentials: 'E-mail ou mot de passe incorrect.',
		wrong_password: 'Le mot de passe actuel est incorrect.',
		too_many_attempts: 'Trop de tentatives. Patientez quelques minutes puis réessayez.',
		invalid: 'Cette valeur n’est pas valide.',
		invalid_choice: 'Choisissez l’une des options.',
		not_found: 'Introuvable.',
		forbidden: 'Vous n’êtes pas autorisé à faire cela.',
		retention_range: 'Saisissez un nombre entier de mois entre 1 et 120, ou laissez le champ vide.',
		raw_answers_deleted:
			'Les réponses brutes de ce diagnostic ont été supprimées selon la durée de conservation de l’organisation : il ne peut plus être rouvert. Son rapport est conservé.'
	},
	formHasErrors: 'Corrigez les champs signalés.',
	saved: 'Enregistré.'
};

export const common = { en, fr };
export type ErrorCode = keyof CommonMessages['errors'];
