import { isRedirect } from '@sveltejs/kit';
import { db } from '../db';
import { notify } from '../db/client';
import { LIVE_CHANNEL } from './hub';

/** Where the survey sends a respondent once their response is committed. */
const THANKS_PAGE = '/survey/thanks';

/**
 * Tells every instance that a response to this diagnostic was stored, so that open live streams
 * recount. Only a hint: the streams read the count from the database, so a lost or repeated
 * announcement changes nothing but timing, and a failure never reaches the respondent.
 */
export async function announceResponse(diagnosticId: string): Promise<void> {
	try {
		await notify(db(), LIVE_CHANNEL, diagnosticId);
	} catch (error) {
		console.error('live: a stored response could not be announced', error);
	}
}

/**
 * Runs one survey post and, when it ends on the thank-you page (the response is committed, or
 * was already), announces it before the redirect goes out.
 */
export async function announcingStoredResponse<T>(
	diagnosticId: string,
	post: () => Promise<T>
): Promise<T> {
	try {
		return await post();
	} catch (thrown) {
		if (isRedirect(thrown) && thrown.location === THANKS_PAGE) {
			await announceResponse(diagnosticId);
		}
		throw thrown;
	}
}
