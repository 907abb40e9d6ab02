import type { ExecutiveMode } from '$lib/server/db/schema';
import type { AnswerFields, FieldErrors } from './fields';
import type { Preset, StepId } from './steps';

/** Names of the form fields that are not answers. */
export const FORM = {
	/** The idempotency key of this response. */
	key: 'key',
	/** The step the form was on. */
	step: 'step',
	/** Set while the respondent edits a screen from the review, to go straight back to it. */
	fromReview: 'from_review',
	/** Button: the step to go to, or `SUBMIT`. */
	to: 'to',
	/** Button on the review: the screen to edit. */
	edit: 'edit',
	/** Button: show the survey in this language, keeping every answer. */
	lang: 'lang'
} as const;

export const SUBMIT = 'submit';

/** 160 random bits from the server (`generateToken`), in lowercase base32. */
export const IDEMPOTENCY_KEY_PATTERN = /^[a-z2-7]{32}$/;

/** Outcomes of a form post that concern the whole form, translated in `survey.outcome`. */
export const OUTCOME_CODES = [
	'too_many',
	'expired',
	'invalid_request',
	'network',
	'server'
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Everything needed to draw the survey at one step; the form posts it back in full. */
export interface SurveyView {
	step: StepId;
	answers: AnswerFields;
	errors: FieldErrors;
	key: string;
	fromReview: boolean;
	message?: OutcomeCode;
}

/** What the respondent's page knows about the diagnostic (nothing about who they are). */
export interface SurveyInfo {
	diagnosticId: string;
	title: string;
	k: number;
	executiveMode: ExecutiveMode;
	/** True for a personal invitation (the welcome page says what it records). */
	invitation: boolean;
	preset: Preset;
}

export function startView(key: string): SurveyView {
	return { step: 'welcome', answers: {}, errors: {}, key, fromReview: false };
}
