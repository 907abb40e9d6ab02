/**
 * What the CMO tells Accord about the company when opening a diagnostic. The recommendation
 * (recommendation.ts) reads it; the form renders the labels exported here.
 *
 * zod messages are short stable codes, never sentences: the UI translates them, and tests and
 * logs can rely on them.
 */
import { z } from 'zod';
import type { LocalizedText } from '$lib/i18n/locales';

export const REVENUE_MODELS = ['recurring', 'one_off', 'mixed'] as const;
export type RevenueModel = (typeof REVENUE_MODELS)[number];

export const SALES_MOTIONS = ['self_serve', 'inside', 'field', 'channel'] as const;
export type SalesMotion = (typeof SALES_MOTIONS)[number];

/** Ordered from shortest to longest: recommendation rules compare positions. */
export const SALES_CYCLES = [
	'under_1_month',
	'1_to_3_months',
	'3_to_6_months',
	'6_to_12_months',
	'over_12_months'
] as const;
export type SalesCycle = (typeof SALES_CYCLES)[number];

/** Upper bounds only catch typing mistakes (an extra zero); they are not business rules. */
export const CONTEXT_LIMITS = {
	headcount: { min: 1, max: 100_000 },
	selfDirectedJourneyPct: { min: 0, max: 100 },
	segmentCount: { min: 1, max: 1_000 }
} as const;

/** Every message the schema can produce. */
export const CONTEXT_ERROR_CODES = [
	'required',
	'not_a_number',
	'not_integer',
	'too_small',
	'too_big',
	'invalid_option'
] as const;
export type ContextErrorCode = (typeof CONTEXT_ERROR_CODES)[number];

/**
 * HTML forms send strings: an empty field becomes "missing" (so the code is 'required', not
 * 'too_small'), a decimal comma is accepted because French users type one.
 */
function fromFormValue(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

function numberField(min: number, max: number, integer: boolean) {
	const base = z.number({
		error: (issue) =>
			issue.input === undefined || issue.input === null ? 'required' : 'not_a_number'
	});
	const checked = (integer ? base.int({ error: 'not_integer' }) : base)
		.min(min, { error: 'too_small' })
		.max(max, { error: 'too_big' });
	return z.preprocess(fromFormValue, checked);
}

function choiceField<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, {
		error: (issue) =>
			issue.input === undefined || issue.input === null || issue.input === ''
				? 'required'
				: 'invalid_option'
	});
}

export const companyContextSchema = z.object({
	/** Sales and marketing together, everyone who works on revenue. */
	headcount: numberField(CONTEXT_LIMITS.headcount.min, CONTEXT_LIMITS.headcount.max, true),
	revenueModel: choiceField(REVENUE_MODELS),
	salesMotion: choiceField(SALES_MOTIONS),
	/** Share of the buying journey buyers complete before they first talk to sales, in %. */
	selfDirectedJourneyPct: numberField(
		CONTEXT_LIMITS.selfDirectedJourneyPct.min,
		CONTEXT_LIMITS.selfDirectedJourneyPct.max,
		false
	),
	salesCycle: choiceField(SALES_CYCLES),
	segmentCount: numberField(CONTEXT_LIMITS.segmentCount.min, CONTEXT_LIMITS.segmentCount.max, true)
});

export type CompanyContext = z.infer<typeof companyContextSchema>;
export type CompanyContextField = keyof CompanyContext;

export const REVENUE_MODEL_LABELS: Record<RevenueModel, LocalizedText> = {
	recurring: {
		en: 'Mostly recurring (subscriptions, contracts)',
		fr: 'Surtout récurrent (abonnements, contrats)'
	},
	one_off: { en: 'Mostly one-off sales', fr: 'Surtout des ventes ponctuelles' },
	mixed: { en: 'A mix of both', fr: 'Un mélange des deux' }
};

export const SALES_MOTION_LABELS: Record<SalesMotion, LocalizedText> = {
	self_serve: {
		en: 'Self-serve (customers buy online on their own)',
		fr: 'Libre-service (les clients achètent seuls en ligne)'
	},
	inside: { en: 'Inside sales (phone, video)', fr: 'Vente à distance (téléphone, visio)' },
	field: {
		en: 'Field sales (visits, key accounts)',
		fr: 'Vente terrain (visites, grands comptes)'
	},
	channel: {
		en: 'Channel or retail (distributors, resellers, shops)',
		fr: 'Indirecte ou distribution (distributeurs, revendeurs, magasins)'
	}
};

