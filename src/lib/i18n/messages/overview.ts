import type { Locale } from '$lib/i18n/locales';

const en = {
	title: 'Diagnostics of your organisations',
	intro: 'Every diagnostic of every organisation you belong to, with its report and action plan.',
	empty: 'No diagnostic yet.',
	role: (role: string) => `Your role: ${role}`,
	diagnostic: 'Diagnostic',
	status: 'Status',
	responses: 'Responses',
	links: 'Links',
	report: 'Report',
	plan: 'Action plan',
	downloadCsv: 'Download CSV',
	downloadCsvTitle: 'The report’s figures per group (no individual answer), as a spreadsheet file'
};

const fr: typeof en = {
	title: 'Diagnostics de vos organisations',
	intro:
		'Tous les diagnostics des organisations dont vous êtes membre, avec leur rapport et leur plan d’action.',
	empty: 'Aucun diagnostic pour l’instant.',
	role: (role: string) => `Votre rôle\u00a0: ${role}`,
	diagnostic: 'Diagnostic',
	status: 'Statut',
	responses: 'Réponses',
	links: 'Liens',
	report: 'Rapport',
	plan: 'Plan d’action',
	downloadCsv: 'Télécharger le CSV',
	downloadCsvTitle:
		'Les chiffres du rapport par groupe (aucune réponse individuelle), en fichier tableur'
};

export const overview: Record<Locale, typeof en> = { en, fr };
