import { expect } from 'vitest';
import type { QuestionId } from '../../src/lib/domain/instrument';
import { questionsOnStep, stepsFor, type Preset, type StepId } from '../../src/lib/survey/steps';
import type { HttpClient } from './http-client';

function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** The hidden inputs of a page, as a browser would post them (in document order). */
export function hiddenFields(html: string): [string, string][] {
	const fields: [string, string][] = [];
	for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
		const attributes = Object.fromEntries(
			[...tag.matchAll(/([\w.-]+)="([^"]*)"/g)].map((m) => [m[1]!, decodeEntities(m[2]!)])
		);
		if (attributes.type === 'hidden' && attributes.name) {
			fields.push([attributes.name, attributes.value ?? '']);
		}
	}
	return fields;
}

/**
 * A respondent without JavaScript: each press posts the page's hidden fields, the answers given
 * on the current screen and the pressed button, exactly like a plain HTML form.
 */
export class SurveyWalker {
	html = '';
	status = 0;

	constructor(readonly client: HttpClient) {}

	get fields(): Record<string, string> {
		return Object.fromEntries(hiddenFields(this.html));
	}

	get step(): string | undefined {
		return this.fields.step;
	}

	/** Opens the survey link; returns the response to the token URL. */
	async land(token: string): Promise<Response> {
		const exchange = await this.client.get(`/s/${token}`);
		await this.open();
		return exchange;
	}

	async open(): Promise<void> {
		const response = await this.client.get('/survey');
		this.status = response.status;
		this.html = await response.text();
	}

	async press(
		button: [name: string, value: string],
		answers: Record<string, string> = {}
	): Promise<Response> {
		const body = new URLSearchParams(hiddenFields(this.html));
		for (const [name, value] of Object.entries(answers)) body.set(name, value);
		body.append(button[0], button[1]);
		const response = await this.client.post('/survey', Object.fromEntries(body));
		this.status = response.status;
		this.html = response.status === 303 ? '' : await response.text();
		return response;
	}

	/**
	 * Answers every screen with `answers` (only the questions each screen asks), checking that
	 * each Next lands on the following screen, and stops on the review.
	 */
	async answerAll(answers: Partial<Record<QuestionId, string>>, preset: Preset): Promise<void> {
		const steps = stepsFor(preset);
		expect(this.step).toBe('welcome');
		for (let index = 0; index < steps.length - 1; index += 1) {
			const step = steps[index] as StepId;
			const onScreen = Object.fromEntries(
				questionsOnStep(step, preset)
					.filter((id) => answers[id] !== undefined)
					.map((id) => [id, answers[id]!])
			);
			await this.press(['to', steps[index + 1]!], onScreen);
			expect(this.status).toBe(200);
			expect(this.step).toBe(steps[index + 1]);
		}
	}
}