export const SALES_CYCLE_LABELS: Record<SalesCycle, LocalizedText> = {
	under_1_month: { en: 'Under 1 month', fr: 'Moins d’un mois' },
	'1_to_3_months': { en: '1 to 3 months', fr: '1 à 3 mois' },
	'3_to_6_months': { en: '3 to 6 months', fr: '3 à 6 mois' },
	'6_to_12_months': { en: '6 to 12 months', fr: '6 à 12 mois' },
	over_12_months: { en: 'Over 12 months', fr: 'Plus de 12 mois' }
};

interface FieldBase<F extends CompanyContextField> {
	id: F;
	label: LocalizedText;
	help: LocalizedText;
}
export interface NumberFieldDefinition<
	F extends CompanyContextField = CompanyContextField
> extends FieldBase<F> {
	kind: 'integer' | 'percent';
	min: number;
	max: number;
}
export interface ChoiceFieldDefinition<
	F extends CompanyContextField = CompanyContextField
> extends FieldBase<F> {
	kind: 'choice';
	options: readonly { value: string; label: LocalizedText }[];
}
export type ContextFieldDefinition = NumberFieldDefinition | ChoiceFieldDefinition;

function optionsOf<T extends string>(
	values: readonly T[],
	labels: Record<T, LocalizedText>
): { value: T; label: LocalizedText }[] {
	return values.map((value) => ({ value, label: labels[value] }));
}

/** The form, in display order. */
export const COMPANY_CONTEXT_FIELDS: readonly ContextFieldDefinition[] = [
	{
		id: 'headcount',
		kind: 'integer',
		...CONTEXT_LIMITS.headcount,
		label: { en: 'Sales and marketing headcount', fr: 'Effectif ventes et marketing' },
		help: {
			en: 'Everyone in sales and marketing combined, managers included.',
			fr: 'Toutes les personnes des ventes et du marketing réunies, managers compris.'
		}
	},
	{
		id: 'revenueModel',
		kind: 'choice',
		options: optionsOf(REVENUE_MODELS, REVENUE_MODEL_LABELS),
		label: { en: 'Revenue model', fr: 'Modèle de revenu' },
		help: {
			en: 'Where most of your revenue comes from.',
			fr: 'D’où vient l’essentiel de votre chiffre d’affaires.'
		}
	},
	{
		id: 'salesMotion',
		kind: 'choice',
		options: optionsOf(SALES_MOTIONS, SALES_MOTION_LABELS),
		label: { en: 'Main sales motion', fr: 'Mode de vente principal' },
		help: {
			en: 'How most new revenue is won.',
			fr: 'Comment se gagne l’essentiel du nouveau chiffre d’affaires.'
		}
	},
	{
		id: 'selfDirectedJourneyPct',
		kind: 'percent',
		...CONTEXT_LIMITS.selfDirectedJourneyPct,
		label: {
			en: 'Share of the buying journey done before contacting sales (%)',
			fr: 'Part du parcours d’achat faite avant de contacter un commercial (%)'
		},
		help: {
			en: 'Your best estimate; studies often quote 60 to 80% in B2B.',
			fr: 'Votre meilleure estimation ; les études citent souvent 60 à 80 % en B2B.'
		}
	},
	{
		id: 'salesCycle',
		kind: 'choice',
		options: optionsOf(SALES_CYCLES, SALES_CYCLE_LABELS),
		label: { en: 'Typical sales cycle', fr: 'Cycle de vente typique' },
		help: {
			en: 'From first qualified contact to signature.',
			fr: 'Du premier contact qualifié à la signature.'
		}
	},
	{
		id: 'segmentCount',
		kind: 'integer',
		...CONTEXT_LIMITS.segmentCount,
		label: {
			en: 'Number of customer segments or product lines',
			fr: 'Nombre de segments clients ou de gammes de produits'
		},
		help: {
			en: 'Count the ones that have their own offer or their own sales approach.',
			fr: 'Comptez ceux qui ont leur propre offre ou leur propre approche commerciale.'
		}
	}
];
