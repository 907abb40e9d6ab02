/** The account page's data export and deletion, and the notes written into the export. */
const en = {
	export: {
		title: 'Your data',
		intro:
			'Download everything Accord stores about your account as a JSON file: profile, organisations and roles, invitations you created, and your sessions (dates only).',
		download: 'Download my data (JSON)'
	},
	exportNotes: {
		surveyAnswers:
			'Survey answers are anonymous: they are stored without any name, email, account, IP address, browser or invitation, so none of them is linked to your account or included here.',
		planItems:
			'Action plan items name their owner as free text; they are not linked to any account and belong to the organisation, so they are not included here.',
		sessions:
			'Sessions are listed by their dates only: the secret token of a session is never stored, only its hash, which is not exported.'
	},
	delete: {
		title: 'Delete my account',
		intro:
			'This deletes your profile, your sessions and your memberships. It cannot be undone. Survey answers are anonymous and are not affected.',
		ownedTitle: 'Organisations you own alone',
		ownedIntro:
			'Each one needs a decision: hand it to another member, who becomes its owner, or delete it together with all its diagnostics, answers and action plans.',
		transferTo: (organisation: string) => `New owner for ${organisation}`,
		transferNone: '— Do not transfer —',
		noOtherMember: 'There is no other member to hand it to.',
		deleteOrganisation: (organisation: string) => `Delete ${organisation} with all its diagnostics`,
		sharedTitle: 'Organisations you leave',
		sharedIntro: 'These organisations stay as they are, without you.',
		password: 'Your password, to confirm',
		submit: 'Delete my account',
		choiceRequired: (organisation: string) =>
			`Choose a new owner for ${organisation}, or tick the box to delete it.`,
		choiceBoth: (organisation: string) =>
			`For ${organisation}, choose either a new owner or deletion, not both.`,
		choicesOutdated:
			'Your organisations changed while you were deciding. Review the choices below and confirm again.',
		notDeleted: 'Your account has not been deleted.'
	},
	deleted: {
		title: 'Your account has been deleted',
		body: 'Your profile, sessions and memberships are gone, and you are logged out. Organisations you handed over now belong to their new owner.',
		home: 'Back to the home page'
	}
};

export type AccountMessages = typeof en;

const fr: AccountMessages = {
	export: {
		title: 'Vos données',
		intro:
			'Téléchargez tout ce qu’Accord conserve sur votre compte dans un fichier JSON : profil, organisations et rôles, invitations que vous avez créées, et vos sessions (dates seulement).',
		download: 'Télécharger mes données (JSON)'
	},
	exportNotes: {
		surveyAnswers:
			'Les réponses aux questionnaires sont anonymes : elles sont enregistrées sans nom, e-mail, compte, adresse IP, navigateur ni invitation ; aucune n’est donc liée à votre compte ni incluse ici.',
		planItems:
			'Les actions d’un plan indiquent leur responsable en texte libre ; elles ne sont liées à aucun compte et appartiennent à l’organisation : elles ne sont pas incluses ici.',
		sessions:
			'Les sessions sont indiquées par leurs dates seulement : le jeton secret d’une session n’est jamais enregistré, seulement son empreinte, qui n’est pas exportée.'
	},
	delete: {
		title: 'Supprimer mon compte',
		intro:
			'Cela supprime votre profil, vos sessions et vos appartenances. C’est irréversible. Les réponses aux questionnaires sont anonymes et ne sont pas concernées.',
		ownedTitle: 'Organisations dont vous êtes le seul propriétaire',
		ownedIntro:
			'Chacune demande une décision : la confier à un autre membre, qui en devient propriétaire, ou la supprimer avec tous ses diagnostics, réponses et plans d’action.',
		transferTo: (organisation: string) => `Nouveau propriétaire pour ${organisation}`,
		transferNone: '— Ne pas transférer —',
		noOtherMember: 'Aucun autre membre ne peut la reprendre.',
		deleteOrganisation: (organisation: string) =>
			`Supprimer ${organisation} avec tous ses diagnostics`,
		sharedTitle: 'Organisations que vous quittez',
		sharedIntro: 'Ces organisations restent telles quelles, sans vous.',
		password: 'Votre mot de passe, pour confirmer',
		submit: 'Supprimer mon compte',
		choiceRequired: (organisation: string) =>
			`Choisissez un nouveau propriétaire pour ${organisation}, ou cochez la case pour la supprimer.`,
		choiceBoth: (organisation: string) =>
			`Pour ${organisation}, choisissez soit un nouveau propriétaire, soit la suppression, pas les deux.`,
		choicesOutdated:
			'Vos organisations ont changé pendant que vous décidiez. Revoyez les choix ci-dessous et confirmez à nouveau.',
		notDeleted: 'Votre compte n’a pas été supprimé.'
	},
	deleted: {
		title: 'Votre compte a été supprimé',
		body: 'Votre profil, vos sessions et vos appartenances ont été effacés, et vous êtes déconnecté·e. Les organisations que vous avez confiées appartiennent désormais à leur nouveau propriétaire.',
		home: 'Retour à l’accueil'
	}
};

export const account = { en, fr };
