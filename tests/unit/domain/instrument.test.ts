import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	AGREEMENT_SCALE,
	ALIGNMENT_SCALE,
	ANSWER_ERROR_CODES,
	COMMENT_MAX_LENGTH,
	COMMENT_QUESTION,
	CORE_ITEMS,
	DIMENSIONS,
	DIMENSION_IDS,
	DONT_KNOW,
	FUNCTION_QUESTION,
	INFLUENCE_SCALE,
	INSTRUMENT_VERSION,
	JOB_FUNCTIONS,
	META_ITEM_IDS,
	OVERALL_ITEM_ID,
	STRUCTURE_ITEM_IDS,
	LEVELS,
	LEVEL_QUESTION,
	META_ITEMS,
	OVERALL_ITEM,
	PROFILE_FIELD_IDS,
	PROFILE_QUESTIONS,
	SCALES,
	SCREENS,
	STRUCTURE_ITEMS,
	allItemIds,
	allQuestionIds,
	allowedValues,
	dimensionById,
	isItemId,
	isValidAnswer,
	itemById,
	questionById,
	responseAnswersSchema,
	type ItemId,
	type ResponseAnswers
} from '$lib/domain/instrument';
import type { Locale, LocalizedText } from '$lib/i18n/locales';

const EXPECTED_DIMENSIONS = [
	'trust',
	'communication',
	'credit_sharing',
	'shared_goals',
	'lead_process',
	'leadership',
	'collaboration'
];

const EXPECTED_STRUCTURE_IDS = [
	'structure.influence',
	'structure.marketing_executes',
	'structure.sales_follows',
	'structure.roles_distinct',
	'structure.roles_unclear',
	'structure.merged_team'
];

const RATED_ITEMS = [...CORE_ITEMS, OVERALL_ITEM, ...META_ITEMS, ...STRUCTURE_ITEMS];
/** Full sentences a respondent reads: question and item texts. */
const QUESTION_TEXTS: LocalizedText[] = [
	...RATED_ITEMS.map((item) => item.text),
	...PROFILE_QUESTIONS.map((q) => q.text),
	COMMENT_QUESTION.text
];

function isLocalizedText(value: unknown): value is LocalizedText {
	return (
		typeof value === 'object' && value !== null && Object.keys(value).sort().join() === 'en,fr'
	);
}

/** Every LocalizedText reachable from the instrument's exported data, with where it was found. */
function collectTexts(): { path: string; text: LocalizedText }[] {
	const found: { path: string; text: LocalizedText }[] = [];
	const walk = (value: unknown, path: string): void => {
		if (isLocalizedText(value)) {
			found.push({ path, text: value });
		} else if (Array.isArray(value)) {
			value.forEach((v, i) => walk(v, `${path}[${i}]`));
		} else if (typeof value === 'object' && value !== null) {
			for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
		}
	};
	walk(
		{
			DIMENSIONS,
			SCALES,
			OVERALL_ITEM,
			META_ITEMS,
			STRUCTURE_ITEMS,
			PROFILE_QUESTIONS,
			COMMENT_QUESTION,
			SCREENS
		},
		'instrument'
	);
	return found;
}

const letter = '\\p{L}';
const word = (w: string): RegExp => new RegExp(`(?<!${letter})(?:${w})(?!${letter})`, 'giu');

