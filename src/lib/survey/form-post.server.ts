import { dev } from '$app/environment';
import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { locales } from '$lib/i18n/locales';
import { consumeRateLimit, type RateLimitRule } from '$lib/server/auth/rate-limit';
import { generateToken } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db';
import { LOCALE_COOKIE } from '$lib/server/hooks/locale';
import { submitResponse } from '$lib/server/responses';
import type { SurveyAccess } from '$lib/server/survey-access';
import { refuse, unavailableReason } from '$lib/server/survey-session';
import { checkFields, readAnswerFields, type AnswerFields, type FieldErrors } from './fields';
import { checkSubmission, firstErrorStep, move } from './flow';
import { isStepId, type Preset, type StepId } from './steps';
import { FORM, IDEMPOTENCY_KEY_PATTERN, SUBMIT, type OutcomeCode, type SurveyView } from './view';

/**
 * Submissions accepted per diagnostic and minute, over every respondent. Anonymity rules out a
 * per-person or per-address limit, so this only caps floods: 600 a minute lets a full room or a
 * company-wide send-out through (ten per second) while slowing a script that hammers a shared
 * link. Over it, the respondent gets a 429 and a message to send again; nothing is lost.
 */
export const SUBMISSIONS_PER_DIAGNOSTIC: RateLimitRule = { limit: 600, windowMs: 60_000 };

// The fields that steer the form. Anything malformed counts as absent: the respondent stays
// where they were rather than meeting an error about a field they cannot see.
const controlsSchema = z.object({
	[FORM.key]: z.string().regex(IDEMPOTENCY_KEY_PATTERN).optional().catch(undefined),
	[FORM.step]: z.string().max(40).optional().catch(undefined),
	[FORM.to]: z.string().max(40).optional().catch(undefined),
	[FORM.edit]: z.string().max(40).optional().catch(undefined),
	[FORM.lang]: z.enum(locales).optional().catch(undefined),
	[FORM.fromReview]: z.literal('1').optional().catch(undefined)
});

export type SurveyPostResult = { view: SurveyView } | ActionFailure<{ view: SurveyView }>;

export function presetOf(access: SurveyAccess): Preset {
	return access.kind === 'link'
		? { level: access.link.presetLevel, function: access.link.presetFunction }
		: { level: null, function: null };
}

function firstValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of form) {
		if (typeof value === 'string' && !(name in values)) values[name] = value;
	}
	return values;
}

function hasErrors(errors: FieldErrors): boolean {
	return Object.keys(errors).length > 0;
}

/**
 * One post of the survey form (every screen posts all answers so far; nothing is stored before
 * the final submit). Renders the next screen, the same screen with its errors, or stores the
 * response and redirects to the thank-you page.
 */
export async function handleSurveyPost(
	event: RequestEvent,
	access: SurveyAccess
): Promise<SurveyPostResult> {
	const preset = presetOf(access);
	const form = await event.request.formData().catch(() => null);
	const controls = controlsSchema.parse(form ? firstValues(form) : {});
	const { fields, errors } = checkFields(form ? readAnswerFields(form) : {});
	const from: StepId = isStepId(controls.step, preset) ? controls.step : 'welcome';
	const key = controls.key ?? null;
	const view = (step: StepId, stepErrors: FieldErrors, extra: Partial<SurveyView> = {}) => ({
		view: {
			step,
			answers: fields,
			errors: stepErrors,
			key: key ?? generateToken(),
			fromReview: controls[FORM.fromReview] === '1',
			...extra
		}
	});
	if (!form) return fail(400, view('welcome', {}, { message: 'invalid_request' }));

	if (controls.to === SUBMIT) return submit(event, access, preset, fields, errors, key, view);

	const reason = unavailableReason(access);
	if (reason) refuse(reason);
	if (controls.lang) {
		event.cookies.set(LOCALE_COOKIE, controls.lang, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: !dev,
			maxAge: 60 * 60 * 24 * 365
		});
		return hasErrors(errors) ? fail(400, view(from, errors)) : view(from, {});
	}
	const edit = isStepId(controls.edit, preset) ? controls.edit : undefined;
	const to = edit ?? (isStepId(controls.to, preset) ? controls.to : from);
	const result = move(errors, fields, to, preset);
	// Editing from the review goes straight back to it, until the review is reached again.
	const fromReview =
		result.step !== 'review' && (edit !== undefined || controls[FORM.fromReview] === '1');
	const next = view(result.step, result.errors, { fromReview });
	return hasErrors(result.errors) ? fail(400, next) : next;
}

type ViewOf = (
	step: StepId,
	errors: FieldErrors,
	extra?: Partial<SurveyView>
) => { view: SurveyView };

async function submit(
	event: RequestEvent,
	access: SurveyAccess,
	preset: Preset,
	fields: AnswerFields,
	errors: FieldErrors,
	key: string | null,
	view: ViewOf
): Promise<SurveyPostResult> {
	if (hasErrors(errors)) return fail(400, view(firstErrorStep(errors, preset) ?? 'review', errors));
	const checked = checkSubmission(fields, preset);
	if (!checked.ok) return fail(400, view(checked.step, checked.errors));
	// Without the key of the survey it started, a retry could store twice: start a new key and
	// ask to send again (the answers are all still there).
	if (!key) return fail(400, view('review', {}, { message: 'expired' satisfies OutcomeCode }));

	const diagnosticId = access.diagnostic.id;
	const limit = await consumeRateLimit(db(), `submit:${diagnosticId}`, SUBMISSIONS_PER_DIAGNOSTIC);
	if (!limit.allowed) {
		event.setHeaders({ 'retry-after': String(limit.retryAfterSeconds) });
		return fail(429, view('review', {}, { message: 'too_many' }));
	}
	const outcome = await submitResponse(db(), {
		diagnosticId,
		idempotencyKey: key,
		answers: checked.answers,
		invitationId: access.kind === 'invitation' ? access.invitationId : undefined
	});
	// 'duplicate' is the same response sent again (double click, retry, back button): success.
	if (outcome === 'stored' || outcome === 'duplicate') redirect(303, '/survey/thanks');
	if (outcome === 'already_answered') refuse('survey_already_answered');
	refuse(unavailableReason(access) ?? 'survey_closed');
}
