import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	COMMENT_MAX_LENGTH,
	JOB_FUNCTIONS,
	LEVELS,
	SCALES,
	allItemIds,
	allQuestionIds,
	allowedValues,
	itemById,
	responseAnswersSchema,
	type QuestionId
} from '$lib/domain/instrument';
import {
	answersInput,
	checkFields,
	missingProfile,
	readAnswerFields,
	toResponseAnswers,
	type AnswerFields
} from '$lib/survey/fields';
import { NO_PRESET } from '$lib/survey/steps';

/** Any set of answers the survey form can produce: some items answered, maybe a profile, maybe a comment. */
const answerFields: fc.Arbitrary<AnswerFields> = fc
	.record(
		{
			level: fc.constantFrom(...LEVELS),
			function: fc.constantFrom(...JOB_FUNCTIONS),
			comment: fc.string({ minLength: 1, maxLength: 60 }),
			items: fc.dictionary(fc.constantFrom(...allItemIds), fc.nat({ max: 7 }), {
				maxKeys: allItemIds.length
			})
		},
		{ requiredKeys: ['items'] }
	)
	.map(({ items, ...profile }) => {
		const fields: AnswerFields = { ...profile };
		for (const [id, raw] of Object.entries(items)) {
			const allowed = allowedValues(SCALES[itemById(id)!.scale]);
			fields[id as QuestionId] = String(allowed[raw % allowed.length]);
		}
		return fields;
	});

/** The hidden fields a screen renders for these answers. */
function hiddenFields(fields: AnswerFields): [string, string][] {
	return Object.entries(fields).filter(
		(entry): entry is [string, string] => entry[1] !== undefined
	);
}

describe('answers carried in form fields', () => {
	it('reads back exactly what the hidden fields carry, whatever the answers', () => {
		fc.assert(
			fc.property(answerFields, (fields) => {
				const read = readAnswerFields(hiddenFields(fields));
				expect(read).toEqual(fields);
				expect(checkFields(read)).toEqual({ fields, errors: {} });
			})
		);
	});

	it('ignores the names that are not questions and keeps the first value of each question', () => {
		const read = readAnswerFields([
			['key', 'abc'],
			['to', 'submit'],
			['trust.1', '5'],
			['trust.1', '2'],
			['trust.2', ''],
			['__proto__', '1'],
			['comment', 'Plus de réunions communes']
		]);
		expect(read).toEqual({ 'trust.1': '5', comment: 'Plus de réunions communes' });
	});

	it('drops a value the form never offers, with a stable error code', () => {
		const { fields, errors } = checkFields({
			'trust.1': '9',
			'overall.alignment': '6',
			'trust.2': 'x',
			'trust.3': '0',
			level: 'ceo',
			function: 'marketing'
		});
		expect(fields).toEqual({ 'trust.3': '0', function: 'marketing' });
		expect(errors).toEqual({
			'trust.1': 'invalid_answer',
			'overall.alignment': 'invalid_answer',
			'trust.2': 'invalid_answer',
			level: 'invalid_option'
		});
	});

	it('keeps a comment that is too long so it can be shortened, not typed again', () => {
		const long = 'é'.repeat(COMMENT_MAX_LENGTH + 1);
		const { fields, errors } = checkFields({ comment: long });
		expect(fields.comment).toBe(long);
		expect(errors).toEqual({ comment: 'too_long' });
		// Surrounding spaces do not count, as in the instrument's schema.
		expect(checkFields({ comment: `  ${'a'.repeat(COMMENT_MAX_LENGTH)}  ` }).errors).toEqual({});
	});
});

describe('the response built from the fields', () => {
	it('turns any complete set of fields into valid answers, every item present', () => {
		fc.assert(
			fc.property(answerFields, (fields) => {
				const complete = { level: 'frontline', function: 'sales', ...fields } as AnswerFields;
				const result = toResponseAnswers(complete, NO_PRESET);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				for (const id of allItemIds) {
					expect(result.answers[id]).toBe(fields[id] === undefined ? null : Number(fields[id]));
				}
				expect(result.answers.comment).toBe(fields.comment?.trim() || null);
			})
		);
	});

	it('takes level and function from the link preset, whatever was posted', () => {
		const result = toResponseAnswers(
			{ level: 'frontline', function: 'sales', 'trust.1': '3' },
			{ level: 'executive', function: 'marketing' }
		);
		expect(result.ok && [result.answers.level, result.answers.function]).toEqual([
			'executive',
			'marketing'
		]);
	});

	it('reports the missing profile with the instrument’s codes', () => {
		const result = toResponseAnswers({ 'trust.1': '3' }, NO_PRESET);
		expect(result).toEqual({ ok: false, errors: { level: 'required', function: 'required' } });
	});
});

describe('the screen-by-screen checks and the instrument’s schema', () => {
	const anyValue = fc.oneof(
		fc.constantFrom('0', '1', '3', '5', '6', '7', '8', '9', '10', '-1', '1.5', ' 4', 'x', ''),
		fc.constantFrom(...LEVELS, ...JOB_FUNCTIONS, 'ceo', 'Sales'),
		fc.string({ maxLength: 5 }),
		fc.constantFrom('a'.repeat(COMMENT_MAX_LENGTH), 'b'.repeat(COMMENT_MAX_LENGTH + 1))
	);
	/** Valid answers, sometimes with a profile field left out, sometimes with one value tampered. */
	const posted: fc.Arbitrary<AnswerFields> = fc
		.tuple(
			answerFields,
			fc.boolean(),
			fc.option(fc.tuple(fc.constantFrom(...allQuestionIds), anyValue), { nil: undefined })
		)
		.map(([fields, withProfile, tampered]) => {
			const all: AnswerFields = withProfile
				? { level: 'frontline', function: 'sales', ...fields }
				: { ...fields };
			if (tampered) all[tampered[0]] = tampered[1];
			return all;
		});

	it('accept exactly the same answers', () => {
		const outcomes = new Set<boolean>();
		fc.assert(
			fc.property(posted, (fields) => {
				const browserAccepts =
					Object.keys(checkFields(fields).errors).length === 0 &&
					Object.keys(missingProfile(fields, NO_PRESET)).length === 0;
				const schemaAccepts = responseAnswersSchema.safeParse(
					answersInput(fields, NO_PRESET)
				).success;
				outcomes.add(schemaAccepts);
				expect(browserAccepts).toBe(schemaAccepts);
			}),
			{ numRuns: 2000 }
		);
		// Both ways were exercised.
		expect([...outcomes].sort()).toEqual([false, true]);
	});
});
