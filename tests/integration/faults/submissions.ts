/**
 * Final survey submissions as a browser without JavaScript posts them (the review screen's hidden
 * fields, `to=submit`), each with an idempotency key the caller chooses, over plain keep-alive
 * HTTP so that hundreds can be in flight at once.
 */
import { Agent, request } from 'node:http';
import { NO_PRESET } from '../../../src/lib/survey/steps';
import { completeAnswers } from '../../bench/seed';
import { HttpClient } from '../../helpers/http-client';
import { hiddenFields, SurveyWalker } from '../../helpers/survey-form';

export interface SubmitForm {
	/** The survey cookie of each link, as a Cookie header. */
	cookies: string[];
	/** The review screen's hidden fields without the key, form-encoded. */
	answers: string;
}

/** Walks the real form once to reach the review screen, and exchanges each link's token. */
export async function prepareSubmitForm(url: string, tokens: string[]): Promise<SubmitForm> {
	const walker = new SurveyWalker(new HttpClient(url));
	await walker.land(tokens[0]!);
	await walker.answerAll(completeAnswers(), NO_PRESET);
	if (walker.step !== 'review') throw new Error(`expected the review screen, got ${walker.step}`);
	const fields = hiddenFields(walker.html).filter(([name]) => name !== 'key');
	const cookies: string[] = [];
	for (const token of tokens) {
		const client = new HttpClient(url);
		const exchange = await client.get(`/s/${token}`);
		if (exchange.status !== 303) throw new Error(`link exchange answered ${exchange.status}`);
		cookies.push([...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
	}
	return { cookies, answers: new URLSearchParams(fields).toString() };
}

/** A status code, or the error that ended the request (refused, reset, timed out). */
export type Answer = { status: number } | { error: string };

/** The survey's success: 303 to the thank-you page, sent only once the response is committed. */
export const acknowledged = (answer: Answer): boolean =>
	'status' in answer && answer.status === 303;

/**
 * Posts one final submission with `key`. 303 (to the thank-you page) is success; redirects are
 * not followed. Never rejects: a dropped connection is an `error` answer.
 */
export function submit(
	url: string,
	agent: Agent,
	cookie: string,
	form: SubmitForm,
	key: string,
	timeoutMs = 10_000
): Promise<Answer> {
	const body = `${form.answers}&key=${key}&to=submit`;
	const target = new URL('/survey', url);
	return new Promise((done) => {
		const req = request(
			target,
			{
				method: 'POST',
				agent,
				timeout: timeoutMs,
				headers: {
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					origin: target.origin,
					cookie
				}
			},
			(response) => {
				response.resume();
				response.on('error', () => {});
				response.on('close', () =>
					done(response.complete ? { status: response.statusCode ?? 0 } : { error: 'aborted' })
				);
			}
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (error) =>
			done({ error: (error as NodeJS.ErrnoException).code ?? error.message })
		);
		req.end(body);
	});
}