/** Counts negation markers; French "ne … pas" counts once (only "ne"/"n’" is counted). */
function negationCount(text: string, locale: Locale): number {
	const markers =
		locale === 'en'
			? [word('not|no|never|none|nobody|nothing|neither|nor|without|cannot'), /n[’']t(?!\p{L})/giu]
			: [word('ne|sans|ni|jamais|aucun|aucune|rien'), /(?<!\p{L})n[’'](?=\p{L})/giu];
	return markers.reduce((sum, re) => sum + (text.match(re)?.length ?? 0), 0);
}

/** Explicit double-negative patterns, on top of the marker count. */
const DOUBLE_NEGATIVE_PATTERNS: Record<Locale, RegExp[]> = {
	en: [
		/\bnot\s+(un|in|im|ir|il|dis|non)\w+/i,
		/\bnever\b.*\b(no|not|none|nothing)\b/i,
		/\b(no|not)\b.*\b(never|no|not|nothing|none)\b/i,
		/n['’]t\b.*\b(no|not|never|nothing|none|un\w+)\b/i,
		/(?:(?<!\p{L})(?:not|never)|n['’]t)(?!\p{L}).*\b(fail|lack|refus|avoid|ignor|neglect|unable|unclear|disagree)/iu
	],
	fr: [
		/(?<!\p{L})(ne|n['’])(?!\p{L}).*\b(pas|jamais|rien|plus)\b.*\b(non|aucun|aucune|sans|ni|in\p{L}+)\b/iu,
		/\bsans\b.*\b(ne|pas|non|aucun|aucune)\b/iu,
		/\bpas\s+(non|in\p{L}+|im\p{L}+|dé\p{L}+)/iu,
		/(?<!\p{L})(ne|n['’]).*\b(pas|jamais)\b.*(manqu|échou|refus|évit|ignor|néglig|difficile|flou)/iu
	]
};

function hasDoubleNegative(text: string, locale: Locale): boolean {
	return (
		negationCount(text, locale) > 1 || DOUBLE_NEGATIVE_PATTERNS[locale].some((re) => re.test(text))
	);
}

const minimalResponse = { level: 'frontline', function: 'sales' };

function fullValidResponse(): Record<string, unknown> {
	const answers: Record<string, unknown> = {
		level: 'executive',
		function: 'marketing',
		comment: '  A weekly 20-minute meeting on leads.  '
	};
	allItemIds.forEach((id, i) => {
		const item = itemById(id);
		const values = allowedValues(SCALES[item!.scale]);
		answers[id] = values[i % values.length];
	});
	return answers;
}

function issueCodes(input: unknown): { path: string; message: string }[] {
	const result = responseAnswersSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => ({
		path: issue.path.map(String).join('.'),
		message: issue.message
	}));
}

describe('instrument v1: identity', () => {
	it('declares its version and the stored "don’t know" value', () => {
		expect(INSTRUMENT_VERSION).toBe('v1');
		expect(DONT_KNOW).toBe(0);
	});

	it('is deeply frozen', () => {
		expect(Object.isFrozen(DIMENSIONS)).toBe(true);
		expect(Object.isFrozen(DIMENSIONS[0]?.items[0]?.text)).toBe(true);
		expect(Object.isFrozen(SCREENS[0]?.itemIds)).toBe(true);
		expect(Object.isFrozen(AGREEMENT_SCALE.options[0]?.label)).toBe(true);
		expect(Object.isFrozen(allItemIds)).toBe(true);
		expect(() => {
			(DIMENSIONS[0]!.items[0]!.text as { en: string }).en = 'changed';
		}).toThrow(TypeError);
		expect(() => {
			(allItemIds as ItemId[]).push('trust.1');
		}).toThrow(TypeError);
	});
});

describe('stability of v1', () => {
	it('pins the reverse-keyed items (changing one would corrupt scores across waves)', () => {
		expect(RATED_ITEMS.filter((i) => i.reverse).map((i) => i.id)).toEqual([
			'trust.3',
			'communication.2',
			'credit_sharing.2',
			'credit_sharing.4',
			'shared_goals.3',
			'lead_process.3',
			'leadership.2',
			'collaboration.4',
			'structure.roles_unclear'
		]);
	});

	it('pins the wording of v1: a new wording means a new INSTRUMENT_VERSION', () => {
		const content = JSON.stringify(
			RATED_ITEMS.map((i) => [i.id, i.scale, i.reverse, i.text.en, i.text.fr])
		);
		const fingerprint = createHash('sha256').update(content).digest('hex').slice(0, 16);
		expect(fingerprint).toBe('5313c7e558b176e3');
	});
});

describe('dimensions and core items', () => {
	it('has the seven dimensions in the specified order', () => {
		expect(DIMENSIONS.map((d) => d.id)).toEqual(EXPECTED_DIMENSIONS);
		expect([...DIMENSION_IDS]).toEqual(EXPECTED_DIMENSIONS);
	});

	it('has exactly four items per dimension, ids <dimension>.1 … <dimension>.4', () => {
		for (const d of DIMENSIONS) {
			expect(d.items).toHaveLength(4);
			expect(d.items.map((item) => item.id)).toEqual([1, 2, 3, 4].map((n) => `${d.id}.${n}`));
			for (const item of d.items) {
				expect(item.id).toMatch(/^[a-z_]+\.[1-4]$/);
				expect(item.dimension).toBe(d.id);
				expect(item.scale).toBe('agreement');
				expect(item.kind).toBe('rating');
				expect(typeof item.reverse).toBe('boolean');
			}
		}
		expect(CORE_ITEMS).toHaveLength(28);
		expect(CORE_ITEMS.map((i) => i.id)).toEqual(
			DIMENSIONS.flatMap((d) => d.items.map((i) => i.id))
		);
	});

	it('has unique ids across every question of the instrument', () => {
		const ids = [...RATED_ITEMS.map((i) => i.id), ...PROFILE_FIELD_IDS, COMMENT_QUESTION.id];
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(28 + 1 + 2 + 6 + 2 + 1);
	});

	it('has at least one reverse-worded item per dimension, and some positive ones', () => {
		for (const d of DIMENSIONS) {
			const reverse = d.items.filter((item) => item.reverse).length;
			expect(reverse, d.id).toBeGreaterThanOrEqual(1);
			expect(reverse, d.id).toBeLessThanOrEqual(2);
		}
	});

	it('labels and describes every dimension in one sentence per language', () => {
		for (const d of DIMENSIONS) {
			for (const locale of ['en', 'fr'] as const) {
				expect(d.label[locale].trim().length, d.id).toBeGreaterThan(0);
				const sentence = d.description[locale];
				expect(sentence, d.id).toMatch(/^\p{Lu}.*\.$/u);
				expect(sentence.slice(0, -1), d.id).not.toMatch(/[.!?]\s/);
			}
			expect(d.description.fr).not.toBe(d.description.en);
		}
		expect(dimensionById('lead_process')?.label.en).toBe('Lead management');
		expect(dimensionById('nope')).toBeUndefined();
	});
});

describe('wording', () => {
	it('has non-empty, trimmed text in both languages everywhere', () => {
		const texts = collectTexts();
		expect(texts.length).toBeGreaterThan(100);
		for (const { path, text } of texts) {
			for (const locale of ['en', 'fr'] as const) {
				expect(text[locale].length, `${path}.${locale}`).toBeGreaterThan(0);
				expect(text[locale], `${path}.${locale}`).toBe(text[locale].trim());
				expect(text[locale], `${path}.${locale}`).not.toMatch(/ {2}/);
			}
		}
	});

	it('translates every sentence (FR differs from EN; only short labels such as "Marketing" may match)', () => {
		for (const { path, text } of collectTexts()) {
			if (text.en.split(' ').length > 2) expect(text.fr, path).not.toBe(text.en);
		}
		for (const text of QUESTION_TEXTS) expect(text.fr).not.toBe(text.en);
	});

	it('keeps items short enough for a phone', () => {
		for (const item of RATED_ITEMS) {
			expect(item.text.en.length, item.id).toBeLessThanOrEqual(160);
			expect(item.text.fr.length, item.id).toBeLessThanOrEqual(160);
		}
		for (const { path, text } of collectTexts()) {
			expect(text.en.length, path).toBeLessThanOrEqual(200);
			expect(text.fr.length, path).toBeLessThanOrEqual(200);
		}
	});

	it('detects double negatives (the checker itself)', () => {
		expect(hasDoubleNegative('It is not unusual for leads to be lost.', 'en')).toBe(true);
		expect(hasDoubleNegative('Marketing never gives sales no warning.', 'en')).toBe(true);
		expect(hasDoubleNegative('Sales doesn’t fail to follow up.', 'en')).toBe(true);
		expect(hasDoubleNegative('Ce n’est pas non plus un problème.', 'fr')).toBe(true);
		expect(hasDoubleNegative('Les ventes ne travaillent jamais sans le marketing.', 'fr')).toBe(
			true
		);
		expect(hasDoubleNegative('Il n’est pas difficile de savoir qui décide.', 'fr')).toBe(true);
		expect(hasDoubleNegative('Sales and marketing meet every week.', 'en')).toBe(false);
		expect(hasDoubleNegative('Les deux équipes se réunissent chaque semaine.', 'fr')).toBe(false);
		expect(negationCount('Les leads ne sont pas suivis.', 'fr')).toBe(1);
		expect(negationCount('Il n’y a pas de réunion.', 'fr')).toBe(1);
	});

	it('has no double negative in any question, and no negation at all in reverse items', () => {
		for (const item of RATED_ITEMS) {
			for (const locale of ['en', 'fr'] as const) {
				expect(hasDoubleNegative(item.text[locale], locale), `${item.id}.${locale}`).toBe(false);
				if (item.reverse) {
					expect(negationCount(item.text[locale], locale), `${item.id}.${locale}`).toBe(0);
				}
			}
		}
		for (const text of QUESTION_TEXTS) {
			expect(hasDoubleNegative(text.en, 'en'), text.en).toBe(false);
			expect(hasDoubleNegative(text.fr, 'fr'), text.fr).toBe(false);
		}
	});

	it('speaks of both teams: "the other" only after "each" or "one"', () => {
		for (const item of CORE_ITEMS) {
			const en = item.text.en.replace(/each other/g, '');
			const otherEn = en.search(/\bother\b/);
			if (otherEn >= 0) expect(en.slice(0, otherEn), item.id).toMatch(/\b(each|one)\b/i);
			const fr = item.text.fr;
			const otherFr = fr.search(/l’autre/);
			if (otherFr >= 0) expect(fr.slice(0, otherFr), item.id).toMatch(/(chaque|une|l’une)\s/i);
			expect(item.text.en, item.id).toMatch(/\b(sales|marketing|marketers|team|teams)\b/i);
		}
	});

	it('follows one typographic convention per language', () => {
		for (const { path, text } of collectTexts()) {
			for (const locale of ['en', 'fr'] as const) {
				expect(text[locale], `${path}.${locale}`).not.toMatch(/'/);
			}
			// English: no space before : ; ! ?   French: always a no-break space (U+00A0).
			expect(text.en, path).not.toMatch(/\s[:;!?]/);
			expect(text.fr, path).not.toMatch(/[^\u00a0][:;!?]/);
			expect(text.fr, path).not.toMatch(/[\u202f]/);
		}
		for (const text of QUESTION_TEXTS) {
			expect(text.en).toMatch(/^\p{Lu}.*[.?]$/u);
			expect(text.fr).toMatch(/^\p{Lu}.*(\.|\u00a0\?)$/u);
		}
	});
});

describe('scales', () => {
	it('labels all seven agreement points, 1 = strongly disagree … 7 = strongly agree', () => {
		expect(AGREEMENT_SCALE.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(AGREEMENT_SCALE.options[0]?.label).toEqual({
			en: 'Strongly disagree',
			fr: 'Pas du tout d’accord'
		});
		expect(AGREEMENT_SCALE.options[6]?.label).toEqual({
			en: 'Strongly agree',
			fr: 'Tout à fait d’accord'
		});
		expect(AGREEMENT_SCALE.dontKnow).toEqual({ en: 'Don’t know', fr: 'Je ne sais pas' });
	});

	it('labels the five alignment levels and the seven influence points', () => {
		expect(ALIGNMENT_SCALE.options.map((o) => o.label.en)).toEqual([
			'Not at all aligned',
			'Slightly aligned',
			'Somewhat aligned',
			'Aligned',
			'Highly aligned'
		]);
		expect(ALIGNMENT_SCALE.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
		expect(INFLUENCE_SCALE.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(INFLUENCE_SCALE.options[0]?.label.en).toMatch(/sales decides alone/i);
		expect(INFLUENCE_SCALE.options[3]?.label.en).toMatch(/equal/i);
		expect(INFLUENCE_SCALE.options[6]?.label.en).toMatch(/marketing decides alone/i);
	});

	it('keeps every scale consistent (min..max, distinct labels, don’t know = 0)', () => {
		for (const scale of Object.values(SCALES)) {
			expect(scale.options[0]?.value).toBe(scale.min);
			expect(scale.options.at(-1)?.value).toBe(scale.max);
			expect(scale.options).toHaveLength(scale.max - scale.min + 1);
			expect(new Set(scale.options.map((o) => o.label.en)).size).toBe(scale.options.length);
			expect(new Set(scale.options.map((o) => o.label.fr)).size).toBe(scale.options.length);
			expect(allowedValues(scale)[0]).toBe(DONT_KNOW);
		}
	});
});

describe('overall, meta and structure items', () => {
	it('asks the overall and meta questions on the 5-level scale', () => {
		expect(OVERALL_ITEM.id).toBe('overall.alignment');
		expect(OVERALL_ITEM.text.en).toBe('How aligned are sales and marketing in your company?');
		expect(META_ITEMS.map((i) => i.id)).toEqual(['meta.exec_view', 'meta.frontline_view']);
		for (const item of [OVERALL_ITEM, ...META_ITEMS]) {
			expect(item.scale).toBe('alignment');
			expect(item.reverse).toBe(false);
		}
	});

	it('has the structure ids exactly, influence bipolar, roles_unclear the only reverse', () => {
		expect(STRUCTURE_ITEMS.map((i) => i.id)).toEqual(EXPECTED_STRUCTURE_IDS);
		expect([...STRUCTURE_ITEM_IDS]).toEqual(EXPECTED_STRUCTURE_IDS);
		expect([...META_ITEM_IDS]).toEqual(['meta.exec_view', 'meta.frontline_view']);
		expect(OVERALL_ITEM_ID).toBe('overall.alignment');
		expect(STRUCTURE_ITEMS.map((i) => i.scale)).toEqual([
			'influence',
			'agreement',
			'agreement',
			'agreement',
			'agreement',
			'agreement'
		]);
		expect(STRUCTURE_ITEMS.filter((i) => i.reverse).map((i) => i.id)).toEqual([
			'structure.roles_unclear'
		]);
	});
});

describe('profile and comment', () => {
	it('asks level and function, both required, with the specified options', () => {
		expect(PROFILE_FIELD_IDS).toEqual(['level', 'function']);
		expect(LEVEL_QUESTION.options.map((o) => o.id)).toEqual([
			'executive',
			'senior_manager',
			'frontline'
		]);
		expect(FUNCTION_QUESTION.options.map((o) => o.id)).toEqual(['sales', 'marketing', 'other']);
		expect([...LEVELS]).toEqual(LEVEL_QUESTION.options.map((o) => o.id));
		expect([...JOB_FUNCTIONS]).toEqual(FUNCTION_QUESTION.options.map((o) => o.id));
		for (const q of PROFILE_QUESTIONS) {
			expect(q.required).toBe(true);
			for (const o of q.options) {
				expect(o.label.en.length).toBeGreaterThan(0);
				expect(o.help.fr.length).toBeGreaterThan(0);
				expect(o.help.fr).not.toBe(o.help.en);
			}
		}
	});

	it('offers one optional comment with an exported maximum length', () => {
		expect(COMMENT_MAX_LENGTH).toBe(2000);
		expect(COMMENT_QUESTION).toMatchObject({ id: 'comment', required: false, maxLength: 2000 });
		expect(COMMENT_QUESTION.text.en).toBe(
			'What one change would most improve collaboration between sales and marketing?'
		);
	});
});

describe('screens and lookups', () => {
	it('orders the screens: profile, 7 dimensions, overall, structure, comment', () => {
		expect(SCREENS.map((s) => s.id)).toEqual([
			'profile',
			...EXPECTED_DIMENSIONS,
			'overall',
			'structure',
			'comment'
		]);
		expect(SCREENS[0]?.itemIds).toEqual(['level', 'function']);
		expect(SCREENS[8]?.itemIds).toEqual([
			'overall.alignment',
			'meta.exec_view',
			'meta.frontline_view'
		]);
		expect(SCREENS[9]?.itemIds).toEqual(EXPECTED_STRUCTURE_IDS);
		expect(SCREENS[10]?.itemIds).toEqual(['comment']);
		for (const d of DIMENSIONS) {
			const screen = SCREENS.find((s) => s.id === d.id);
			expect(screen?.title).toEqual(d.label);
			expect(screen?.itemIds).toEqual(d.items.map((i) => i.id));
		}
	});

	it('shows every question exactly once', () => {
		const shown = SCREENS.flatMap((s) => s.itemIds);
		const expected = [
			...PROFILE_FIELD_IDS,
			...RATED_ITEMS.map((i) => i.id),
			COMMENT_QUESTION.id
		].sort();
		expect([...shown].sort()).toEqual(expected);
		expect(new Set(shown).size).toBe(shown.length);
		expect(allQuestionIds).toEqual(shown);
		for (const id of shown) expect(questionById(id)?.id).toBe(id);
	});

	it('lists all 37 rated item ids in screen order, without profile or comment', () => {
		expect(allItemIds).toHaveLength(37);
		expect(allItemIds[0]).toBe('trust.1');
		expect(allItemIds[27]).toBe('collaboration.4');
		expect(allItemIds.slice(28)).toEqual([
			'overall.alignment',
			'meta.exec_view',
			'meta.frontline_view',
			...EXPECTED_STRUCTURE_IDS
		]);
		expect(allItemIds).toEqual(allQuestionIds.filter((id) => isItemId(id)));
	});

	it('finds items by id', () => {
		expect(itemById('credit_sharing.2')).toMatchObject({
			dimension: 'credit_sharing',
			reverse: true
		});
		expect(itemById('structure.influence')?.scale).toBe('influence');
		expect(itemById('level')).toBeUndefined();
		expect(itemById('trust.5')).toBeUndefined();
		expect(questionById('level')?.kind).toBe('choice');
		expect(questionById('comment')?.kind).toBe('text');
		expect(questionById('__proto__')).toBeUndefined();
		expect(isItemId('meta.exec_view')).toBe(true);
		expect(isItemId('comment')).toBe(false);
	});
});

describe('isValidAnswer', () => {
	it('accepts 1..7 and 0 on agreement items, nothing else', () => {
		for (const v of [0, 1, 4, 7]) expect(isValidAnswer('trust.1', v)).toBe(true);
		for (const v of [-1, 8, 1.5, NaN, Infinity, '3', null, undefined, true]) {
			expect(isValidAnswer('trust.1', v), String(v)).toBe(false);
		}
		expect(isValidAnswer('structure.roles_unclear', 7)).toBe(true);
	});

	it('accepts 1..7 and 0 (don’t know) on influence', () => {
		expect(isValidAnswer('structure.influence', 0)).toBe(true);
		expect(isValidAnswer('structure.influence', 7)).toBe(true);
		expect(isValidAnswer('structure.influence', 8)).toBe(false);
	});

	it('accepts 1..5 and 0 on the 5-level items', () => {
		for (const id of ['overall.alignment', 'meta.exec_view', 'meta.frontline_view']) {
			expect(isValidAnswer(id, 0)).toBe(true);
			expect(isValidAnswer(id, 5)).toBe(true);
			expect(isValidAnswer(id, 6)).toBe(false);
		}
	});

	it('rejects unknown ids and non-rated questions', () => {
		expect(isValidAnswer('trust.5', 3)).toBe(false);
		expect(isValidAnswer('level', 1)).toBe(false);
		expect(isValidAnswer('comment', 1)).toBe(false);
	});
});

describe('responseAnswersSchema', () => {
	it('accepts a full valid response, trims the comment, keeps don’t know', () => {
		const input = fullValidResponse();
		input['trust.3'] = DONT_KNOW;
		const result = responseAnswersSchema.safeParse(input);
		expect(result.success).toBe(true);
		expect(result.data?.comment).toBe('A weekly 20-minute meeting on leads.');
		expect(result.data?.['trust.3']).toBe(0);
		expect(result.data?.level).toBe('executive');
		expect(result.data?.function).toBe('marketing');
	});

	it('accepts a minimal response (profile only) and fills every item with null', () => {
		const result = responseAnswersSchema.safeParse(minimalResponse);
		expect(result.success).toBe(true);
		const data = result.data as Record<string, unknown>;
		for (const id of allItemIds) expect(data[id], id).toBeNull();
		expect(data.comment).toBeNull();
		expect(Object.keys(data).sort()).toEqual(
			[...allItemIds, 'level', 'function', 'comment'].sort()
		);
	});

	it('accepts null answers and turns a blank comment into null', () => {
		const result = responseAnswersSchema.safeParse({
			...minimalResponse,
			'trust.1': null,
			comment: '   \n '
		});
		expect(result.success).toBe(true);
		expect(result.data?.['trust.1']).toBeNull();
		expect(result.data?.comment).toBeNull();
	});

	it('rejects unknown ids with unknown_item', () => {
		expect(issueCodes({ ...minimalResponse, 'trust.5': 3 })).toEqual([
			{ path: '', message: 'unknown_item' }
		]);
		expect(issueCodes({ ...minimalResponse, email: 'a@b.c' })).toEqual([
			{ path: '', message: 'unknown_item' }
		]);
	});

	it('rejects out-of-range or malformed values with invalid_answer', () => {
		expect(issueCodes({ ...minimalResponse, 'trust.1': 8 })).toEqual([
			{ path: 'trust.1', message: 'invalid_answer' }
		]);
		expect(issueCodes({ ...minimalResponse, 'overall.alignment': 6 })).toEqual([
			{ path: 'overall.alignment', message: 'invalid_answer' }
		]);
		expect(issueCodes({ ...minimalResponse, 'structure.influence': -1 })).toEqual([
			{ path: 'structure.influence', message: 'invalid_answer' }
		]);
		expect(issueCodes({ ...minimalResponse, 'leadership.2': '4' })).toEqual([
			{ path: 'leadership.2', message: 'invalid_answer' }
		]);
		expect(issueCodes({ ...minimalResponse, 'leadership.2': 2.5 })).toEqual([
			{ path: 'leadership.2', message: 'invalid_answer' }
		]);
	});

	it('requires level and function', () => {
		expect(issueCodes({ function: 'sales' })).toEqual([{ path: 'level', message: 'required' }]);
		expect(issueCodes({ level: 'frontline' })).toEqual([{ path: 'function', message: 'required' }]);
		expect(issueCodes({ level: 'ceo', function: 'sales' })).toEqual([
			{ path: 'level', message: 'invalid_option' }
		]);
		expect(issueCodes({ level: 'frontline', function: 'finance' })).toEqual([
			{ path: 'function', message: 'invalid_option' }
		]);
	});

	it('caps the comment after trimming', () => {
		const atMax = 'x'.repeat(COMMENT_MAX_LENGTH);
		expect(issueCodes({ ...minimalResponse, comment: `  ${atMax}  ` })).toEqual([]);
		expect(issueCodes({ ...minimalResponse, comment: `${atMax}y` })).toEqual([
			{ path: 'comment', message: 'too_long' }
		]);
		expect(issueCodes({ ...minimalResponse, comment: 42 })).toEqual([
			{ path: 'comment', message: 'invalid_comment' }
		]);
	});

	it('rejects a body that is not an object', () => {
		for (const body of [null, 'answers', 3, []]) {
			expect(issueCodes(body)).toEqual([{ path: '', message: 'invalid_response' }]);
		}
	});

	it('only ever reports codes from ANSWER_ERROR_CODES', () => {
		const codes = issueCodes({
			level: 1,
			'trust.1': 9,
			comment: 'x'.repeat(COMMENT_MAX_LENGTH + 1),
			extra: true
		}).map((i) => i.message);
		expect(codes.length).toBe(5);
		for (const code of codes) expect(ANSWER_ERROR_CODES).toContain(code);
	});

	it('types its output: every item number | null', () => {
		expectTypeOf<ResponseAnswers['trust.1']>().toEqualTypeOf<number | null>();
		expectTypeOf<ResponseAnswers['structure.merged_team']>().toEqualTypeOf<number | null>();
		expectTypeOf<ResponseAnswers['comment']>().toEqualTypeOf<string | null>();
		expectTypeOf<ResponseAnswers['level']>().toEqualTypeOf<
			'executive' | 'senior_manager' | 'frontline'
		>();
		expect(allItemIds.length).toBeGreaterThan(0);
	});
});

describe('responseAnswersSchema (properties)', () => {
	const allowedFor = (id: ItemId): number[] => [...allowedValues(SCALES[itemById(id)!.scale])];

	const validAnswers = fc.record(
		Object.fromEntries(
			allItemIds.map((id) => [id, fc.option(fc.constantFrom(...allowedFor(id)), { nil: null })])
		) as Record<ItemId, fc.Arbitrary<number | null>>,
		{ requiredKeys: [] }
	);

	const validResponse = fc.record(
		{
			level: fc.constantFrom(...LEVELS),
			function: fc.constantFrom(...JOB_FUNCTIONS),
			answers: validAnswers,
			comment: fc.option(
				fc.oneof(
					fc.string({ maxLength: 300, unit: 'grapheme' }),
					fc.constant('é'.repeat(COMMENT_MAX_LENGTH))
				),
				{ nil: null }
			)
		},
		{ requiredKeys: ['level', 'function', 'answers'] }
	);

	it('accepts any response built from allowed values', () => {
		fc.assert(
			fc.property(validResponse, ({ level, function: fn, answers, comment }) => {
				const input = {
					level,
					function: fn,
					...answers,
					...(comment === undefined ? {} : { comment })
				};
				const result = responseAnswersSchema.safeParse(input);
				expect(result.success).toBe(true);
				const data = result.data as Record<string, unknown>;
				for (const id of allItemIds) {
					expect(data[id]).toBe((answers as Record<string, number | null | undefined>)[id] ?? null);
				}
				const trimmed = comment?.trim();
				expect(data.comment).toBe(trimmed ? trimmed : null);
			})
		);
	});

	const invalidValueFor = (id: ItemId): fc.Arbitrary<unknown> => {
		const allowed = allowedFor(id);
		return fc.oneof(
			fc.integer().filter((v) => !allowed.includes(v)),
			fc.double().filter((v) => !allowed.includes(v)),
			fc.constantFrom(...allowed).map(String),
			fc.string(),
			fc.boolean(),
			fc.constant([]),
			fc.constant({})
		);
	};

	it('rejects any value outside the allowed set, for any item', () => {
		const arbitrary = fc
			.constantFrom(...allItemIds)
			.chain((id) => fc.tuple(fc.constant(id), invalidValueFor(id), validAnswers));
		fc.assert(
			fc.property(arbitrary, ([id, value, others]) => {
				expect(isValidAnswer(id, value)).toBe(false);
				const input = { ...minimalResponse, ...others, [id]: value };
				expect(issueCodes(input)).toEqual([{ path: id, message: 'invalid_answer' }]);
			})
		);
	});

	it('rejects any unknown key', () => {
		const known = new Set<string>([...allItemIds, ...PROFILE_FIELD_IDS, 'comment']);
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }).filter((key) => !known.has(key) && key !== '__proto__'),
				(key) => {
					expect(issueCodes({ ...minimalResponse, [key]: 3 })).toEqual([
						{ path: '', message: 'unknown_item' }
					]);
				}
			)
		);
	});
});
