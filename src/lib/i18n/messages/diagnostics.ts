import type { DiagnosticStatus, ExecutiveMode } from '$lib/server/db/schema';
import type { Locale } from '../locales';

/** Validation and outcome codes of the diagnostic forms, on top of the common ones. */
const enErrors = {
	required: 'This field is required.',
	not_a_number: 'Enter a number.',
	not_integer: 'Enter a whole number.',
	too_small: (min: number) => `Enter at least ${min}.`,
	too_big: (max: number) => `Enter at most ${max}.`,
	too_long: 'This is too long.',
	invalid_option: 'Choose one of the options.',
	invalid_choice: 'Choose one of the options.',
	language_required: 'Offer the survey in at least one language.',
	k_too_small: (min: number) =>
		`Use at least ${min}: with fewer answers per group, people could be recognised.`,
	k_too_big: (max: number) => `Use at most ${max}.`,
	anonymity_locked:
		'The anonymity settings cannot change once the diagnostic has been opened. Nothing was saved.',
	invalid_transition: 'This change of status is not possible from the current status.',
	not_open: 'Open the diagnostic before sending invitations or reminders.',
	invalid_email_lines:
		'Some addresses are not valid; nothing was sent. Correct them and try again.',
	too_many_emails: (max: number) => `Paste at most ${max} addresses at a time.`,
	invalid: 'This value is not valid.'
};

