import { readSurveyAccess } from '$lib/server/survey-session';
import type { PageServerLoad } from './$types';

/** Which draft the browser may now forget (after a submission made without the enhancer). */
export const load: PageServerLoad = async (event) => {
	const access = await readSurveyAccess(event);
	return { diagnosticId: access?.diagnostic.id ?? null };
};
