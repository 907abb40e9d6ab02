import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import {
	DONT_KNOW,
	SCALES,
	SCREENS,
	allItemIds,
	itemById,
	type ItemId
} from '../../src/lib/domain/instrument';
import type { Locale } from '../../src/lib/i18n/locales';
import { startSurveyApp, type SeededDiagnostic } from '../helpers/seed-survey';
import type { RunningApp } from '../helpers/server';
import { readSurveyStore } from '../helpers/survey-db';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const phone = {
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
};
test.use(phone);
// Each test answers 37 questions on a fresh app, with axe on the way: slower than most specs.
test.describe.configure({ timeout: 120_000 });

// Every test gets its own app and database: the store is read after stopping the app.
let app: RunningApp;
let diagnostic: SeededDiagnostic;
test.beforeEach(async () => {
	const started = await startSurveyApp(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite', {
		survey: { links: { main: {} }, invitations: ['respondent@example.com'] }
	});
	app = started.app;
	diagnostic = started.diagnostics.survey;
});
test.afterEach(async () => {
	await app?.stop();
	await app?.cleanup();
});

interface Texts {
	locale: string;
	start: string;
	next: string;
	submit: string;
	welcome: string;
	threshold: string;
	level: string;
	function: string;
	review: string;
	thanks: string;
	required: string;
}

const french: Texts = {
	locale: 'fr-FR',
	start: 'Commencer le questionnaire',
	next: 'Suivant',
	submit: 'Envoyer mes réponses',
	welcome: 'Comment les ventes et le marketing travaillent-ils ensemble\u00a0?',
	threshold: 'Aucun résultat n’est affiché pour un groupe de moins de 5\u00a0personnes.',
	level: 'Équipes opérationnelles',
	function: 'Marketing',
	review: 'Relisez vos réponses',
	thanks: 'Merci',
	required: 'Choisissez une réponse\u00a0: cette question est obligatoire.'
};

const english: Texts = {
	locale: 'en-GB',
	start: 'Start the survey',
	next: 'Next',
	submit: 'Send my answers',
	welcome: 'How do sales and marketing work together?',
	threshold: 'No result is shown for a group of fewer than 5 people.',
	level: 'Frontline',
	function: 'Marketing',
	review: 'Review your answers',
	thanks: 'Thank you',
	required: 'Please choose an answer: this question is required.'
};

const localeOf = (t: Texts): Locale => (t.locale.startsWith('fr') ? 'fr' : 'en');

/**
 * The answer planned for each item, by its place on its screen: top of the scale, 3, don't
 * know, no answer, 1, 4 — so the store shows every kind of answer, unanswered included.
 */
function planned(id: ItemId): number | null {
	const screen = SCREENS.find((s) => s.itemIds.includes(id))!;
	const index = screen.itemIds.indexOf(id);
	const scale = SCALES[itemById(id)!.scale];
	return [scale.max, 3, DONT_KNOW, null, 1, 4][index] ?? null;
}

function plannedAnswers(): Record<ItemId, number | null> {
	return Object.fromEntries(allItemIds.map((id) => [id, planned(id)])) as Record<
		ItemId,
		number | null
	>;
}

function optionLabel(id: ItemId, value: number, locale: Locale): string {
	const scale = SCALES[itemById(id)!.scale];
	if (value === DONT_KNOW) return scale.dontKnow[locale];
	return scale.options.find((option) => option.value === value)!.label[locale];
}

async function answerScreen(page: Page, itemIds: readonly string[], locale: Locale): Promise<void> {
	for (const id of itemIds) {
		const value = planned(id as ItemId);
		if (value === null) continue;
		const item = itemById(id)!;
		await page
			.getByRole('group', { name: item.text[locale], exact: true })
			.getByRole('radio', { name: optionLabel(item.id, value, locale), exact: true })
			.check();
	}
}

/** Lands through the link and checks the token left the address bar at once. */
async function land(page: Page, token: string): Promise<void> {
	await page.goto(`${app.url}/s/${token}`);
	await expect(page).toHaveURL(`${app.url}/survey`);
	expect(page.url()).not.toContain(token);
}

async function expectOneResponse(comment: string | null): Promise<void> {
	await app.stop();
	const store = await readSurveyStore(app, diagnostic.id);
	expect(store.responses).toHaveLength(1);
	const [response] = store.responses;
	expect(response!.level).toBe('frontline');
	expect(response!.function).toBe('marketing');
	expect(response!.answers).toEqual(plannedAnswers());
	expect(store.comments.map((c) => c.body)).toEqual(comment ? [comment] : []);
	expect(store.receipts).toBe(1);
}

