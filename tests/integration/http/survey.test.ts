import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	SCALES,
	allItemIds,
	allowedValues,
	itemById,
	type QuestionId
} from '../../../src/lib/domain/instrument';
import { NO_PRESET } from '../../../src/lib/survey/steps';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient } from '../../helpers/http-client';
import { startSurveyApp, type SeededDiagnostic } from '../../helpers/seed-survey';
import { readSurveyStore } from '../../helpers/survey-db';
import { SurveyWalker } from '../../helpers/survey-form';
import { dumpDatabase, type RunningApp } from '../../helpers/server';

const plans = {
	open: {
		links: {
			main: {},
			preset: { presetLevel: 'executive', presetFunction: 'sales' },
			revoked: { revoked: true }
		},
		invitations: ['ana@example.com']
	},
	idempotent: {},
	closed: { status: 'closed' },
	draft: { status: 'draft' },
	frenchOnly: { languages: ['fr'] },
	smallExecutives: { executiveMode: 'k3', k: 7 },
	busy: { submissionsExhausted: true },
	canary: {}
} as const;

/** One answer per item, spread over each scale (including "don't know"), as form strings. */
function sampleAnswers(shift = 0): Partial<Record<QuestionId, string>> {
	const answers: Partial<Record<QuestionId, string>> = {};
	allItemIds.forEach((id, index) => {
		const allowed = allowedValues(SCALES[itemById(id)!.scale]);
		answers[id] = String(allowed[(index + shift) % allowed.length]);
	});
	return answers;
}

function numbers(answers: Partial<Record<QuestionId, string>>): Record<string, number | null> {
	return Object.fromEntries(
		allItemIds.map((id) => [id, answers[id] === undefined ? null : Number(answers[id])])
	);
}

