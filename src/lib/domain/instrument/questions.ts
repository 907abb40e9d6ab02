import { deepFreeze, t } from './base';
import type {
	CommentQuestion,
	JobFunction,
	Level,
	MetaItemId,
	OverallItemId,
	ProfileQuestion,
	RatedItem,
	StructureItemId
} from './types';

/** Maximum length of the optional comment, in UTF-16 code units (as HTML `maxlength` counts). */
export const COMMENT_MAX_LENGTH = 2000;

/**
 * Overall alignment, on the 5-level alignment scale. The share answering 4 or 5 ("aligned" +
 * "highly aligned") is this company's version of Forrester's 82 % (41 % "highly aligned").
 */
export const OVERALL_ITEM: RatedItem & { readonly id: OverallItemId } = deepFreeze({
	kind: 'rating',
	id: 'overall.alignment',
	scale: 'alignment',
	reverse: false,
	text: t(
		'How aligned are sales and marketing in your company?',
		'Dans quelle mesure les ventes et le marketing sont-ils alignés dans votre entreprise\u00a0?'
	)
});

/**
 * Meta-perception: each respondent's guess of how the other level answers the overall item.
 * The blind spot is the difference between one level's guess and the other level's real answer.
 */
export const META_ITEMS: readonly (RatedItem & { readonly id: MetaItemId })[] = deepFreeze([
	{
		kind: 'rating',
		id: 'meta.exec_view',
		scale: 'alignment',
		reverse: false,
		text: t(
			'How would the executives of your company answer the previous question?',
			'Comment les dirigeants de votre entreprise répondraient-ils à la question précédente\u00a0?'
		),
		help: t(
			'Executives: C-level, vice-presidents, heads of sales or marketing. Give your best guess.',
			'Dirigeants\u00a0: comité de direction, vice-présidents, directions commerciale et marketing. Donnez votre meilleure estimation.'
		)
	},
	{
		kind: 'rating',
		id: 'meta.frontline_view',
		scale: 'alignment',
		reverse: false,
		text: t(
			'How would the staff doing the day-to-day work in sales and marketing answer the previous question?',
			'Comment les personnes qui font le travail au quotidien dans les ventes et le marketing répondraient-elles à la question précédente\u00a0?'
		),
		help: t(
			'Managers and individual contributors. Give your best guess.',
			'Managers et collaborateurs des équipes. Donnez votre meilleure estimation.'
		)
	}
]);

/**
 * Structure items, read by the paradigm classification: power balance (`influence`,
 * `marketing_executes`, `sales_follows`), role distinctness (`roles_distinct`, `roles_unclear`
 * reversed, `merged_team`). `influence` is bipolar (1 sales … 4 equal … 7 marketing); the others
 * use the agreement scale.
 */
export const STRUCTURE_ITEMS: readonly (RatedItem & { readonly id: StructureItemId })[] =
	deepFreeze([
		{
			kind: 'rating',
			id: 'structure.influence',
			scale: 'influence',
			reverse: false,
			text: t(
				'Who has more say in go-to-market decisions (targets, offers, messages, channels)?',
				'Qui a le plus de poids dans les décisions de mise sur le marché (cibles, offres, messages, canaux)\u00a0?'
			)
		},
		{
			kind: 'rating',
			id: 'structure.marketing_executes',
			scale: 'agreement',
			reverse: false,
			text: t(
				'Marketing mainly carries out requests from sales.',
				'Le marketing exécute principalement les demandes des ventes.'
			)
		},
		{
			kind: 'rating',
			id: 'structure.sales_follows',
			scale: 'agreement',
			reverse: false,
			text: t(
				'Sales is expected to follow plans set by marketing.',
				'Les ventes doivent suivre les plans définis par le marketing.'
			)
		},
		{
			kind: 'rating',
			id: 'structure.roles_distinct',
			scale: 'agreement',
			reverse: false,
			text: t(
				'The roles of sales and marketing are clearly distinct.',
				'Les rôles des ventes et du marketing sont clairement distincts.'
			)
		},
		{
			kind: 'rating',
			id: 'structure.roles_unclear',
			scale: 'agreement',
			reverse: true,
			text: t(
				'It is often unclear whether a task belongs to sales or to marketing.',
				'Il est souvent difficile de savoir si une tâche relève des ventes ou du marketing.'
			)
		},
		{
			kind: 'rating',
			id: 'structure.merged_team',
			scale: 'agreement',
			reverse: false,
			text: t(
				'Sales and marketing work as one merged team.',
				'Les ventes et le marketing fonctionnent comme une seule et même équipe.'
			)
		}
	]);

