/**
 * Answers for the demo organisation (`npm run demo`): a seeded, reproducible set of respondents
 * where executives are much rosier than frontline staff, as in the seeds (Forrester 2024: 82 % of
 * executives say sales and marketing are aligned, while most practitioners see a lack of
 * alignment). `improvement` (0 … 1) moves frontline and senior managers up for a follow-up wave.
 * Pure: no database, no clock; the seeding lives in `$lib/server/demo.ts`.
 */
import {
	SCALES,
	allItemIds,
	itemById,
	type DimensionId,
	type JobFunction,
	type Level,
	type ResponseAnswers
} from '$lib/domain/instrument';

/** Mulberry32: deterministic numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Standard normal from two uniforms (Box–Muller). */
function normal(random: () => number): number {
	const u = Math.max(random(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pick<T>(random: () => number, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)] as T;
}

/** Index drawn from weights that need not sum to 1. */
function weighted(random: () => number, weights: readonly number[]): number {
	const total = weights.reduce((sum, w) => sum + w, 0);
	let roll = random() * total;
	for (let i = 0; i < weights.length; i++) {
		roll -= weights[i] as number;
		if (roll < 0) return i;
	}
	return weights.length - 1;
}

/** Share of each level among respondents (executives over-sampled, as in a real launch). */
export const DEMO_LEVEL_SHARES: Readonly<Record<Level, number>> = {
	executive: 0.16,
	senior_manager: 0.12,
	frontline: 0.72
};

/** Share of each function among respondents. */
export const DEMO_FUNCTION_SHARES: Readonly<Record<JobFunction, number>> = {
	sales: 0.46,
	marketing: 0.4,
	other: 0.14
};

/**
 * Overall alignment (1 … 5) per level in the first wave: executives 82 % aligned (4–5), 41 %
 * highly aligned (5); frontline about 35 % aligned.
 */
const OVERALL_WEIGHTS: Readonly<Record<Level, readonly number[]>> = {
	executive: [0.02, 0.04, 0.12, 0.41, 0.41],
	senior_manager: [0.05, 0.15, 0.25, 0.38, 0.17],
	frontline: [0.12, 0.25, 0.28, 0.27, 0.08]
};

/** What frontline answers once the plan has started to work (improvement = 1). */
const IMPROVED_OVERALL: readonly number[] = [0.06, 0.17, 0.27, 0.37, 0.13];

/** Each level's view of the relationship on the 7-point scale (4 = neutral). */
const LEVEL_VIEW: Readonly<Record<Level, number>> = {
	executive: 5.5,
	senior_manager: 4.6,
	frontline: 3.6
};

/** How much each dimension departs from the respondent's overall view, by level. */
const DIMENSION_SHIFT: Readonly<Record<DimensionId, { executive: number; other: number }>> = {
	trust: { executive: 0.2, other: 0.1 },
	communication: { executive: 0.1, other: -0.2 },
	credit_sharing: { executive: 0, other: -0.5 },
	shared_goals: { executive: 0.3, other: -0.3 },
	lead_process: { executive: -0.2, other: -0.8 },
	leadership: { executive: 0.5, other: 0 },
	collaboration: { executive: 0.1, other: 0.2 }
};

/** Sales and marketing do not hurt at the same places (the mirror). */
function functionShift(fn: JobFunction, dimension: DimensionId): number {
	if (fn === 'sales' && dimension === 'lead_process') return -0.4;
	if (fn === 'marketing' && dimension === 'credit_sharing') return -0.5;
	if (fn === 'marketing' && dimension === 'lead_process') return 0.2;
	return 0;
}

/** Structure items on their raw scale: a "sales decides, marketing executes" company. */
const STRUCTURE_CENTRE: Readonly<Record<string, number>> = {
	'structure.influence': 2.8,
	'structure.marketing_executes': 5.2,
	'structure.sales_follows': 2.9,
	'structure.roles_distinct': 5,
	'structure.roles_unclear': 3.4,
	'structure.merged_team': 2.3
};

const COMMENTS: Readonly<Record<'executive' | 'frontline', readonly string[]>> = {
	executive: [
		'A shared pipeline review every month with both leadership teams.',
		'Keep the joint quarterly planning, it works well.',
		'Un tableau de bord commun ventes-marketing pour le comité de direction.',
		'Clarifier qui porte les comptes stratégiques dès la première campagne.',
		'More field visits for the marketing team.'
	],
	frontline: [
		'Agree on what a qualified lead actually is — half of the MQLs are not ready to talk to sales.',
		'Marketing should come on customer visits at least once a quarter.',
		'Nobody tells us when a campaign goes out; customers know before we do.',
		'Sales never updates the CRM, so we cannot see which campaigns bring deals.',
		'Un vrai SLA sur le traitement des leads, avec un retour sur leur qualité.',
		'Arrêter de nous reprocher les mauvais trimestres quand les leads ne sont pas suivis.',
		'Des objectifs communs : aujourd’hui le marketing est payé au volume de leads, nous au chiffre.',
		'Une réunion hebdomadaire ventes-marketing, même courte.',
		'The wins are always "sales wins", the content we produce is never mentioned.',
		'Les messages de la direction commerciale et de la direction marketing se contredisent.',
		'Joint account planning for the top 50 accounts.',
		'Faire remonter les objections clients au marketing de façon systématique.'
	]
};

export interface DemoAnswersOptions {
	count: number;
	seed: number;
	/** 0 for a first wave; up to 1 for a follow-up where frontline sees clear progress. */
	improvement?: number;
	/** Share of respondents leaving a comment. */
	commentRate?: number;
}

/** Spreads `count` over the shares exactly (largest remainders), in the shares' key order. */
function quotas<K extends string>(shares: Readonly<Record<K, number>>, count: number): K[] {
	const keys = Object.keys(shares) as K[];
	const raw = keys.map((key) => shares[key] * count);
	const counts = raw.map(Math.floor);
	const order = keys.map((_, i) => i).sort((a, b) => raw[b]! - counts[b]! - (raw[a]! - counts[a]!));
	let missing = count - counts.reduce((sum, c) => sum + c, 0);
	for (const i of order) {
		if (missing-- <= 0) break;
		counts[i]! += 1;
	}
	return keys.flatMap((key, i) => Array.from({ length: counts[i]! }, () => key));
}

function shuffle<T>(random: () => number, values: T[]): T[] {
	for (let i = values.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[values[i], values[j]] = [values[j] as T, values[i] as T];
	}
	return values;
}

function clip(value: number, max: number): number {
	return Math.min(max, Math.max(1, Math.round(value)));
}

/**
 * `count` valid answer sets (they pass `responseAnswersSchema`): level quotas per
 * `DEMO_LEVEL_SHARES`, functions per `DEMO_FUNCTION_SHARES`, a few "don't know" and skipped
 * items, bilingual comments now and then. Same options, same answers.
 */
export function demoAnswers(options: DemoAnswersOptions): ResponseAnswers[] {
	const random = seededRandom(options.seed);
	const improvement = Math.min(1, Math.max(0, options.improvement ?? 0));
	const commentRate = options.commentRate ?? 0.2;
	const levels = shuffle(random, quotas(DEMO_LEVEL_SHARES, options.count));
	const functions = shuffle(random, quotas(DEMO_FUNCTION_SHARES, options.count));
	return levels.map((level, index) => {
		const fn = functions[index] as JobFunction;
		const lift = level === 'executive' ? 0.1 * improvement : 0.8 * improvement;
		const view = LEVEL_VIEW[level] + lift + 0.8 * normal(random);
		const answers: Record<string, unknown> = { level, function: fn, comment: null };
		let dimensionView = view;
		for (const id of allItemIds) {
			const item = itemById(id)!;
			const max = SCALES[item.scale].max;
			const [prefix] = id.split('.') as [string];
			const roll = random();
			if (roll < 0.02) {
				answers[id] = null;
				continue;
			}
			if (roll < 0.05) {
				answers[id] = 0;
				continue;
			}
			if (id === 'overall.alignment') {
				const base = OVERALL_WEIGHTS[level];
				const target = level === 'executive' ? base : IMPROVED_OVERALL;
				const weights = base.map((w, i) => w + (target[i]! - w) * improvement);
				answers[id] = 1 + weighted(random, weights);
			} else if (id === 'meta.exec_view') {
				// Everyone expects executives to be positive; frontline slightly underestimates them.
				answers[id] = clip((level === 'executive' ? 4.2 : 3.7) + 0.7 * normal(random), max);
			} else if (id === 'meta.frontline_view') {
				// The blind spot: executives think frontline is nearly as happy as they are.
				const centre = level === 'executive' ? 3.8 : 2.9 + 0.5 * improvement;
				answers[id] = clip(centre + 0.7 * normal(random), max);
			} else if (prefix === 'structure') {
				answers[id] = clip((STRUCTURE_CENTRE[id] ?? 4) + 1.1 * normal(random), max);
			} else {
				const dimension = prefix as DimensionId;
				if (id.endsWith('.1')) {
					const shift = DIMENSION_SHIFT[dimension];
					dimensionView =
						view +
						(level === 'executive' ? shift.executive : shift.other) +
						functionShift(fn, dimension) +
						0.5 * normal(random);
				}
				const value = clip(dimensionView + 0.9 * normal(random), max);
				answers[id] = item.reverse ? max + 1 - value : value;
			}
		}
		if (random() < commentRate) {
			answers.comment = pick(random, COMMENTS[level === 'executive' ? 'executive' : 'frontline']);
		}
		return answers as ResponseAnswers;
	});
}
