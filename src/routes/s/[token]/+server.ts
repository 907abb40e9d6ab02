import { db } from '$lib/server/db';
import { resolveSurveyToken } from '$lib/server/survey-access';
import { forgetSurveyToken, isSurveyTokenShape, keepSurveyToken } from '$lib/server/survey-session';
import { tokenExchangeRedirect } from '$lib/server/token-redirect';
import type { RequestHandler } from './$types';

/**
 * A survey link or a personal invitation. The token moves into a cookie and the browser goes to
 * the clean /survey address at once, so the token leaves the address bar, the history and any
 * Referer. A token that opens nothing leaves no cookie: /survey then says the link is not valid.
 */
export const GET: RequestHandler = async ({ params, cookies }) => {
	const access = isSurveyTokenShape(params.token)
		? await resolveSurveyToken(db(), params.token)
		: undefined;
	if (access) keepSurveyToken(cookies, params.token);
	else forgetSurveyToken(cookies);
	return tokenExchangeRedirect('/survey');
};
