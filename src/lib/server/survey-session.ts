import { dev } from '$app/environment';
import { error, type Cookies } from '@sveltejs/kit';
import { db } from './db';
import { resolveSurveyToken, type SurveyAccess } from './survey-access';

/**
 * The survey token travels from the link into this cookie and never appears in a URL again.
 * It is scoped to /survey (the only pages that read it), HttpOnly so no script can read it,
 * SameSite=Lax, and Secure in production.
 */
const SURVEY_COOKIE = 'accord_survey';
const cookieOptions = { path: '/survey', httpOnly: true, sameSite: 'lax', secure: !dev } as const;
// Long enough to leave the survey and finish it another day while the diagnostic runs.
const COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

/** Links and invitations carry `generateToken()` output: 32 lowercase base32 characters. */
export function isSurveyTokenShape(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

export function keepSurveyToken(cookies: Cookies, token: string): void {
	cookies.set(SURVEY_COOKIE, token, { ...cookieOptions, maxAge: COOKIE_MAX_AGE_SECONDS });
}

export function forgetSurveyToken(cookies: Cookies): void {
	cookies.delete(SURVEY_COOKIE, cookieOptions);
}

interface AccessEvent {
	cookies: Cookies;
	request: Request;
}

// The layout, the page and the action of one request all need the access: look it up once.
const perRequest = new WeakMap<Request, Promise<SurveyAccess | undefined>>();

/** What the survey cookie opens, if anything. A token that stopped working is forgotten. */
export function readSurveyAccess(event: AccessEvent): Promise<SurveyAccess | undefined> {
	let access = perRequest.get(event.request);
	if (!access) {
		access = lookUp(event.cookies);
		perRequest.set(event.request, access);
	}
	return access;
}

async function lookUp(cookies: Cookies): Promise<SurveyAccess | undefined> {
	const token = cookies.get(SURVEY_COOKIE);
	if (!token) return undefined;
	const access = isSurveyTokenShape(token) ? await resolveSurveyToken(db(), token) : undefined;
	if (!access) forgetSurveyToken(cookies);
	return access;
}

/** Why a respondent cannot answer; each code has a translated page (survey/+error.svelte). */
export type UnavailableReason =
	'survey_link_invalid' | 'survey_not_open' | 'survey_closed' | 'survey_already_answered';

const statusOf: Record<UnavailableReason, number> = {
	survey_link_invalid: 404,
	survey_not_open: 403,
	survey_closed: 410,
	survey_already_answered: 409
};

export function unavailableReason(access: SurveyAccess | undefined): UnavailableReason | null {
	if (!access) return 'survey_link_invalid';
	if (access.diagnostic.status === 'draft') return 'survey_not_open';
	if (access.diagnostic.status === 'closed') return 'survey_closed';
	if (access.kind === 'invitation' && access.answered) return 'survey_already_answered';
	return null;
}

/** Stops the request with the translated page for `reason`. */
export function refuse(reason: UnavailableReason): never {
	error(statusOf[reason], { message: reason });
}

/** The access of a respondent who may answer now, or the page saying why not. */
export async function requireSurveyAccess(event: AccessEvent): Promise<SurveyAccess> {
	const access = await readSurveyAccess(event);
	const reason = unavailableReason(access);
	if (reason || !access) refuse(reason ?? 'survey_link_invalid');
	return access;
}
