import { allQuestionIds, type ResponseAnswers } from '$lib/domain/instrument';
import { missingProfile, toResponseAnswers, type AnswerFields, type FieldErrors } from './fields';
import { stepOfQuestion, stepsFor, type Preset, type StepId } from './steps';

/*
 * The rules of moving between steps. The server applies them to every post, with or without
 * JavaScript, so both ways of answering accept and refuse exactly the same things.
 */

export interface MoveResult {
	step: StepId;
	errors: FieldErrors;
}

/** The step holding the first question with an error, in questionnaire order. */
export function firstErrorStep(errors: FieldErrors, preset: Preset): StepId | undefined {
	const id = allQuestionIds.find((question) => errors[question] !== undefined);
	return id ? stepOfQuestion(id, preset) : undefined;
}

/**
 * Where a request to go to `to` lands. Errors already found in the posted answers
 * send the respondent to the first of them; going past the profile needs level and function.
 * Going back is always allowed, so nobody is stuck on a screen they want to leave.
 */
export function move(
	errors: FieldErrors,
	fields: AnswerFields,
	to: StepId,
	preset: Preset
): MoveResult {
	const errorStep = firstErrorStep(errors, preset);
	if (errorStep) return { step: errorStep, errors };
	const steps = stepsFor(preset);
	const profileIndex = steps.indexOf('profile');
	if (profileIndex !== -1 && steps.indexOf(to) > profileIndex) {
		const missing = missingProfile(fields, preset);
		if (Object.keys(missing).length > 0) return { step: 'profile', errors: missing };
	}
	return { step: to, errors: {} };
}

export type SubmissionCheck =
	{ ok: true; answers: ResponseAnswers } | { ok: false; step: StepId; errors: FieldErrors };

/** Whether the answers can be stored; if not, the step to show and why. */
export function checkSubmission(fields: AnswerFields, preset: Preset): SubmissionCheck {
	const missing = missingProfile(fields, preset);
	if (Object.keys(missing).length > 0) return { ok: false, step: 'profile', errors: missing };
	const result = toResponseAnswers(fields, preset);
	if (result.ok) return result;
	return {
		ok: false,
		step: firstErrorStep(result.errors, preset) ?? 'review',
		errors: result.errors
	};
}