const en = {
	nav: {
		diagnostics: 'Diagnostics',
		overview: 'Overview',
		progress: 'Progress',
		distribute: 'Distribute',
		report: 'Report',
		plan: 'Action plan',
		live: 'Live survey',
		import: 'Import',
		settings: 'Settings',
		sections: 'Diagnostic sections',
		allDiagnostics: 'All diagnostics'
	},
	list: {
		title: 'Diagnostics',
		empty: 'No diagnostic yet.',
		emptyAdmin: 'No diagnostic yet. Create one to start collecting answers.',
		create: 'New diagnostic',
		name: 'Diagnostic',
		status: 'Status',
		responses: 'Responses',
		created: 'Created'
	},
	status: {
		draft: 'Draft',
		open: 'Open',
		closed: 'Closed'
	} satisfies Record<DiagnosticStatus, string>,
	statusHelp: {
		draft: 'Not open yet: links and invitations can be prepared, nobody can answer.',
		open: 'Collecting answers.',
		closed: 'Closed: no more answers are accepted. It can be reopened.'
	} satisfies Record<DiagnosticStatus, string>,
	languageNames: { en: 'English', fr: 'French' } satisfies Record<Locale, string>,
	form: {
		createTitle: 'New diagnostic',
		createIntro:
			'Describe the company and choose how answers are protected. You can change everything except the anonymity settings after opening.',
		settingsTitle: 'Diagnostic settings',
		general: 'General',
		title: 'Title',
		titleHint: 'For you and your team, e.g. “Alignment survey, spring 2025”. Respondents see it.',
		languages: 'Languages offered to respondents',
		languagesHint: 'Respondents choose among these. Invitation emails use one of them.',
		context: 'Company context',
		contextIntro:
			'These answers drive the recommended sales–marketing model in the report. Your best estimates are enough.',
		expected: 'Expected number of respondents (optional)',
		expectedIntro:
			'How many people of each group you will invite. Used only to show response rates; leave empty if unknown.',
		expectedLevel: 'Level',
		expectedCell: (level: string, fn: string) => `Expected ${level}, ${fn}`,
		anonymity: 'Anonymity',
		anonymityIntro:
			'No result is ever shown for a group with fewer answers than the threshold below, and groups that would let someone work a hidden one out by subtraction are hidden too.',
		k: 'Minimum answers per group (k)',
		kHint: (min: number, max: number) =>
			`Between ${min} and ${max}. 5 is a good default; a higher number protects more but hides more small groups.`,
		executiveMode: 'If the executive group is small',
		executiveModes: {
			standard: {
				label: 'Standard',
				help: 'Executives are reported as their own group only once they reach the threshold above. Senior managers are counted with frontline staff.'
			},
			pool: {
				label: 'Pool executives with senior managers',
				help: 'Executives and senior managers are reported together as one “leadership” group, so it reaches the threshold sooner. Choose this when you have only a handful of executives.'
			},
			k3: {
				label: 'Report executives from 3 answers',
				help: 'Executives are shown from 3 answers instead of the threshold above. Their survey page tells them so before they answer.'
			}
		} satisfies Record<ExecutiveMode, { label: string; help: string }>,
		locked:
			'Locked: the diagnostic has been opened. Changing the threshold or the executive option now could reveal a group that was hidden before, so these settings stay as they were.',
		choose: 'Choose…',
		previous: 'Follow-up wave of',
		previousNone: 'None: this is a first wave',
		previousHint: 'Link it to an earlier diagnostic to compare the results of both waves.',
		create: 'Create diagnostic',
		save: 'Save settings',
		saved: 'Settings saved.'
	},
	lifecycle: {
		title: 'Status',
		archived:
			'Closed. Its raw answers were deleted under the retention setting: the report is kept, and the diagnostic can no longer be reopened.',
		open: 'Open the diagnostic',
		close: 'Close the diagnostic',
		reopen: 'Reopen the diagnostic',
		openHelp: 'Opening lets people answer. After that, the anonymity settings are locked.',
		closeHelp: 'Closing stops new answers. You can reopen it later.',
		reopenHelp: 'Reopening accepts answers again.'
	},
	overview: {
		summary: 'Summary',
		languages: 'Languages',
		threshold: 'Minimum answers per group',
		executiveMode: 'Small executive group',
		previous: 'Follow-up wave of',
		responses: 'Responses so far',
		created: 'Created',
		opened: 'Opened',
		closed: 'Closed',
		rawAnswersDeleted: 'Raw answers deleted (retention)',
		context: 'Company context',
		next: 'Next steps',
		goDistribute: 'Share survey links or send invitations',
		goProgress: 'Follow the response rates',
		goSettings: 'Edit the settings'
	},
	progress: {
		title: 'Progress',
		intro: (k: number) =>
			`Answers received per group. A group with fewer than ${k} answers is shown as “fewer than ${k}”, and so is any group that would let someone work it out by subtraction: even here, nobody can be singled out.`,
		introK3: (k: number) =>
			`Executives are shown from 3 answers, other groups from ${k}; smaller groups, and any group that would let someone work one out by subtraction, are shown as “fewer than …”.`,
		total: 'Total',
		allResponses: 'Responses received',
		fewerThan: (k: number) => `fewer than ${k}`,
		of: (expected: number) => `of ${expected} expected`,
		rate: (percent: number) => `${percent}%`,
		levelRow: { executive: 'Executives', frontline: 'Frontline' },
		levelRowPooled: 'Executives and senior managers',
		levelRowWithSeniors: 'Frontline and senior managers',
		caption: 'Responses by level and function',
		invitations: 'Personal invitations',
		invited: 'Invited',
		answered: 'Answered',
		noInvitations: 'No personal invitation sent yet.'
	},
	distribute: {
		title: 'Distribute the survey',
		notOpen:
			'The diagnostic is not open: people who follow a link now are told to come back later.',
		closed: 'The diagnostic is closed: links and invitations do not accept answers.',
		linksTitle: 'Survey links',
		linksIntro:
			'A general link works for everyone: respondents say their level and function. A link for one audience sets them instead, for example to post in a sales-only channel.',
		createGeneral: 'Create a general link',
		audienceTitle: 'Link for one audience',
		label: 'Label (for you)',
		labelHint: 'Shown only in this list, e.g. “Sales team channel”.',
		presetLevel: 'Level',
		presetFunction: 'Function',
		respondentChooses: 'Respondents choose',
		createAudience: 'Create this link',
		generalLabel: 'General link',
		createdTitle: (label: string) => `Your new link: ${label}`,
		shownOnce:
			'Copy it now: it is shown only once. Accord keeps only a fingerprint of it, so it cannot show it again; if you lose it, revoke it and create another.',
		qrAlt: (label: string) => `QR code of the link “${label}”`,
		downloadQr: 'Download the QR code',
		createAnother: 'Create another link',
		activeTitle: 'Active links',
		noLinks: 'No active link.',
		audience: 'Audience',
		everyone: 'Everyone',
		createdOn: 'Created',
		revoke: 'Revoke',
		revokeLabel: (label: string) => `Revoke the link “${label}”`,
		invitationsTitle: 'Personal invitations',
		invitationsIntro:
			'Paste email addresses, one per line or separated by commas. Each person gets a personal link that works once. It only records that the person answered, to stop reminders; it is never connected to their answers.',
		emails: 'Email addresses',
		emailsHint: 'Duplicates and people already invited are skipped.',
		emailLanguage: 'Email language',
		send: 'Send invitations',
		createInvitationLinks: 'Create invitation links',
		smtpOn: 'Invitations are sent by email.',
		smtpOff:
			'No mail server is configured (SMTP_URL), so Accord shows each personal link for you to send yourself.',
		invalidLine: (line: number, value: string) =>
			`Line ${line}: “${value}” is not a valid address.`,
		sent: (count: number) => (count === 1 ? '1 invitation sent.' : `${count} invitations sent.`),
		createdCount: (count: number) =>
			count === 1 ? '1 invitation created.' : `${count} invitations created.`,
		skipped: (count: number) =>
			count === 1
				? '1 address skipped (duplicate or already invited).'
				: `${count} addresses skipped (duplicates or already invited).`,
		failed: (count: number) =>
			count === 1
				? '1 email could not be sent. “Send a reminder” tries again.'
				: `${count} emails could not be sent. “Send a reminder” tries again.`,
		linksToCopy:
			'Personal links, shown only once: send each one to its person. Nobody else should use it.',
		remindTitle: 'Reminders',
		remindIntro:
			'Writes again to the people who have not answered yet, with a new link; their previous link stops working.',
		remind: 'Send a reminder',
		remindLinks: 'Create new links for those who have not answered',
		reminded: (count: number) => (count === 1 ? '1 reminder sent.' : `${count} reminders sent.`),
		remindedLinks: (count: number) =>
			count === 1 ? '1 new link created.' : `${count} new links created.`,
		nobodyPending: 'Everyone invited has answered: nobody to remind.',
		summary: (invited: number, answered: number) => `${invited} invited, ${answered} answered.`,
		email: 'Email',
		link: 'Link'
	},
	email: {
		subject: (title: string) => `Your view on sales and marketing: ${title}`,
		reminderSubject: (title: string) => `Reminder: your view on sales and marketing (${title})`,
		body: (organisation: string, link: string) =>
			[
				'Hello,',
				'',
				`${organisation} asks executives and staff in sales and marketing the same short questions to see how well the two teams work together. It takes about 8 minutes.`,
				'',
				'Your answers are anonymous: no name, email or address is stored with them, and results are shown only for groups large enough that nobody can be recognised.',
				'',
				'Your personal link (it works once):',
				link,
				'',
				'This link only records that you answered, so that you get no reminder; it is never connected to your answers.',
				'',
				'Thank you!'
			].join('\n')
	},
	errors: enErrors
};

