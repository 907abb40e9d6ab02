import type { Role } from '$lib/domain/roles';

const en = {
	list: {
		title: 'Your organisations',
		empty: 'You do not belong to any organisation yet. Create one to launch a diagnostic.',
		createTitle: 'Create an organisation',
		name: 'Organisation name',
		create: 'Create',
		open: 'Open'
	},
	overview: {
		yourRole: 'Your role',
		members: 'Members',
		settings: 'Settings',
		diagnostics: 'Diagnostics'
	},
	members: {
		title: 'Members',
		name: 'Name',
		email: 'Email',
		role: 'Role',
		actions: 'Actions',
		changeRole: 'Change role',
		remove: 'Remove',
		removeConfirm: 'Remove this member',
		you: '(you)',
		inviteTitle: 'Invite someone',
		inviteIntro:
			'Create a link for one person. It works once and expires after 7 days; share it privately.',
		inviteRole: 'Role for the new member',
		inviteCreate: 'Create invitation link',
		inviteLink: 'Invitation link (shown once: copy it now)',
		pendingTitle: 'Pending invitations',
		pendingEmpty: 'No pending invitation.',
		expires: 'Expires',
		revoke: 'Revoke'
	},
	settings: {
		title: 'Organisation settings',
		rename: 'Save name',
		retentionTitle: 'Retention of raw answers',
		retentionIntro:
			'Delete the raw answers and comments of a diagnostic a number of months after it closes. Its report, aggregates and action plan are kept; the diagnostic can then no longer be reopened.',
		retentionMonths: 'Delete raw answers this many months after a diagnostic closes',
		retentionHint: 'From 1 to 120 months. Leave empty to keep raw answers.',
		retentionSave: 'Save retention',
		retentionCurrent: (months: number | null) =>
			months === null
				? 'Currently: raw answers are kept.'
				: `Currently: raw answers are deleted ${months} month${months === 1 ? '' : 's'} after a diagnostic closes.`
	},
	invite: {
		title: 'Join an organisation',
		body: (org: string, role: string) => `You have been invited to join ${org} as ${role}.`,
		accept: 'Join the organisation',
		needAccount: 'Sign up or log in to accept this invitation.',
		invalid:
			'This invitation link is no longer valid: it was already used, revoked or it expired. Ask for a new one.'
	},
	roles: {
		owner: 'Owner',
		admin: 'Administrator',
		consultant: 'Consultant',
		viewer: 'Viewer'
	} satisfies Record<Role, string>,
	roleHelp: {
		owner: 'Everything, including managing owners.',
		admin: 'Manages members, diagnostics and settings.',
		consultant: 'Reads every report, presents workshops, edits action plans.',
		viewer: 'Reads reports.'
	} satisfies Record<Role, string>
};

export type OrganisationMessages = typeof en;

const fr: OrganisationMessages = {
	list: {
		title: 'Vos organisations',
		empty:
			'Vous n’appartenez encore à aucune organisation. Créez-en une pour lancer un diagnostic.',
		createTitle: 'Créer une organisation',
		name: 'Nom de l’organisation',
		create: 'Créer',
		open: 'Ouvrir'
	},
	overview: {
		yourRole: 'Votre rôle',
		members: 'Membres',
		settings: 'Paramètres',
		diagnostics: 'Diagnostics'
	},
	members: {
		title: 'Membres',
		name: 'Nom',
		email: 'E-mail',
		role: 'Rôle',
		actions: 'Actions',
		changeRole: 'Changer le rôle',
		remove: 'Retirer',
		removeConfirm: 'Retirer ce membre',
		you: '(vous)',
		inviteTitle: 'Inviter quelqu’un',
		inviteIntro:
			'Créez un lien pour une personne. Il ne sert qu’une fois et expire au bout de 7 jours ; partagez-le en privé.',
		inviteRole: 'Rôle du nouveau membre',
		inviteCreate: 'Créer le lien d’invitation',
		inviteLink: 'Lien d’invitation (affiché une seule fois : copiez-le maintenant)',
		pendingTitle: 'Invitations en attente',
		pendingEmpty: 'Aucune invitation en attente.',
		expires: 'Expire le',
		revoke: 'Révoquer'
	},
	settings: {
		title: 'Paramètres de l’organisation',
		rename: 'Enregistrer le nom',
		retentionTitle: 'Conservation des réponses brutes',
		retentionIntro:
			'Supprimez les réponses brutes et les commentaires d’un diagnostic un certain nombre de mois après sa clôture. Son rapport, ses agrégats et son plan d’action sont conservés ; le diagnostic ne peut alors plus être rouvert.',
		retentionMonths: 'Supprimer les réponses brutes ce nombre de mois après la clôture',
		retentionHint: 'De 1 à 120 mois. Laissez vide pour conserver les réponses brutes.',
		retentionSave: 'Enregistrer la durée',
		retentionCurrent: (months: number | null) =>
			months === null
				? 'Actuellement : les réponses brutes sont conservées.'
				: `Actuellement : les réponses brutes sont supprimées ${months} mois après la clôture d’un diagnostic.`
	},
	invite: {
		title: 'Rejoindre une organisation',
		body: (org: string, role: string) =>
			`Vous êtes invité·e à rejoindre ${org} avec le rôle ${role}.`,
		accept: 'Rejoindre l’organisation',
		needAccount: 'Créez un compte ou connectez-vous pour accepter cette invitation.',
		invalid:
			'Ce lien d’invitation n’est plus valable : il a déjà servi, a été révoqué ou a expiré. Demandez-en un nouveau.'
	},
	roles: {
		owner: 'Propriétaire',
		admin: 'Administrateur',
		consultant: 'Consultant',
		viewer: 'Lecteur'
	},
	roleHelp: {
		owner: 'Tout, y compris la gestion des propriétaires.',
		admin: 'Gère les membres, les diagnostics et les paramètres.',
		consultant: 'Lit tous les rapports, anime les ateliers, modifie les plans d’action.',
		viewer: 'Lit les rapports.'
	}
};

export const organisations = { en, fr };