/**
 * The whole survey with the mouse (or a finger), with screenshots on the way. With JavaScript,
 * axe checks the pages (it injects a script, which a page without JavaScript does not run) and
 * the screens must change in place, the document never reloading until the thank-you page.
 */
async function completeSurvey(
	page: Page,
	t: Texts,
	comment: string,
	javaScript: boolean
): Promise<void> {
	const locale = localeOf(t);
	const checkAccessible = async () => {
		if (javaScript) await expectAccessible(page);
	};
	await land(page, diagnostic.links.main!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.welcome);
	await expect(page.getByText(t.threshold)).toBeVisible();
	if (javaScript) await page.evaluate(() => document.documentElement.setAttribute('data-mark', ''));
	await checkAccessible();
	await saveScreenshot(page, `survey-welcome-${t.locale}`);
	await page.getByRole('button', { name: t.start }).click();

	// Level and function are required.
	await page.getByRole('button', { name: t.next, exact: true }).click();
	await expect(page.getByText(t.required).first()).toBeVisible();
	await page.getByRole('radio', { name: t.level }).check();
	await page.getByRole('radio', { name: t.function, exact: true }).check();
	await page.getByRole('button', { name: t.next, exact: true }).click();

	for (const screen of SCREENS.slice(1)) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.title[locale]);
		if (screen.id === 'trust') {
			await expect(page.locator('progress')).toHaveAttribute('value', '2');
			await checkAccessible();
			await saveScreenshot(page, `survey-dimension-${t.locale}`);
		}
		if (screen.kind === 'comment') {
			await page.getByRole('textbox').fill(comment);
		} else {
			await answerScreen(page, screen.itemIds, locale);
		}
		await page.getByRole('button', { name: t.next, exact: true }).click();
	}

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.review);
	await expect(page.getByText(comment)).toBeVisible();
	await checkAccessible();
	// Still the document the respondent landed on: every screen was swapped in place.
	if (javaScript) await expect(page.locator('html')).toHaveAttribute('data-mark', '');
	await saveScreenshot(page, `survey-review-${t.locale}`);
	await page.getByRole('button', { name: t.submit }).click();
	await expect(page).toHaveURL(`${app.url}/survey/thanks`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.thanks);
	await checkAccessible();
}

test('a respondent completes the whole survey in French with JavaScript on', async ({
	browser
}) => {
	const context = await browser.newContext({ ...phone, locale: french.locale });
	const page = await context.newPage();
	// A script blocked by the CSP, or failing, shows up here.
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		// The 400 is the profile posted without its required answers, on purpose.
		const expected = /status of 400/.test(message.text());
		if (message.type() === 'error' && !expected) problems.push(message.text());
	});
	await completeSurvey(
		page,
		french,
		'Un point commun chaque semaine, avec les deux équipes.',
		true
	);
	// The confirmed response is no longer kept in the browser.
	const drafts = await page.evaluate(() =>
		Object.keys(localStorage).filter((key) => key.startsWith('accord.survey.'))
	);
	expect(drafts).toEqual([]);
	expect(problems).toEqual([]);
	await context.close();
	await expectOneResponse('Un point commun chaque semaine, avec les deux équipes.');
});

