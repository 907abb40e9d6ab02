import { common } from '../../../../src/lib/i18n/messages/common';
import { survey } from '../../../../src/lib/i18n/messages/survey';
import type { Outcome } from './send';

const STACK_TRACE =
	/\n\s+at [^\n]*:\d+:\d+|\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|node:internal|file:\/\/\//;
const RAW_CODE = /^[a-z]+(_[a-z]+)*$/;
const genericErrorTexts = new Set([
	common.en.errorPage.internal,
	common.fr.errorPage.internal,
	survey.en.unavailable.internal,
	survey.fr.unavailable.internal
]);

function text(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[#\w]+;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The messages a 4xx page shows: alerts, field errors, or the error page's own text. */
export function shownMessages(html: string): string[] {
	const messages: string[] = [];
	for (const match of html.matchAll(
		/<(\w+)\b[^>]*(?:role="alert"|class="(?:[^"]* )?field-error[ "])[^>]*>/g
	)) {
		const start = match.index + match[0].length;
		const end = html.indexOf(`</${match[1]}>`, start);
		const shown = text(html.slice(start, end < 0 ? undefined : end));
		if (shown) messages.push(shown);
	}
	// The static page (src/error.html) SvelteKit sends for an endpoint's error, in both languages.
	for (const match of html.matchAll(/<p lang="(?:en|fr)">([^<]*)<\/p>/g))
		messages.push(text(match[1]!));
	const surveyPage = /<p data-testid="survey-unavailable"[^>]*>([^<]*)<\/p>/.exec(html);
	if (surveyPage?.[1]) messages.push(text(surveyPage[1]));
	const errorPage = /<div class="card">\s*<h1>[^<]*<\/h1>\s*<p>([^<]*)<\/p>/.exec(html);
	if (errorPage?.[1]) messages.push(text(errorPage[1]));
	return messages;
}

/** Why an answer to a hostile request is not acceptable (empty when it is). */
export function problemsWith(outcome: Outcome): string[] {
	const problems: string[] = [];
	if (outcome.status >= 500) problems.push(`status ${outcome.status}`);
	if (STACK_TRACE.test(outcome.body)) problems.push('a stack trace in the body');
	const clientError = outcome.status >= 400 && outcome.status < 500;
	if (clientError && outcome.contentType.includes('text/html')) {
		const messages = shownMessages(outcome.body);
		if (messages.length === 0) problems.push(`${outcome.status} without a message`);
		for (const message of messages) {
			if (RAW_CODE.test(message)) problems.push(`untranslated message "${message}"`);
			if (genericErrorTexts.has(message)) {
				problems.push(`${outcome.status} shown as an unexpected error`);
			}
		}
	}
	return problems;
}
