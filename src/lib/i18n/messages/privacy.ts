/** The public privacy page: what Accord stores about respondents and account holders. */
interface Section {
	title: string;
	intro?: string;
	items: string[];
}

const en = {
	title: 'Privacy: what Accord stores',
	intro:
		'Accord measures how sales and marketing work together without knowing who said what. This page says plainly what is kept, for how long, and how to get it or have it deleted.',
	respondents: {
		title: 'If you answer a survey',
		intro: 'Your answers are anonymous. With each response Accord stores only:',
		items: [
			'your answers to the questions (a number per question, or “don’t know”);',
			'your level (executive, senior manager or frontline) and your function (sales, marketing or other);',
			'the day you answered, never the time;',
			'whether you answered online or on paper (imported later);',
			'your comment, if you write one, stored apart from your answers with only your level and function, so it cannot be matched to them.'
		]
	} satisfies Section,
	neverStored: {
		title: 'Never stored with your answers',
		items: [
			'your name or your email address;',
			'your IP address or your browser (user agent);',
			'the link or the invitation you used: nothing connects a response to an invitation;',
			'any account: you do not need one to answer.'
		]
	} satisfies Section,
	protections: {
		title: 'How results stay anonymous',
		items: [
			'Survey links carry a long random code; Accord keeps only a hash of it. The code leaves the address bar at once and lives in a cookie limited to the survey pages.',
			'A personal invitation keeps your email address only to send reminders, and records only that you have answered — never when, never which response.',
			'No result is shown for a group of fewer than k people (k is 5 unless the organisation raised it, never below 3). When one group is hidden, others are hidden too so that it cannot be worked out by subtraction.',
			'A small executive group may be shown from 3 answers only if the organisation chose it, and the executives’ survey page then says so.',
			'Comments are shown only for a group of at least 10 people, or pooled over the whole diagnostic once it has k respondents, shuffled and without a date.',
			'While you answer, your answers in progress stay in your own browser until they are sent.'
		]
	} satisfies Section,
	retention: {
		title: 'How long answers are kept',
		items: [
			'Each organisation chooses: raw answers and comments are kept, or deleted a number of months (1 to 120) after the diagnostic closes.',
			'After that deletion only the report remains: group figures that already passed the anonymity threshold, and the comments that the report showed.',
			'When an organisation is deleted, all its diagnostics, answers and comments are deleted with it.'
		]
	} satisfies Section,
	accounts: {
		title: 'If you have an account',
		intro: 'For people who run diagnostics (marketing leaders, consultants), Accord stores:',
		items: [
			'your name, email address, preferred language and the date you signed up;',
			'your password as an argon2id hash — never the password itself;',
			'the organisations you belong to and your role in each, and the invitation links you created (their dates and roles; the link itself is stored only as a hash);',
			'your sessions: a hash of the session code and its dates; a session lasts 90 days at most and is deleted when you log out, change your password or delete your account;',
			'counters of recent login and sign-up attempts per email address and per IP address (a number and the start of its window), to slow down password guessing.'
		]
	} satisfies Section,
	rights: {
		title: 'Your rights and how to use them',
		items: [
			'Download your data: on your account page, “Download my data” gives a JSON file with everything above.',
			'Delete your account: on your account page, with your password. For each organisation you own alone you choose to hand it to another member or to delete it with all its diagnostics. Your profile, sessions and memberships are then deleted at once.',
			'Respondents: because nothing links an answer to a person, nobody — not even Accord — can find your individual answers to show or delete them. Ask the organisation that invited you to delete a whole diagnostic if needed.'
		]
	} satisfies Section,
	cookies: {
		title: 'Cookies',
		items: [
			'a session cookie when you log in;',
			'a survey cookie holding the code of your survey link, only on survey pages;',
			'your language choice.',
			'No advertising or tracking cookie, and no third-party analytics.'
		]
	} satisfies Section,
	yourAccount: 'Go to your account'
};

export type PrivacyMessages = typeof en;