test('another completes it in English with JavaScript disabled', async ({ browser }) => {
	const context = await browser.newContext({
		...phone,
		locale: english.locale,
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	await completeSurvey(page, english, 'A weekly joint meeting, please.', false);
	await context.close();
	await expectOneResponse('A weekly joint meeting, please.');
});

test('a reload in the middle of the survey loses nothing', async ({ browser }) => {
	const context = await browser.newContext({ ...phone, locale: english.locale });
	const page = await context.newPage();
	await land(page, diagnostic.links.main!);
	await page.getByRole('button', { name: english.start }).click();
	await page.getByRole('radio', { name: english.level }).check();
	await page.getByRole('radio', { name: english.function, exact: true }).check();
	await page.getByRole('button', { name: english.next, exact: true }).click();
	await answerScreen(page, SCREENS[1]!.itemIds, 'en');
	await page.getByRole('button', { name: english.next, exact: true }).click();
	await answerScreen(page, SCREENS[2]!.itemIds.slice(0, 1), 'en');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCREENS[2]!.title.en);
	await expectAccessible(page);
	const communication = itemById('communication.1')!;
	await expect(
		page
			.getByRole('group', { name: communication.text.en })
			.getByRole('radio', { name: optionLabel(communication.id, 7, 'en'), exact: true })
	).toBeChecked();
	// The browser's back button returns to the previous screen, answers still there.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCREENS[1]!.title.en);
	const trust = itemById('trust.2')!;
	await expect(
		page
			.getByRole('group', { name: trust.text.en })
			.getByRole('radio', { name: optionLabel(trust.id, 3, 'en'), exact: true })
	).toBeChecked();
	await page.getByRole('button', { name: english.next, exact: true }).click();

	await answerScreen(page, SCREENS[2]!.itemIds.slice(1), 'en');
	await page.getByRole('button', { name: english.next, exact: true }).click();
	for (const screen of SCREENS.slice(3, -1)) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.title.en);
		await answerScreen(page, screen.itemIds, 'en');
		await page.getByRole('button', { name: english.next, exact: true }).click();
	}
	await page.getByRole('button', { name: english.next, exact: true }).click();
	await page.getByRole('button', { name: english.submit }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.thanks);
	await context.close();
	await expectOneResponse(null);
});

/** What has the keyboard focus: its tag, name and value. */
async function focused(page: Page): Promise<{ tag: string; name: string; value: string }> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLInputElement | null;
		return {
			tag: element?.tagName.toLowerCase() ?? '',
			name: element?.getAttribute('name') ?? '',
			value: element?.getAttribute('value') ?? ''
		};
	});
}

