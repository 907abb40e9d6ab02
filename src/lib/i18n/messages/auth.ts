const en = {
	signup: {
		title: 'Create your account',
		intro: 'Launch a diagnostic of your sales and marketing alignment in a few minutes.',
		name: 'Your name',
		email: 'Work email',
		password: 'Password',
		passwordHint: '8 to 256 characters. A long phrase is easier to remember and harder to guess.',
		submit: 'Create account',
		haveAccount: 'Already have an account?',
		login: 'Log in'
	},
	login: {
		title: 'Log in',
		email: 'Email',
		password: 'Password',
		submit: 'Log in',
		noAccount: 'No account yet?',
		signup: 'Create one'
	},
	account: {
		title: 'Your account',
		profile: 'Profile',
		passwordTitle: 'Change password',
		currentPassword: 'Current password',
		newPassword: 'New password',
		confirmPassword: 'Repeat the new password',
		passwordSubmit: 'Change password',
		passwordChanged: 'Password changed. Every other session has been signed out.',
		sessionsNote: 'Changing your password signs you out everywhere else.',
		language: 'Preferred language',
		languageSubmit: 'Save language',
		logout: 'Log out'
	}
};

export type AuthMessages = typeof en;

const fr: AuthMessages = {
	signup: {
		title: 'Créez votre compte',
		intro:
			'Lancez en quelques minutes un diagnostic de l’alignement entre vos ventes et votre marketing.',
		name: 'Votre nom',
		email: 'E-mail professionnel',
		password: 'Mot de passe',
		passwordHint:
			'De 8 à 256 caractères. Une longue phrase est plus facile à retenir et plus difficile à deviner.',
		submit: 'Créer le compte',
		haveAccount: 'Vous avez déjà un compte ?',
		login: 'Se connecter'
	},
	login: {
		title: 'Connexion',
		email: 'E-mail',
		password: 'Mot de passe',
		submit: 'Se connecter',
		noAccount: 'Pas encore de compte ?',
		signup: 'Créez-en un'
	},
	account: {
		title: 'Votre compte',
		profile: 'Profil',
		passwordTitle: 'Changer de mot de passe',
		currentPassword: 'Mot de passe actuel',
		newPassword: 'Nouveau mot de passe',
		confirmPassword: 'Répétez le nouveau mot de passe',
		passwordSubmit: 'Changer le mot de passe',
		passwordChanged: 'Mot de passe changé. Toutes vos autres sessions ont été fermées.',
		sessionsNote: 'Changer de mot de passe vous déconnecte partout ailleurs.',
		language: 'Langue préférée',
		languageSubmit: 'Enregistrer la langue',
		logout: 'Se déconnecter'
	}
};

export const auth = { en, fr };
