import type { Locator, Page } from '@playwright/test';
import {
	formatInterval,
	formatNumber,
	formatShare,
	formatSigned
} from '../../src/lib/components/report/format';
import { VARIANT_NAMES } from '../../src/lib/domain/paradigm';
import { isHidden, type Report, type Shown } from '../../src/lib/domain/report/types';
import { DECK_SLIDES } from '../../src/lib/present/slides';
import { getAction } from '../../src/lib/domain/actions';
import { createDiagnostic } from '../../src/lib/server/diagnostics';
import { listPlanItems, savePlanOnce, updatePlanItem } from '../../src/lib/server/plans';
import { loadReport } from '../../src/lib/server/reports';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation
} from '../../src/lib/server/organisations';
import { createUser } from '../../src/lib/server/users';
import { sampleContext } from '../helpers/fixtures';
import { startApp, type RunningApp } from '../helpers/server';
import { insertResponses } from '../unit/report/generators';
import { seededAnswers } from './seeded-answers';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const PASSWORD = 'viewer passphrase 42';
const SLIDE_COUNT = DECK_SLIDES.length;
let app: RunningApp;
let presentPath = '';
let emptyPresentPath = '';
let plannedPresentPath = '';
/** The saved plan's first action, as the actions slide must show it. */
let firstSavedAction = '';

/** A projector's picture: 16:9. */
test.use({ viewport: { width: 1280, height: 720 } });

const VIEWERS = [
	['viewer.en@example.com', 'en'],
	['viewer.fr@example.com', 'fr'],
	['viewer.switch@example.com', 'fr'],
	['viewer.nojs@example.com', 'en']
] as const;