/** Presses Tab until the focus is on an element matching `wanted`. */
async function tabTo(page: Page, wanted: { name: string; value?: string }): Promise<void> {
	for (let presses = 0; presses < 80; presses += 1) {
		const now = await focused(page);
		if (now.name === wanted.name && (wanted.value === undefined || now.value === wanted.value)) {
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${JSON.stringify(wanted)}`);
}

/** In a radio group with nothing checked: Space takes the first option, each arrow the next. */
async function chooseByKeyboard(page: Page, name: string, position: number): Promise<void> {
	await tabTo(page, { name });
	if (position === 0) await page.keyboard.press('Space');
	for (let step = 0; step < position; step += 1) await page.keyboard.press('ArrowDown');
}

test('the survey can be completed with the keyboard alone', async ({ browser }) => {
	const context = await browser.newContext({ ...phone, hasTouch: false, locale: english.locale });
	const page = await context.newPage();
	await land(page, diagnostic.links.main!);
	await tabTo(page, { name: 'to', value: 'profile' });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About you');
	await chooseByKeyboard(page, 'level', 2); // frontline
	await chooseByKeyboard(page, 'function', 1); // marketing
	await tabTo(page, { name: 'to', value: 'trust' });
	await page.keyboard.press('Enter');

	const expected: Record<string, number | null> = {};
	for (const screen of SCREENS.slice(1)) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.title.en);
		if (screen.kind === 'comment') {
			await tabTo(page, { name: 'comment' });
			await page.keyboard.type('Keyboard only.');
		} else {
			for (const [index, id] of screen.itemIds.entries()) {
				// The first option of each item's scale, then the next one down, and so on.
				await chooseByKeyboard(page, id, index % 3);
				expected[id] = (index % 3) + 1;
			}
		}
		const next = SCREENS[SCREENS.indexOf(screen) + 1]?.id ?? 'review';
		await tabTo(page, { name: 'to', value: next });
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.review);
	await tabTo(page, { name: 'to', value: 'submit' });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.thanks);
	await context.close();

	await app.stop();
	const store = await readSurveyStore(app, diagnostic.id);
	expect(store.responses).toHaveLength(1);
	expect(store.responses[0]!.level).toBe('frontline');
	expect(store.responses[0]!.function).toBe('marketing');
	expect(store.responses[0]!.answers).toEqual(expected);
	expect(store.comments.map((c) => c.body)).toEqual(['Keyboard only.']);
});

test('the token never stays in the address bar, nor where scripts can read it', async ({
	browser
}) => {
	const context = await browser.newContext({ ...phone, locale: english.locale });
	const page = await context.newPage();
	const token = diagnostic.invitations['respondent@example.com']!;
	await land(page, token);
	await expect(
		page.getByText('Your personal invitation only records that you have answered')
	).toBeVisible();
	const seen = await page.evaluate(() => ({
		href: location.href,
		cookies: document.cookie,
		navigations: performance.getEntriesByType('navigation').map((entry) => entry.name)
	}));
	expect(JSON.stringify(seen)).not.toContain(token);
	const cookie = (await context.cookies()).find((c) => c.name === 'accord_survey')!;
	expect(cookie).toMatchObject({ value: token, path: '/survey', httpOnly: true, sameSite: 'Lax' });

	await page.getByRole('button', { name: english.start }).click();
	await page.getByRole('radio', { name: english.level }).check();
	await page.getByRole('radio', { name: english.function, exact: true }).check();
	// Nothing else answered: every other question is optional. Each screen fits a 360px phone.
	await page.setViewportSize({ width: 360, height: 740 });
	for (const screen of [...SCREENS.slice(1), undefined]) {
		await page.getByRole('button', { name: english.next, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			screen?.title.en ?? english.review
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
	}
	await page.getByRole('button', { name: english.submit }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.thanks);
	await context.close();

	await app.stop();
	const store = await readSurveyStore(app, diagnostic.id);
	expect(store.responses).toHaveLength(1);
	expect(store.invitationsAnswered).toEqual([true]);
	expect(app.logs()).not.toContain(token);
});

test('a lost connection at submit keeps every answer for a retry; a double click stores once', async ({
	browser
}) => {
	const context = await browser.newContext({ ...phone, locale: french.locale });
	const page = await context.newPage();
	await land(page, diagnostic.links.main!);
	await page.getByRole('button', { name: french.start }).click();
	await page.getByRole('radio', { name: french.level }).check();
	await page.getByRole('radio', { name: french.function, exact: true }).check();
	await page.getByRole('button', { name: french.next, exact: true }).click();
	await answerScreen(page, SCREENS[1]!.itemIds, 'fr');
	for (const screen of [...SCREENS.slice(2), undefined]) {
		await page.getByRole('button', { name: french.next, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			screen?.title.fr ?? french.review
		);
	}

	await context.setOffline(true);
	await page.getByRole('button', { name: french.submit }).click();
	await expect(page.getByRole('alert')).toContainText('Vos réponses n’ont pas pu être envoyées.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(french.review);
	const kept = await page.evaluate(() =>
		Object.entries(localStorage).find(([key]) => key.startsWith('accord.survey.'))
	);
	expect(JSON.parse(kept![1]).answers).toMatchObject({
		level: 'frontline',
		function: 'marketing',
		'trust.1': '7'
	});

	await context.setOffline(false);
	await page.getByRole('button', { name: french.submit }).dblclick();
	await expect(page).toHaveURL(`${app.url}/survey/thanks`);
	await context.close();

	await app.stop();
	const store = await readSurveyStore(app, diagnostic.id);
	expect(store.responses).toHaveLength(1);
	const trustOnly = Object.fromEntries(
		allItemIds.map((id) => [id, id.startsWith('trust.') ? planned(id) : null])
	);
	expect(store.responses[0]!.answers).toEqual(trustOnly);
});

test('the respondent page loads under 40 KB gzipped, HTML, CSS and JavaScript (DESIGN §8)', async ({
	browser
}) => {
	const context = await browser.newContext({ ...phone, locale: french.locale });
	const page = await context.newPage();
	const loaded: Promise<[string, number]>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (['document', 'stylesheet', 'script'].includes(type)) {
			// Bodies arrive decoded: measure them as gzip would send them.
			loaded.push(
				response
					.body()
					.then((body): [string, number] => [response.url(), gzipSync(body).length])
					.catch((): [string, number] => [response.url(), 0])
			);
		}
	});
	await land(page, diagnostic.links.main!);
	await page.getByRole('button', { name: french.start }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre profil');
	const sizes = await Promise.all(loaded);
	const total = sizes.reduce((sum, [, size]) => sum + size, 0);
	console.log(`respondent page: ${(total / 1024).toFixed(1)} KB gzipped in ${sizes.length} files`);
	// The enhancer was loaded (the measure includes the page's script).
	expect(sizes.some(([url, size]) => /\/enhancer\.[\w-]+\.js$/.test(url) && size > 0)).toBe(true);
	expect(total).toBeLessThan(40 * 1024);
	await context.close();
});