export type DiagnosticMessages = typeof en;

const fr: DiagnosticMessages = {
	nav: {
		diagnostics: 'Diagnostics',
		overview: 'Vue d’ensemble',
		progress: 'Avancement',
		distribute: 'Diffusion',
		report: 'Rapport',
		plan: 'Plan d’action',
		live: 'Questionnaire en direct',
		import: 'Import',
		settings: 'Paramètres',
		sections: 'Rubriques du diagnostic',
		allDiagnostics: 'Tous les diagnostics'
	},
	list: {
		title: 'Diagnostics',
		empty: 'Aucun diagnostic pour l’instant.',
		emptyAdmin: 'Aucun diagnostic pour l’instant. Créez-en un pour recueillir des réponses.',
		create: 'Nouveau diagnostic',
		name: 'Diagnostic',
		status: 'Statut',
		responses: 'Réponses',
		created: 'Créé le'
	},
	status: {
		draft: 'Brouillon',
		open: 'Ouvert',
		closed: 'Clos'
	},
	statusHelp: {
		draft:
			'Pas encore ouvert : les liens et invitations peuvent être préparés, personne ne peut répondre.',
		open: 'Les réponses sont recueillies.',
		closed: 'Clos : plus aucune réponse n’est acceptée. Il peut être rouvert.'
	},
	languageNames: { en: 'Anglais', fr: 'Français' },
	form: {
		createTitle: 'Nouveau diagnostic',
		createIntro:
			'Décrivez l’entreprise et choisissez comment les réponses sont protégées. Tout reste modifiable après l’ouverture, sauf les réglages d’anonymat.',
		settingsTitle: 'Paramètres du diagnostic',
		general: 'Général',
		title: 'Titre',
		titleHint:
			'Pour vous et votre équipe, par exemple « Enquête alignement, printemps 2025 ». Les répondants le voient.',
		languages: 'Langues proposées aux répondants',
		languagesHint:
			'Les répondants choisissent parmi elles. Les e-mails d’invitation utilisent l’une d’elles.',
		context: 'Contexte de l’entreprise',
		contextIntro:
			'Ces réponses déterminent le modèle ventes–marketing recommandé dans le rapport. Vos meilleures estimations suffisent.',
		expected: 'Nombre de répondants attendus (facultatif)',
		expectedIntro:
			'Combien de personnes de chaque groupe vous allez solliciter. Sert uniquement à afficher les taux de réponse ; laissez vide si vous ne savez pas.',
		expectedLevel: 'Niveau',
		expectedCell: (level: string, fn: string) => `Attendus ${level}, ${fn}`,
		anonymity: 'Anonymat',
		anonymityIntro:
			'Aucun résultat n’est jamais affiché pour un groupe ayant moins de réponses que le seuil ci-dessous, et les groupes qui permettraient d’en déduire un groupe masqué par soustraction sont masqués aussi.',
		k: 'Nombre minimum de réponses par groupe (k)',
		kHint: (min: number, max: number) =>
			`Entre ${min} et ${max}. 5 est un bon choix par défaut ; un seuil plus élevé protège davantage mais masque plus de petits groupes.`,
		executiveMode: 'Si le groupe des dirigeants est petit',
		executiveModes: {
			standard: {
				label: 'Standard',
				help: 'Les dirigeants forment leur propre groupe, affiché seulement une fois le seuil ci-dessus atteint. Le management senior est compté avec les équipes opérationnelles.'
			},
			pool: {
				label: 'Regrouper dirigeants et management senior',
				help: 'Dirigeants et management senior sont présentés ensemble comme un seul groupe « encadrement », qui atteint le seuil plus vite. À choisir quand vous n’avez que quelques dirigeants.'
			},
			k3: {
				label: 'Afficher les dirigeants dès 3 réponses',
				help: 'Les résultats des dirigeants sont affichés dès 3 réponses au lieu du seuil ci-dessus. Leur page d’enquête le leur indique avant qu’ils répondent.'
			}
		},
		locked:
			'Verrouillé : le diagnostic a été ouvert. Modifier maintenant le seuil ou l’option dirigeants pourrait révéler un groupe jusque-là masqué ; ces réglages restent donc inchangés.',
		choose: 'Choisissez…',
		previous: 'Vague de suivi de',
		previousNone: 'Aucun : c’est une première vague',
		previousHint:
			'Reliez-le à un diagnostic antérieur pour comparer les résultats des deux vagues.',
		create: 'Créer le diagnostic',
		save: 'Enregistrer les paramètres',
		saved: 'Paramètres enregistrés.'
	},
	lifecycle: {
		title: 'Statut',
		archived:
			'Clos. Ses réponses brutes ont été supprimées selon la durée de conservation\u00a0: le rapport est conservé, et le diagnostic ne peut plus être rouvert.',
		open: 'Ouvrir le diagnostic',
		close: 'Clore le diagnostic',
		reopen: 'Rouvrir le diagnostic',
		openHelp: 'L’ouverture permet de répondre. Ensuite, les réglages d’anonymat sont verrouillés.',
		closeHelp: 'La clôture arrête les nouvelles réponses. Vous pourrez le rouvrir.',
		reopenHelp: 'La réouverture accepte de nouveau des réponses.'
	},
	overview: {
		summary: 'Résumé',
		languages: 'Langues',
		threshold: 'Minimum de réponses par groupe',
		executiveMode: 'Petit groupe de dirigeants',
		previous: 'Vague de suivi de',
		responses: 'Réponses reçues',
		created: 'Créé le',
		opened: 'Ouvert le',
		closed: 'Clos le',
		rawAnswersDeleted: 'Réponses brutes supprimées (conservation)',
		context: 'Contexte de l’entreprise',
		next: 'Étapes suivantes',
		goDistribute: 'Partager des liens ou envoyer des invitations',
		goProgress: 'Suivre les taux de réponse',
		goSettings: 'Modifier les paramètres'
	},
	progress: {
		title: 'Avancement',
		intro: (k: number) =>
			`Réponses reçues par groupe. Un groupe de moins de ${k} réponses est indiqué « moins de ${k} », de même que tout groupe qui permettrait de le déduire par soustraction : même ici, personne ne peut être isolé.`,
		introK3: (k: number) =>
			`Les dirigeants sont affichés dès 3 réponses, les autres groupes dès ${k} ; les groupes plus petits, et tout groupe qui permettrait d’en déduire un par soustraction, sont indiqués « moins de … ».`,
		total: 'Total',
		allResponses: 'Réponses reçues',
		fewerThan: (k: number) => `moins de ${k}`,
		of: (expected: number) => `sur ${expected} attendus`,
		rate: (percent: number) => `${percent} %`,
		levelRow: { executive: 'Dirigeants', frontline: 'Équipes opérationnelles' },
		levelRowPooled: 'Dirigeants et management senior',
		levelRowWithSeniors: 'Équipes opérationnelles et management senior',
		caption: 'Réponses par niveau et par fonction',
		invitations: 'Invitations personnelles',
		invited: 'Invités',
		answered: 'Ont répondu',
		noInvitations: 'Aucune invitation personnelle envoyée pour l’instant.'
	},
	distribute: {
		title: 'Diffuser l’enquête',
		notOpen:
			'Le diagnostic n’est pas ouvert : les personnes qui suivent un lien maintenant sont invitées à revenir plus tard.',
		closed: 'Le diagnostic est clos : les liens et invitations n’acceptent plus de réponses.',
		linksTitle: 'Liens d’enquête',
		linksIntro:
			'Un lien général convient à tous : les répondants indiquent leur niveau et leur fonction. Un lien pour un public les fixe à leur place, par exemple pour le publier dans un canal réservé aux ventes.',
		createGeneral: 'Créer un lien général',
		audienceTitle: 'Lien pour un public',
		label: 'Libellé (pour vous)',
		labelHint: 'Visible seulement dans cette liste, par exemple « Canal de l’équipe ventes ».',
		presetLevel: 'Niveau',
		presetFunction: 'Fonction',
		respondentChooses: 'Au choix du répondant',
		createAudience: 'Créer ce lien',
		generalLabel: 'Lien général',
		createdTitle: (label: string) => `Votre nouveau lien : ${label}`,
		shownOnce:
			'Copiez-le maintenant : il n’est affiché qu’une fois. Accord n’en garde qu’une empreinte et ne peut donc pas le réafficher ; si vous le perdez, révoquez-le et créez-en un autre.',
		qrAlt: (label: string) => `QR code du lien « ${label} »`,
		downloadQr: 'Télécharger le QR code',
		createAnother: 'Créer un autre lien',
		activeTitle: 'Liens actifs',
		noLinks: 'Aucun lien actif.',
		audience: 'Public',
		everyone: 'Tout le monde',
		createdOn: 'Créé le',
		revoke: 'Révoquer',
		revokeLabel: (label: string) => `Révoquer le lien « ${label} »`,
		invitationsTitle: 'Invitations personnelles',
		invitationsIntro:
			'Collez des adresses e-mail, une par ligne ou séparées par des virgules. Chaque personne reçoit un lien personnel qui ne sert qu’une fois. Il indique seulement que la personne a répondu, pour arrêter les relances ; il n’est jamais relié à ses réponses.',
		emails: 'Adresses e-mail',
		emailsHint: 'Les doublons et les personnes déjà invitées sont ignorés.',
		emailLanguage: 'Langue de l’e-mail',
		send: 'Envoyer les invitations',
		createInvitationLinks: 'Créer les liens d’invitation',
		smtpOn: 'Les invitations sont envoyées par e-mail.',
		smtpOff:
			'Aucun serveur de messagerie n’est configuré (SMTP_URL) : Accord affiche chaque lien personnel pour que vous l’envoyiez vous-même.',
		invalidLine: (line: number, value: string) =>
			`Ligne ${line} : « ${value} » n’est pas une adresse valide.`,
		sent: (count: number) =>
			count <= 1 ? `${count} invitation envoyée.` : `${count} invitations envoyées.`,
		createdCount: (count: number) =>
			count <= 1 ? `${count} invitation créée.` : `${count} invitations créées.`,
		skipped: (count: number) =>
			count <= 1
				? `${count} adresse ignorée (doublon ou déjà invitée).`
				: `${count} adresses ignorées (doublons ou déjà invitées).`,
		failed: (count: number) =>
			count <= 1
				? `${count} e-mail n’a pas pu être envoyé. « Envoyer une relance » réessaie.`
				: `${count} e-mails n’ont pas pu être envoyés. « Envoyer une relance » réessaie.`,
		linksToCopy:
			'Liens personnels, affichés une seule fois : envoyez chacun à sa personne. Personne d’autre ne doit l’utiliser.',
		remindTitle: 'Relances',
		remindIntro:
			'Écrit de nouveau aux personnes qui n’ont pas encore répondu, avec un nouveau lien ; leur lien précédent cesse de fonctionner.',
		remind: 'Envoyer une relance',
		remindLinks: 'Créer de nouveaux liens pour celles et ceux qui n’ont pas répondu',
		reminded: (count: number) =>
			count <= 1 ? `${count} relance envoyée.` : `${count} relances envoyées.`,
		remindedLinks: (count: number) =>
			count <= 1 ? `${count} nouveau lien créé.` : `${count} nouveaux liens créés.`,
		nobodyPending: 'Toutes les personnes invitées ont répondu : personne à relancer.',
		summary: (invited: number, answered: number) =>
			`${invited} invité${invited > 1 ? 's' : ''}, ${answered} ${answered > 1 ? 'ont' : 'a'} répondu.`,
		email: 'E-mail',
		link: 'Lien'
	},
	email: {
		subject: (title: string) => `Votre regard sur les ventes et le marketing : ${title}`,
		reminderSubject: (title: string) =>
			`Relance : votre regard sur les ventes et le marketing (${title})`,
		body: (organisation: string, link: string) =>
			[
				'Bonjour,',
				'',
				`${organisation} pose les mêmes questions courtes aux dirigeants et aux équipes des ventes et du marketing, pour voir comment les deux fonctions travaillent ensemble. Cela prend environ 8 minutes.`,
				'',
				'Vos réponses sont anonymes : aucun nom, e-mail ni adresse n’est enregistré avec elles, et les résultats ne sont affichés que pour des groupes assez grands pour que personne ne puisse être reconnu.',
				'',
				'Votre lien personnel (il ne sert qu’une fois) :',
				link,
				'',
				'Ce lien indique seulement que vous avez répondu, pour que vous ne receviez pas de relance ; il n’est jamais relié à vos réponses.',
				'',
				'Merci !'
			].join('\n')
	},
	errors: {
		required: 'Ce champ est obligatoire.',
		not_a_number: 'Saisissez un nombre.',
		not_integer: 'Saisissez un nombre entier.',
		too_small: (min: number) => `Saisissez au moins ${min}.`,
		too_big: (max: number) => `Saisissez au plus ${max}.`,
		too_long: 'C’est trop long.',
		invalid_option: 'Choisissez l’une des options.',
		invalid_choice: 'Choisissez l’une des options.',
		language_required: 'Proposez l’enquête dans au moins une langue.',
		k_too_small: (min: number) =>
			`Utilisez au moins ${min} : avec moins de réponses par groupe, des personnes pourraient être reconnues.`,
		k_too_big: (max: number) => `Utilisez au plus ${max}.`,
		anonymity_locked:
			'Les réglages d’anonymat ne peuvent plus changer une fois le diagnostic ouvert. Rien n’a été enregistré.',
		invalid_transition: 'Ce changement de statut n’est pas possible depuis le statut actuel.',
		not_open: 'Ouvrez le diagnostic avant d’envoyer des invitations ou des relances.',
		invalid_email_lines:
			'Certaines adresses ne sont pas valides ; rien n’a été envoyé. Corrigez-les puis réessayez.',
		too_many_emails: (max: number) => `Collez au plus ${max} adresses à la fois.`,
		invalid: 'Cette valeur n’est pas valide.'
	}
};

export const diagnostics = { en, fr };
export type DiagnosticErrorCode = keyof DiagnosticMessages['errors'];