describe.each(databaseKinds())('the respondent flow over HTTP on %s', (kind) => {
	let app: RunningApp;
	let seeded: Record<keyof typeof plans, SeededDiagnostic>;
	const canaryAgent = `CanaryBrowser/${crypto.randomUUID()}`;
	const canaryAddress = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
	const idempotencyKeys: string[] = [];

	beforeAll(async () => {
		const started = await startSurveyApp(kind, plans);
		app = started.app;
		seeded = started.diagnostics;
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	const walker = (headers: Record<string, string> = {}) =>
		new SurveyWalker(new HttpClient(app.url, headers));

	it('moves a link token into an HttpOnly cookie scoped to /survey and redirects at once', async () => {
		const token = seeded.open.links.main!;
		const client = new HttpClient(app.url);
		const response = await client.get(`/s/${token}`);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/survey');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const cookie = client.lastSetCookies.find((line) => line.startsWith('accord_survey='))!;
		expect(cookie).toContain(`accord_survey=${token}`);
		expect(cookie).toMatch(/; Path=\/survey(;|$)/i);
		expect(cookie).toMatch(/; HttpOnly/i);
		expect(cookie).toMatch(/; SameSite=Lax/i);
		expect(cookie).toMatch(/; Secure/i);

		const page = await client.get('/survey');
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('private, no-store');
		const html = await page.text();
		expect(html).toContain('How do sales and marketing work together?');
		expect(html).toContain('No result is shown for a group of fewer than 5 people.');
		expect(html).toContain('your IP address or your browser;');
		expect(html).not.toContain(token);
		// The CSP stays strict: the page needs no inline script or style to work.
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toContain('unsafe-inline');
		expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
		expect(html).not.toMatch(/\sstyle=/);
		expect(html).toMatch(/<script type="module" src="[^"]+\/enhancer\.[\w-]+\.js"/);
	});

	it('refuses unknown, malformed and revoked tokens with a clear page and no cookie', async () => {
		for (const token of ['a'.repeat(32), 'not-a-token', seeded.open.links.revoked!]) {
			const client = new HttpClient(app.url, { 'accept-language': 'fr-FR,fr;q=0.9' });
			const response = await client.get(`/s/${token}`);
			expect(response.status).toBe(303);
			expect(response.headers.get('referrer-policy')).toBe('no-referrer');
			expect(client.cookies.has('accord_survey')).toBe(false);
			const page = await client.get('/survey');
			expect(page.status).toBe(404);
			expect(await page.text()).toContain('Ce lien de questionnaire n’est pas valide');
		}
	});

	it('walks every screen without JavaScript and stores the response once submitted', async () => {
		const respondent = walker();
		await respondent.land(seeded.open.links.main!);
		const key = respondent.fields.key!;
		expect(key).toMatch(/^[a-z2-7]{32}$/);
		const answers = { ...sampleAnswers(), level: 'frontline', function: 'marketing' };
		await respondent.answerAll(
			{ ...answers, comment: 'Un point commun « chaque semaine » & plus de terrain.' },
			NO_PRESET
		);
		// The key travelled with every screen; the review lists the answers.
		expect(respondent.fields.key).toBe(key);
		expect(respondent.html).toContain('Review your answers');
		expect(respondent.html).toContain('Un point commun « chaque semaine » &amp; plus de terrain.');
		const submitted = await respondent.press(['to', 'submit']);
		expect(submitted.status).toBe(303);
		expect(submitted.headers.get('location')).toBe('/survey/thanks');
		const thanks = await respondent.client.get('/survey/thanks');
		expect(await thanks.text()).toContain('Your answers have been recorded.');
	});

	it('keeps what was given and says what is wrong when the profile is missing', async () => {
		const respondent = walker({ 'accept-language': 'fr' });
		await respondent.land(seeded.open.links.main!);
		await respondent.press(['to', 'profile']);
		// Posted with an answer of a later screen (as after a back button), but no profile.
		const response = await respondent.press(['to', 'trust'], {
			'trust.1': '5',
			level: 'executive'
		});
		expect(response.status).toBe(400);
		expect(respondent.step).toBe('profile');
		expect(respondent.html).toContain(
			'Choisissez une réponse\u00a0: cette question est obligatoire.'
		);
		expect(respondent.html).toMatch(/name="level" value="executive" checked/);
		expect(respondent.fields['trust.1']).toBe('5');
		// A tampered answer is refused with its own message.
		const tampered = await respondent.press(['to', 'trust'], {
			function: 'ceo',
			level: 'executive'
		});
		expect(tampered.status).toBe(400);
		expect(respondent.html).toContain('Choisissez l’une des options.');
	});

	it('keeps a comment that is too long and asks to shorten it', async () => {
		const respondent = walker();
		await respondent.land(seeded.open.links.main!);
		await respondent.answerAll({ level: 'frontline', function: 'sales' }, NO_PRESET);
		await respondent.press(['edit', 'comment']);
		expect(respondent.step).toBe('comment');
		const long = 'Plus de réunions. '.repeat(120);
		const response = await respondent.press(['to', 'review'], { comment: long });
		expect(response.status).toBe(400);
		expect(respondent.step).toBe('comment');
		expect(respondent.html).toContain('Your comment is too long');
		expect(respondent.html).toMatch(/<textarea[^>]*>Plus de réunions\. Plus de réunions\./);
		expect(respondent.fields.from_review).toBe('1');
	});

	it('stores one response when the final form is posted twice with the same key', async () => {
		const respondent = walker();
		await respondent.land(seeded.idempotent.links.main!);
		await respondent.answerAll(
			{ ...sampleAnswers(3), level: 'executive', function: 'other' },
			NO_PRESET
		);
		const review = respondent.html;
		const first = await respondent.press(['to', 'submit']);
		respondent.html = review; // the back button, or a second click on the same page
		const second = await respondent.press(['to', 'submit']);
		expect([first.status, second.status]).toEqual([303, 303]);
		expect(second.headers.get('location')).toBe('/survey/thanks');
	});

	it('skips the profile for a link with a preset audience and stores that audience', async () => {
		const respondent = walker();
		await respondent.land(seeded.open.links.preset!);
		const preset = { level: 'executive', function: 'sales' } as const;
		await respondent.answerAll({ 'trust.1': '2' }, preset);
		expect(respondent.html).toContain('Set by your survey link');
		// Whatever a tampered form says, the link decides the audience.
		const response = await respondent.press(['to', 'submit'], { level: 'frontline' });
		expect(response.status).toBe(303);
	});

	it('shows a clear page for a closed or unopened diagnostic and stores nothing', async () => {
		const closed = walker();
		await closed.land(seeded.closed.links.main!);
		expect(closed.status).toBe(410);
		expect(closed.html).toContain('This survey is closed');
		// Even a complete final form, posted straight away, is refused.
		closed.html = `<input type="hidden" name="key" value="${'k'.repeat(32)}">`;
		const posted = await closed.press(['to', 'submit'], {
			...sampleAnswers(),
			level: 'frontline',
			function: 'sales'
		});
		expect(posted.status).toBe(410);
		expect(closed.html).toContain('This survey is closed');

		const draft = walker();
		await draft.land(seeded.draft.links.main!);
		expect(draft.status).toBe(403);
		expect(draft.html).toContain('This survey has not opened yet.');
	});

	it('lets a personal invitation answer once, and says so afterwards', async () => {
		const respondent = walker();
		await respondent.land(seeded.open.invitations['ana@example.com']!);
		expect(respondent.html).toContain(
			'Your personal invitation only records that you have answered'
		);
		await respondent.answerAll({ level: 'senior_manager', function: 'marketing' }, NO_PRESET);
		const review = respondent.html;
		expect((await respondent.press(['to', 'submit'])).status).toBe(303);
		// The same submission again is the same response: thank-you, not an error.
		respondent.html = review;
		expect((await respondent.press(['to', 'submit'])).status).toBe(303);
		// A new survey with the same invitation is refused.
		await respondent.open();
		expect(respondent.status).toBe(409);
		expect(respondent.html).toContain(
			'Answers have already been sent with this personal invitation.'
		);
		respondent.html = review.replace(
			/name="key" value="[a-z2-7]{32}"/,
			`name="key" value="${'b'.repeat(32)}"`
		);
		expect((await respondent.press(['to', 'submit'])).status).toBe(409);
	});

	it('speaks only the languages of the diagnostic', async () => {
		const respondent = walker({ 'accept-language': 'en-GB,en;q=0.9' });
		await respondent.land(seeded.frenchOnly.links.main!);
		expect(respondent.html).toContain(
			'Comment les ventes et le marketing travaillent-ils ensemble'
		);
		expect(respondent.html).toContain('<div class="survey" lang="fr">');
		expect(respondent.html).not.toContain('Show the survey in English');
		// The switch inside the survey keeps every answer.
		const bilingual = walker({ 'accept-language': 'en' });
		await bilingual.land(seeded.open.links.main!);
		await bilingual.press(['to', 'profile']);
		await bilingual.press(['lang', 'fr'], { level: 'frontline' });
		expect(bilingual.step).toBe('profile');
		expect(bilingual.html).toContain('Votre profil');
		expect(bilingual.html).toMatch(/name="level" value="frontline" checked/);
	});

	it('discloses to executives that their group is reported from 3 answers', async () => {
		const respondent = walker();
		await respondent.land(seeded.smallExecutives.links.main!);
		expect(respondent.html).toContain('its results are shown from 3 answers');
		expect(respondent.html).toContain('fewer than 7 people');
		const standard = walker();
		await standard.land(seeded.open.links.main!);
		expect(standard.html).not.toContain('shown from 3 answers');
	});

	it('throttles submissions per diagnostic with a translated 429 that keeps the answers', async () => {
		const respondent = walker({ 'accept-language': 'fr' });
		await respondent.land(seeded.busy.links.main!);
		await respondent.answerAll(
			{ level: 'frontline', function: 'sales', 'trust.1': '6' },
			NO_PRESET
		);
		const response = await respondent.press(['to', 'submit']);
		expect(response.status).toBe(429);
		expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(respondent.html).toContain('Beaucoup de personnes répondent en ce moment.');
		expect(respondent.fields['trust.1']).toBe('6');
	});

	it('submits through a canary browser and address (checked in the store below)', async () => {
		const respondent = walker({ 'user-agent': canaryAgent, 'x-forwarded-for': canaryAddress });
		await respondent.land(seeded.canary.links.main!);
		idempotencyKeys.push(respondent.fields.key!);
		await respondent.answerAll(
			{ ...sampleAnswers(1), level: 'frontline', function: 'sales', comment: 'Canary comment' },
			NO_PRESET
		);
		expect((await respondent.press(['to', 'submit'])).status).toBe(303);
	});

	it('stored exactly what was sent, once, and nothing that identifies a respondent', async () => {
		await app.stop();
		const open = await readSurveyStore(app, seeded.open.id);
		// Main link, preset link, invitation.
		expect(open.responses.map((r) => `${r.level}/${r.function}`).sort()).toEqual([
			'executive/sales',
			'frontline/marketing',
			'senior_manager/marketing'
		]);
		const full = open.responses.find((r) => r.level === 'frontline')!;
		expect(full.answers).toEqual(numbers(sampleAnswers()));
		expect(full.source).toBe('online');
		expect(full.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const preset = open.responses.find((r) => r.level === 'executive')!;
		expect(preset.answers['trust.1']).toBe(2);
		expect(preset.answers['trust.2']).toBeNull();
		expect(open.comments).toEqual([
			{
				level: 'frontline',
				function: 'marketing',
				body: 'Un point commun « chaque semaine » & plus de terrain.'
			}
		]);
		expect(open.invitationsAnswered).toEqual([true]);

		const idempotent = await readSurveyStore(app, seeded.idempotent.id);
		expect(idempotent.responses).toHaveLength(1);
		expect(idempotent.receipts).toBe(1);
		expect(idempotent.responses[0]!.answers).toEqual(numbers(sampleAnswers(3)));

		for (const name of ['closed', 'draft', 'busy'] as const) {
			const store = await readSurveyStore(app, seeded[name].id);
			expect(store.responses, name).toHaveLength(0);
			expect(store.receipts, name).toBe(0);
		}

		const canary = await readSurveyStore(app, seeded.canary.id);
		expect(canary.responses).toHaveLength(1);
		const dump = await dumpDatabase(app);
		const logs = app.logs();
		for (const secret of [
			canaryAgent,
			canaryAddress,
			idempotencyKeys[0]!,
			seeded.canary.links.main!,
			seeded.open.invitations['ana@example.com']!
		]) {
			expect(dump).not.toContain(secret);
			expect(logs).not.toContain(secret);
		}
		expect(dump).toContain('Canary comment');
	});
});
