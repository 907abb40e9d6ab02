import { generateToken } from '$lib/server/auth/tokens';
import { announcingStoredResponse } from '$lib/server/live/announce';
import { readSurveyAccess, refuse, requireSurveyAccess } from '$lib/server/survey-session';
import { handleSurveyPost, presetOf } from '$lib/survey/form-post.server';
import type { SurveyInfo } from '$lib/survey/view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const access = await requireSurveyAccess(event);
	const { diagnostic } = access;
	const survey: SurveyInfo = {
		diagnosticId: diagnostic.id,
		title: diagnostic.title,
		k: diagnostic.k,
		executiveMode: diagnostic.executiveMode,
		invitation: access.kind === 'invitation',
		preset: presetOf(access)
	};
	// A fresh idempotency key for a survey that starts on this page; a form in progress posts
	// its own key back and keeps it.
	return { survey, key: generateToken() };
};

export const actions: Actions = {
	default: async (event) => {
		const access = await readSurveyAccess(event);
		if (!access) refuse('survey_link_invalid');
		// Live mode on every instance learns that a response was stored (after it committed).
		return announcingStoredResponse(access.diagnostic.id, () => handleSurveyPost(event, access));
	}
};
