import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_FUNCTIONS, LEVELS, SCREENS, allQuestionIds } from '$lib/domain/instrument';
import { checkSubmission, firstErrorStep, move } from '$lib/survey/flow';
import {
	NO_PRESET,
	isStepId,
	progressOf,
	questionsOnStep,
	stepOfQuestion,
	stepsFor,
	type Preset
} from '$lib/survey/steps';

const presets: fc.Arbitrary<Preset> = fc.record({
	level: fc.constantFrom(null, ...LEVELS),
	function: fc.constantFrom(null, ...JOB_FUNCTIONS)
});

describe('survey steps', () => {
	it('asks every question exactly once, minus what the link presets', () => {
		fc.assert(
			fc.property(presets, (preset) => {
				const asked = stepsFor(preset).flatMap((step) => questionsOnStep(step, preset));
				const expected = allQuestionIds.filter(
					(id) => !(id === 'level' && preset.level) && !(id === 'function' && preset.function)
				);
				expect(asked).toEqual(expected);
				for (const id of expected) expect(stepOfQuestion(id, preset)).toBeDefined();
			})
		);
	});

	it('starts with the welcome, ends with the review, and skips a fully preset profile', () => {
		expect(stepsFor(NO_PRESET)).toEqual(['welcome', ...SCREENS.map((s) => s.id), 'review']);
		const preset: Preset = { level: 'frontline', function: 'sales' };
		expect(stepsFor(preset)).not.toContain('profile');
		expect(isStepId('profile', preset)).toBe(false);
		expect(questionsOnStep('profile', { level: 'executive', function: null })).toEqual([
			'function'
		]);
	});

	it('counts progress over the question screens', () => {
		expect(progressOf('profile', NO_PRESET)).toEqual({ position: 1, total: 11 });
		expect(progressOf('trust', { level: 'executive', function: 'sales' })).toEqual({
			position: 1,
			total: 10
		});
		expect(progressOf('review', NO_PRESET)).toEqual({ position: 11, total: 11 });
	});
});

describe('moving between steps', () => {
	it('needs level and function to go past the profile, but never to go back', () => {
		expect(move({}, {}, 'trust', NO_PRESET)).toEqual({
			step: 'profile',
			errors: { level: 'required', function: 'required' }
		});
		expect(move({}, { level: 'executive' }, 'trust', NO_PRESET)).toEqual({
			step: 'profile',
			errors: { function: 'required' }
		});
		expect(move({}, {}, 'welcome', NO_PRESET)).toEqual({ step: 'welcome', errors: {} });
		expect(move({}, {}, 'profile', NO_PRESET)).toEqual({ step: 'profile', errors: {} });
		const profile = { level: 'frontline', function: 'marketing' } as const;
		expect(move({}, profile, 'trust', NO_PRESET)).toEqual({ step: 'trust', errors: {} });
		expect(move({}, {}, 'trust', { level: 'frontline', function: 'sales' })).toEqual({
			step: 'trust',
			errors: {}
		});
	});

	it('shows the first screen with an error, in questionnaire order', () => {
		const errors = {
			'structure.influence': 'invalid_answer',
			'trust.2': 'invalid_answer'
		} as const;
		expect(firstErrorStep(errors, NO_PRESET)).toBe('trust');
		expect(move(errors, {}, 'review', NO_PRESET).step).toBe('trust');
	});

	it('accepts a submission once the profile is given, and says where to go otherwise', () => {
		expect(checkSubmission({ 'trust.1': '4' }, NO_PRESET)).toMatchObject({
			ok: false,
			step: 'profile'
		});
		const ok = checkSubmission({ level: 'executive', function: 'other' }, NO_PRESET);
		expect(ok.ok).toBe(true);
		const tooLong = checkSubmission(
			{ level: 'executive', function: 'other', comment: 'x'.repeat(3000) },
			NO_PRESET
		);
		expect(tooLong).toEqual({ ok: false, step: 'comment', errors: { comment: 'too_long' } });
	});
});