test.beforeAll(async () => {
	app = await startApp(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		{},
		{
			async seed(db) {
				const owner = await createUser(db, {
					email: 'owner@example.com',
					name: 'Claire Martin',
					password: PASSWORD,
					locale: 'en'
				});
				const organisation = await createOrganisation(db, owner!.id, 'Acme Industries');
				for (const [email, locale] of VIEWERS) {
					const viewer = await createUser(db, { email, name: email, password: PASSWORD, locale });
					const token = await createMemberInvite(db, {
						organisationId: organisation.id,
						role: 'viewer',
						createdBy: owner!.id
					});
					await acceptMemberInvite(db, token, viewer!.id);
				}
				const settings = {
					languages: ['en', 'fr'] as ('en' | 'fr')[],
					context: sampleContext,
					expected: null,
					k: 5,
					executiveMode: 'standard' as const,
					previousDiagnosticId: null
				};
				const diagnostic = await createDiagnostic(db, organisation.id, {
					...settings,
					title: 'Alignment 2026'
				});
				await insertResponses(db, diagnostic.id, seededAnswers());
				const empty = await createDiagnostic(db, organisation.id, {
					...settings,
					title: 'Not started yet'
				});
				// The same answers with a saved plan, whose first action has an owner and a status.
				const planned = await createDiagnostic(db, organisation.id, {
					...settings,
					title: 'Alignment 2026 with a plan'
				});
				await insertResponses(db, planned.id, seededAnswers());
				const report = await loadReport(db, planned);
				await savePlanOnce(db, planned.id, report.actionPlan);
				const [first] = await listPlanItems(db, planned.id);
				await updatePlanItem(db, planned.id, first!.id, {
					owner: 'Claire Martin',
					dueOn: null,
					status: 'in_progress',
					notes: ''
				});
				firstSavedAction = getAction(first!.actionId!)!.title.en;
				plannedPresentPath = `/orgs/${organisation.id}/diagnostics/${planned.id}/present`;
				presentPath = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}/present`;
				emptyPresentPath = `/orgs/${organisation.id}/diagnostics/${empty.id}/present`;
			}
		}
	);
});

test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

async function logIn(page: Page, email: string, path: string): Promise<void> {
	await page.goto(`${app.url}/login?next=${encodeURIComponent(path)}`);
	await page.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill(email);
	await page.getByLabel(/^(Password|Mot de passe)$/).fill(PASSWORD);
	await page.getByRole('button', { name: /^(Log in|Se connecter)$/ }).click();
	await expect(page).toHaveURL(`${app.url}${path}`);
}

async function fetchReport(page: Page): Promise<Report> {
	const response = await page.request.get(
		`${app.url}${presentPath.replace(/present$/, 'report.json')}`
	);
	expect(response.status()).toBe(200);
	return (await response.json()) as Report;
}

function shown<T>(value: Shown<T>): T {
	if (isHidden(value)) throw new Error('the seeded data should make this figure visible');
	return value;
}

/** The one slide on screen. */
function currentSlide(page: Page): Locator {
	return page.locator('[data-testid="slide"].active');
}

async function expectOnSlide(page: Page, number: number): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`[?&]slide=${number}$`));
	await expect(currentSlide(page)).toHaveCount(1);
	await expect(currentSlide(page)).toHaveAttribute('data-number', String(number));
	await expect(page.getByTestId('deck-counter')).toContainText(`${number} / ${SLIDE_COUNT}`);
}

/** Nothing spills out of the slide's body (over its footer, or out of the picture). */
async function expectFits(slide: Locator): Promise<void> {
	const body = slide.locator('.slide-body');
	const size = await body.evaluate((element) => ({
		overflowY: element.scrollHeight - element.clientHeight,
		overflowX: element.scrollWidth - element.clientWidth
	}));
	expect(size, `slide ${await slide.getAttribute('data-slide')}`).toEqual({
		overflowY: 0,
		overflowX: 0
	});
}

/** chart.js sizes the canvas once it has drawn: wait for that before a screenshot. */
async function waitForCharts(slide: Locator): Promise<void> {
	for (const canvas of await slide.locator('canvas').all()) {
		await expect(canvas).toHaveAttribute('style', /height/);
	}
}

test('the keyboard moves through the deck and the address keeps the slide', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', presentPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Workshop slides: Alignment 2026'
	);
	await expect(currentSlide(page)).toHaveAttribute('data-slide', 'title');
	await expect(page.locator('[data-testid="slide"]')).toHaveCount(SLIDE_COUNT);
	// Only the current slide is visible; the others are laid out but hidden.
	await expect(page.locator('[data-testid="slide"]').nth(1)).toBeHidden();

	// Moving only changes the address: the report is not fetched again.
	const dataRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('__data.json')) dataRequests.push(request.url());
	});
	const moves: [key: string, slide: number][] = [
		['ArrowRight', 2],
		['PageDown', 3],
		['Space', 4],
		['ArrowLeft', 3],
		['PageUp', 2],
		['End', SLIDE_COUNT],
		['ArrowRight', SLIDE_COUNT],
		['Home', 1],
		['ArrowLeft', 1],
		['Shift+Space', 1]
	];
	for (const [key, slide] of moves) {
		await page.keyboard.press(key);
		await expectOnSlide(page, slide);
	}
	for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
	await expectOnSlide(page, 5);
	expect(dataRequests).toEqual([]);
	await expect(currentSlide(page)).toHaveAttribute('data-slide', DECK_SLIDES[4]);

	// A reload (the address) keeps the position.
	await page.reload();
	await expectOnSlide(page, 5);
	await expect(
		page.getByRole('heading', { level: 2, name: 'The largest perception gaps' })
	).toBeVisible();

	// The on-screen controls do the same, and stop at the ends.
	await page.getByRole('link', { name: 'Next slide' }).click();
	await expectOnSlide(page, 6);
	await page.getByRole('link', { name: 'Previous slide' }).click();
	await expectOnSlide(page, 5);
	await page.keyboard.press('Home');
	await expect(page.getByRole('link', { name: 'Previous slide' })).toHaveCount(0);
	// An address out of range shows the nearest slide.
	await page.goto(`${app.url}${presentPath}?slide=99`);
	await expect(currentSlide(page)).toHaveAttribute('data-number', String(SLIDE_COUNT));
	await expect(page.getByRole('link', { name: 'Next slide' })).toHaveCount(0);
});

test('F asks for full screen and toggles it off again', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', presentPath);
	const fullscreen = () =>
		page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null);
	await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
	await page.keyboard.press('f');
	await expect.poll(fullscreen).toBe('deck');
	await expect(page.getByRole('button', { name: 'Leave full screen' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Moving keeps full screen: the page is not reloaded.
	await page.keyboard.press('ArrowRight');
	await expectOnSlide(page, 2);
	expect(await fullscreen()).toBe('deck');
	await page.keyboard.press('F');
	await expect.poll(fullscreen).toBeNull();
	await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the headline slide shows the figures of report.json', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', `${presentPath}?slide=2`);
	const report = await fetchReport(page);
	const slide = currentSlide(page);
	await expect(slide).toHaveAttribute('data-slide', 'headline');
	for (const level of ['executive', 'frontline'] as const) {
		const index = shown(report.alignmentIndex.groups[level]);
		const tile = slide.getByTestId(`present-index-${level}`);
		await expect(tile).toContainText(formatNumber(index.mean!, 'en'));
		await expect(tile).toContainText(formatInterval(index.ci95!, 'en'));
		await expect(tile).toContainText(`n = ${shown(report.respondents[level])}`);
		const overall = shown(report.overall.groups[level]);
		await expect(slide.getByTestId(`present-aligned-${level}`)).toContainText(
			formatShare(overall.aligned!, 'en')
		);
	}
	const gap = shown(report.alignmentIndex.gap)!;
	const gapTile = slide.getByTestId('present-index-gap');
	await expect(gapTile).toContainText(formatSigned(gap.difference, 'en'));
	await expect(gapTile).toContainText(formatInterval(gap.ci95!, 'en'));
	await expect(gapTile).toContainText(
		`Hedges’ g = ${formatNumber(gap.hedgesG!.g, 'en', 2)}, ${gap.hedgesG!.label} effect`
	);
	// Executives are rosier than frontline in the seeded data.
	expect(gap.difference).toBeGreaterThan(0);
	await expectAccessible(page);
	await saveScreenshot(page, 'present-headline-en-GB');
});

test('the tiny executive-marketing cell never shows a figure on any slide', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', presentPath);
	const report = await fetchReport(page);
	expect(report.respondents['executive:marketing']).toMatchObject({ hidden: true, k: 5 });
	for (const dimension of report.dimensions) {
		expect(dimension.groups['executive:marketing']).toMatchObject({ hidden: true });
	}
	for (let number = 1; number <= SLIDE_COUNT; number += 1) {
		const slide = currentSlide(page);
		await expect(slide).toHaveAttribute('data-number', String(number));
		// Wherever the cell is named, it reads "fewer than 5 answers" and nothing else.
		const cells = slide.locator('[data-cell="executive:marketing"]');
		for (const cell of await cells.all()) {
			const text = (await cell.innerText()).trim();
			expect(text).not.toMatch(/n =/);
			if ((await cell.evaluate((c) => c.tagName)) === 'TD')
				expect(text).toBe('fewer than 5 answers');
		}
		if ((await slide.getAttribute('data-slide')) === 'heatmap') {
			await expect(cells).toHaveCount(9);
			await expect(slide.getByTestId('present-heatmap-hidden')).toBeVisible();
		}
		await expectFits(slide);
		// "Executives, marketing" never sits next to a number of its own.
		expect(await slide.innerText()).not.toMatch(/Executives, marketing\s*\n?\s*n =/);
		await page.keyboard.press('ArrowRight');
	}
});

test('the paradigm slide shows where each level stands and the target', async ({ page }) => {
	const number = DECK_SLIDES.indexOf('paradigm') + 1;
	await logIn(page, 'viewer.en@example.com', `${presentPath}?slide=${number}`);
	const report = await fetchReport(page);
	const slide = currentSlide(page);
	await expect(slide).toHaveAttribute('data-slide', 'paradigm');
	for (const level of ['executive', 'frontline'] as const) {
		const diagnosis = report.paradigms[level];
		if (diagnosis.status === 'classified') {
			await expect(slide.getByTestId(`present-paradigm-${level}`)).toContainText(
				VARIANT_NAMES[diagnosis.variant].en
			);
		}
	}
	expect(report.recommendation).not.toBeNull();
	await expect(slide.getByTestId('present-paradigm-target')).toContainText(
		VARIANT_NAMES[report.recommendation!.recommended].en
	);
	// The map's figures, as a table, for those who cannot see the chart.
	await slide.getByText('Show the figures').click();
	await expect(slide.getByTestId('present-paradigm-axes')).toBeVisible();
	await slide.getByText('Show the figures').click();
	await waitForCharts(slide);
	await expectAccessible(page);
	await saveScreenshot(page, 'present-paradigm-en-GB');
});

test('the language switch keeps the slide and changes the text', async ({ page }) => {
	await logIn(page, 'viewer.switch@example.com', `${presentPath}?slide=3`);
	await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Angles morts');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	// With JavaScript the switch does not reload the page (so full screen survives it).
	await page.evaluate(() => Object.assign(window, { deckMarker: 'kept' }));
	await page.getByTestId('deck-language-en').click();
	await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Blind spots');
	await expectOnSlide(page, 3);
	expect(await page.evaluate(() => (window as { deckMarker?: string }).deckMarker)).toBe('kept');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('deck-language-en')).toHaveAttribute('aria-pressed', 'true');
	// The choice is kept: a reload stays in English on the same slide.
	await page.reload();
	await expectOnSlide(page, 3);
	await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Blind spots');
});

test('a French viewer reads French slides with French numbers', async ({ page }) => {
	await logIn(page, 'viewer.fr@example.com', `${presentPath}?slide=2`);
	const report = await fetchReport(page);
	const index = shown(report.alignmentIndex.groups.executive);
	await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText(
		'L’essentiel\u00a0: dirigeants et terrain'
	);
	await expect(currentSlide(page).getByTestId('present-index-executive')).toContainText(
		formatInterval(index.ci95!, 'fr')
	);
	await expect(page.getByTestId('deck-counter')).toContainText('Diapositive 2 sur');
	// French runs longer than English: every slide still fits its picture.
	await page.keyboard.press('Home');
	for (let number = 1; number <= SLIDE_COUNT; number += 1) {
		await expect(currentSlide(page)).toHaveAttribute('data-number', String(number));
		await expectFits(currentSlide(page));
		await page.keyboard.press('ArrowRight');
	}
	const heatmap = DECK_SLIDES.indexOf('heatmap') + 1;
	await page.goto(`${app.url}${presentPath}?slide=${heatmap}`);
	await expect(
		currentSlide(page).locator('td[data-cell="executive:marketing"]').first()
	).toHaveText('moins de 5 réponses');
	// Every row of the heatmap keeps its whole French name.
	const cut = await currentSlide(page)
		.locator('tbody th')
		.evaluateAll((cells) =>
			cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent)
		);
	expect(cut).toEqual([]);
	await expectAccessible(page);
});

test('printing gives every slide on its own landscape page, without the controls', async ({
	page
}) => {
	await logIn(page, 'viewer.en@example.com', `${presentPath}?slide=4`);
	await page.emulateMedia({ media: 'print' });
	const slides = page.locator('[data-testid="slide"]');
	await expect(slides).toHaveCount(SLIDE_COUNT);
	for (const slide of await slides.all()) await expect(slide).toBeVisible();
	await expect(page.getByTestId('deck-controls')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Next slide' })).toBeHidden();
	const breaks = await slides.evaluateAll((all) =>
		all.map((slide) => getComputedStyle(slide).breakAfter)
	);
	expect(breaks.slice(0, -1)).toEqual(Array(SLIDE_COUNT - 1).fill('page'));
	// Slides print on the deck's own landscape pages (a named @page rule).
	const pages = await slides.evaluateAll((all) =>
		all.map((slide) => getComputedStyle(slide).getPropertyValue('page'))
	);
	expect(pages).toEqual(Array(SLIDE_COUNT).fill('deck'));
	// One slide per page: each one fits an A4 landscape page (297 × 210 mm, 8 mm margins).
	const heights = await slides.evaluateAll((all) =>
		all.map((s) => s.getBoundingClientRect().height)
	);
	for (const height of heights) expect(height).toBeLessThan(((210 - 16) / 25.4) * 96);
	// The printed file: one A4 landscape page (842 × 595 pt) per slide.
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	const boxes = (pdf.match(/\/MediaBox \[[^\]]*\]/g) ?? []).map((box) =>
		(box.match(/[\d.]+/g) ?? []).map((n) => Math.round(Number(n)))
	);
	expect(boxes).toEqual(Array(SLIDE_COUNT).fill([0, 0, 842, 595]));
	await page.emulateMedia({ media: 'screen' });
	await expect(slides.nth(0)).toBeHidden();
	await expect(page.getByTestId('deck-controls')).toBeVisible();
});

test('without JavaScript the deck still works through its links', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 720 }
	});
	const page = await context.newPage();
	try {
		await logIn(page, 'viewer.nojs@example.com', `${presentPath}?slide=2`);
		await expect(currentSlide(page)).toHaveAttribute('data-slide', 'headline');
		await page.getByRole('link', { name: 'Next slide' }).click();
		await expect(page).toHaveURL(/slide=3$/);
		await expect(currentSlide(page)).toHaveAttribute('data-slide', 'blindSpots');
		// No full-screen button without the script that would run it.
		await expect(page.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
		// The language switch is a plain form: it posts and comes back to the same slide.
		await page.getByTestId('deck-language-fr').click();
		await expect(page).toHaveURL(/slide=3$/);
		await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Angles morts');
	} finally {
		await context.close();
	}
});

test('the actions slide shows the saved plan when there is one, else the suggested one', async ({
	page
}) => {
	const actions = DECK_SLIDES.indexOf('actions') + 1;
	await logIn(page, 'viewer.en@example.com', `${plannedPresentPath}?slide=${actions}`);
	const saved = currentSlide(page).getByTestId('present-actions');
	await expect(saved).toHaveAttribute('data-stored', 'true');
	await expect(currentSlide(page)).toContainText('From the saved action plan.');
	await expect(saved.locator('li').first()).toContainText(firstSavedAction);
	await expect(saved.locator('li').first()).toContainText('Owner: Claire Martin · In progress');
	const count = await saved.locator('li').count();
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThanOrEqual(5);

	await page.goto(`${app.url}${presentPath}?slide=${actions}`);
	const suggested = currentSlide(page).getByTestId('present-actions');
	await expect(suggested).toHaveAttribute('data-stored', 'false');
	await expect(currentSlide(page)).toContainText('no plan has been saved yet');
	await expect(suggested.locator('li').first()).toContainText('Horizon:');
});

test('a diagnostic with fewer than k answers gives one clear slide', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', emptyPresentPath);
	await expect(page.locator('[data-testid="slide"]')).toHaveCount(1);
	await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText(
		'No results to show yet'
	);
	await expect(page.getByTestId('present-empty')).toContainText('at least 5 people');
	await expect(page.getByTestId('deck-counter')).toContainText('1 / 1');
	await expect(page.locator('canvas')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('deck-counter')).toContainText('1 / 1');
	await expectAccessible(page);
});