/**
 * Level. `senior_manager` exists for diagnostics where a small executive group is pooled with
 * senior managers; otherwise the analysis decides which group it joins. Nothing else is asked.
 */
export const LEVEL_QUESTION: ProfileQuestion<'level', Level> = deepFreeze({
	kind: 'choice',
	id: 'level',
	required: true,
	text: t('Which best describes your position?', 'Quel niveau décrit le mieux votre poste\u00a0?'),
	options: [
		{
			id: 'executive',
			label: t('Executive', 'Direction'),
			help: t(
				'C-level, vice-president, or head of sales or marketing.',
				'Comité de direction, vice-présidence, ou responsable de la fonction commerciale ou marketing.'
			)
		},
		{
			id: 'senior_manager',
			label: t('Senior manager', 'Management senior'),
			help: t(
				'Director or senior manager reporting to a head of sales or marketing.',
				'Poste de direction ou de management senior, rattaché à la direction commerciale ou marketing.'
			)
		},
		{
			id: 'frontline',
			label: t('Frontline', 'Équipes opérationnelles'),
			help: t(
				'Team manager or individual contributor doing the day-to-day work.',
				'Manager d’équipe ou membre d’une équipe, au plus près du travail quotidien.'
			)
		}
	]
});

export const FUNCTION_QUESTION: ProfileQuestion<'function', JobFunction> = deepFreeze({
	kind: 'choice',
	id: 'function',
	required: true,
	text: t('Which function do you work in?', 'Dans quelle fonction travaillez-vous\u00a0?'),
	options: [
		{
			id: 'sales',
			label: t('Sales', 'Ventes'),
			help: t(
				'Account executives, business developers, pre-sales, sales management.',
				'Commerciaux, développeurs d’affaires, avant-vente, management commercial.'
			)
		},
		{
			id: 'marketing',
			label: t('Marketing', 'Marketing'),
			help: t(
				'Product marketing, brand, digital, content, demand generation, marketing operations.',
				'Marketing produit, marque, digital, contenu, génération de la demande, marketing ops.'
			)
		},
		{
			id: 'other',
			label: t('Other revenue role', 'Autre fonction liée au chiffre d’affaires'),
			help: t(
				'For example sales operations, revenue operations or customer success.',
				'Par exemple sales ops, revenue ops ou customer success.'
			)
		}
	]
});

export const PROFILE_QUESTIONS: readonly [typeof LEVEL_QUESTION, typeof FUNCTION_QUESTION] =
	deepFreeze([LEVEL_QUESTION, FUNCTION_QUESTION]);

export const COMMENT_QUESTION: CommentQuestion = deepFreeze({
	kind: 'text',
	id: 'comment',
	required: false,
	maxLength: COMMENT_MAX_LENGTH,
	text: t(
		'What one change would most improve collaboration between sales and marketing?',
		'Quel changement améliorerait le plus la collaboration entre les ventes et le marketing\u00a0?'
	),
	help: t(
		'Optional. Please leave out names and any detail that could identify you or a colleague.',
		'Facultatif. Évitez les noms et tout détail qui permettrait de vous identifier, vous ou une autre personne.'
	)
});
