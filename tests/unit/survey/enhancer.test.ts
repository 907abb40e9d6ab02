import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allQuestionIds } from '$lib/domain/instrument';
import {
	draftFromEntries,
	draftStorageKey,
	isWorthKeeping,
	parseDraft,
	restoreBody,
	serializeDraft
} from '$lib/survey/enhancer.js';
import { readAnswerFields } from '$lib/survey/fields';

const key = 'abcdefghijklmnopqrstuvwxyz234567';

const drafts = fc.record({
	key: fc.stringMatching(/^[a-z2-7]{32}$/),
	step: fc.constantFrom('welcome', 'profile', 'trust', 'lead_process', 'comment', 'review'),
	fromReview: fc.boolean(),
	answers: fc.dictionary(fc.constantFrom(...allQuestionIds), fc.string({ minLength: 1 }))
});

describe('the draft kept in the browser', () => {
	it('survives storage unchanged, whatever it holds', () => {
		fc.assert(
			fc.property(drafts, (draft) => {
				expect(parseDraft(serializeDraft(draft))).toEqual(draft);
			})
		);
	});

	it('is refused when missing, corrupt, of another version, or odd in any field', () => {
		const good = JSON.parse(serializeDraft({ key, step: 'trust', fromReview: false, answers: {} }));
		const variants: unknown[] = [
			{ ...good, v: 2 },
			{ ...good, key: 'short' },
			{ ...good, step: '../admin' },
			{ ...good, fromReview: 'yes' },
			{ ...good, answers: ['5'] },
			{ ...good, answers: { 'trust.1': 5 } },
			{ ...good, answers: { key: 'another-key' } }
		];
		expect(parseDraft(JSON.stringify(good))).not.toBeNull();
		for (const variant of variants) expect(parseDraft(JSON.stringify(variant))).toBeNull();
		for (const text of [null, undefined, '', '{oops', '[]', 'null', '42']) {
			expect(parseDraft(text)).toBeNull();
		}
	});

	it('is keyed per diagnostic', () => {
		expect(draftStorageKey('d1')).not.toBe(draftStorageKey('d2'));
	});
});

describe('reading the form and resuming it', () => {
	it('reads the controls apart from the answers, first value of each answer', () => {
		const draft = draftFromEntries([
			['key', key],
			['step', 'trust'],
			['from_review', '1'],
			['level', 'frontline'],
			['trust.1', '5'],
			['trust.1', '2'],
			['trust.2', ''],
			['to', 'communication']
		]);
		expect(draft).toEqual({
			key,
			step: 'trust',
			fromReview: true,
			answers: { level: 'frontline', 'trust.1': '5' }
		});
	});

	it('posts back every answer and the key, going to the saved step, as the form would', () => {
		fc.assert(
			fc.property(drafts, (draft) => {
				const body = restoreBody(draft);
				expect(body.get('key')).toBe(draft.key);
				expect(body.get('to')).toBe(draft.step);
				expect(body.get('from_review')).toBe(draft.fromReview ? '1' : null);
				// The server reads the answers back exactly.
				expect(readAnswerFields(body)).toEqual(
					Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== ''))
				);
				// And the same post, read as a form again, is the same draft (but for its step).
				const reread = draftFromEntries(body);
				expect(reread.answers).toEqual(draft.answers);
				expect(reread.key).toBe(draft.key);
			})
		);
	});

	it('keeps nothing for someone who only read the welcome page', () => {
		expect(isWorthKeeping({ key, step: 'welcome', fromReview: false, answers: {} })).toBe(false);
		expect(isWorthKeeping({ key, step: 'profile', fromReview: false, answers: {} })).toBe(true);
		expect(
			isWorthKeeping({ key, step: 'welcome', fromReview: false, answers: { level: 'executive' } })
		).toBe(true);
	});
});