const fr: PrivacyMessages = {
	title: 'Confidentialité : ce qu’Accord conserve',
	intro:
		'Accord mesure la façon dont les ventes et le marketing travaillent ensemble sans savoir qui a dit quoi. Cette page dit simplement ce qui est conservé, combien de temps, et comment l’obtenir ou le faire supprimer.',
	respondents: {
		title: 'Si vous répondez à un questionnaire',
		intro: 'Vos réponses sont anonymes. Avec chaque réponse, Accord enregistre seulement :',
		items: [
			'vos réponses aux questions (un nombre par question, ou « je ne sais pas ») ;',
			'votre niveau (dirigeant, cadre ou terrain) et votre fonction (ventes, marketing ou autre) ;',
			'le jour de votre réponse, jamais l’heure ;',
			'si vous avez répondu en ligne ou sur papier (importé ensuite) ;',
			'votre commentaire, si vous en écrivez un, enregistré à part de vos réponses avec seulement votre niveau et votre fonction, pour qu’on ne puisse pas les rapprocher.'
		]
	},
	neverStored: {
		title: 'Jamais enregistré avec vos réponses',
		items: [
			'votre nom ou votre adresse e-mail ;',
			'votre adresse IP ou votre navigateur (user agent) ;',
			'le lien ou l’invitation utilisés : rien ne relie une réponse à une invitation ;',
			'un compte : il n’en faut pas pour répondre.'
		]
	},
	protections: {
		title: 'Comment les résultats restent anonymes',
		items: [
			'Les liens du questionnaire portent un long code aléatoire ; Accord n’en garde qu’une empreinte (hash). Le code quitte aussitôt la barre d’adresse et reste dans un cookie limité aux pages du questionnaire.',
			'Une invitation personnelle garde votre adresse e-mail uniquement pour les relances, et note seulement que vous avez répondu — jamais quand, jamais quelle réponse.',
			'Aucun résultat n’est affiché pour un groupe de moins de k personnes (k vaut 5 sauf si l’organisation l’a relevé, jamais moins de 3). Quand un groupe est masqué, d’autres le sont aussi pour qu’on ne puisse pas le retrouver par soustraction.',
			'Un petit groupe de dirigeants ne peut être montré dès 3 réponses que si l’organisation l’a choisi, et la page du questionnaire des dirigeants le dit alors.',
			'Les commentaires ne sont montrés que pour un groupe d’au moins 10 personnes, ou regroupés sur tout le diagnostic dès qu’il compte k répondants, mélangés et sans date.',
			'Pendant que vous répondez, vos réponses en cours restent dans votre navigateur jusqu’à leur envoi.'
		]
	},
	retention: {
		title: 'Combien de temps les réponses sont conservées',
		items: [
			'Chaque organisation choisit : les réponses brutes et les commentaires sont conservés, ou supprimés un certain nombre de mois (de 1 à 120) après la clôture du diagnostic.',
			'Après cette suppression, seul le rapport reste : les chiffres de groupes qui avaient déjà franchi le seuil d’anonymat, et les commentaires que le rapport montrait.',
			'Quand une organisation est supprimée, tous ses diagnostics, réponses et commentaires le sont avec elle.'
		]
	},
	accounts: {
		title: 'Si vous avez un compte',
		intro:
			'Pour les personnes qui mènent les diagnostics (directions marketing, consultants), Accord enregistre :',
		items: [
			'votre nom, votre adresse e-mail, votre langue préférée et la date de votre inscription ;',
			'votre mot de passe sous forme d’empreinte argon2id — jamais le mot de passe lui-même ;',
			'les organisations dont vous êtes membre et votre rôle dans chacune, et les liens d’invitation que vous avez créés (dates et rôles ; le lien n’est conservé que sous forme d’empreinte) ;',
			'vos sessions : une empreinte du code de session et ses dates ; une session dure 90 jours au plus et est supprimée quand vous vous déconnectez, changez de mot de passe ou supprimez votre compte ;',
			'des compteurs des tentatives récentes de connexion et d’inscription par adresse e-mail et par adresse IP (un nombre et le début de sa période), pour freiner les essais de mots de passe.'
		]
	},
	rights: {
		title: 'Vos droits et comment les exercer',
		items: [
			'Télécharger vos données : sur la page de votre compte, « Télécharger mes données » fournit un fichier JSON avec tout ce qui précède.',
			'Supprimer votre compte : sur la page de votre compte, avec votre mot de passe. Pour chaque organisation dont vous êtes le seul propriétaire, vous choisissez de la confier à un autre membre ou de la supprimer avec tous ses diagnostics. Votre profil, vos sessions et vos appartenances sont alors supprimés immédiatement.',
			'Répondants : comme rien ne relie une réponse à une personne, personne — pas même Accord — ne peut retrouver vos réponses individuelles pour les montrer ou les supprimer. Demandez à l’organisation qui vous a invité·e de supprimer un diagnostic entier si nécessaire.'
		]
	},
	cookies: {
		title: 'Cookies',
		items: [
			'un cookie de session quand vous vous connectez ;',
			'un cookie de questionnaire contenant le code de votre lien, seulement sur les pages du questionnaire ;',
			'votre choix de langue.',
			'Aucun cookie publicitaire ou de suivi, et aucune mesure d’audience par un tiers.'
		]
	},
	yourAccount: 'Aller à votre compte'
};

export const privacy = { en, fr };
