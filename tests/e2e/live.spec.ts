import type { Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
	SCALES,
	SCREENS,
	itemById,
	type ItemId,
	type JobFunction
} from '../../src/lib/domain/instrument';
import { startApp, type RunningApp } from '../helpers/server';
import { LIVE_PASSWORD, seedLive, type LiveSeed } from '../integration/live/seed-live';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const phone = {
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2,
	locale: 'en-GB'
};
// Three respondents answer the whole survey in the browser while the presenter watches.
test.describe.configure({ timeout: 240_000 });

let app: RunningApp;
let seed!: LiveSeed;

test.beforeAll(async () => {
	app = await startApp(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		{},
		{
			async seed(db) {
				seed = await seedLive(db);
			}
		}
	);
});
test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

function decodeQr(dataUrl: string): string | undefined {
	const image = PNG.sync.read(
		Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64')
	);
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** The label of the option worth `value` on an item's scale (clamped to the scale). */
function optionLabel(id: ItemId, value: number): string {
	const options = SCALES[itemById(id)!.scale].options;
	return options[value % options.length]!.label.en;
}

/** One person in the room: scans the code on their phone and answers every screen. */
async function respond(browser: Browser, url: string, person: number, fn: JobFunction) {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await page.goto(url);
	await expect(page).toHaveURL(`${app.url}/survey`);
	await page.getByRole('button', { name: 'Start the survey' }).click();
	await page.getByRole('radio', { name: 'Frontline', exact: true }).check();
	await page
		.getByRole('radio', { name: fn === 'sales' ? 'Sales' : 'Marketing', exact: true })
		.check();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	for (const screen of SCREENS.slice(1)) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.title.en);
		// The comment screen is left empty; every question is answered.
		const items = screen.kind === 'comment' ? [] : screen.itemIds;
		for (const [index, id] of items.entries()) {
			await page
				.getByRole('group', { name: itemById(id)!.text.en, exact: true })
				.getByRole('radio', { name: optionLabel(id as ItemId, person * 2 + index), exact: true })
				.check();
		}
		await page.getByRole('button', { name: 'Next', exact: true }).click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review your answers');
	await page.getByRole('button', { name: 'Send my answers' }).click();
	await expect(page).toHaveURL(`${app.url}/survey/thanks`);
	await context.close();
}

async function logIn(page: Page, path: string): Promise<void> {
	await page.goto(`${app.url}/login?next=${encodeURIComponent(path)}`);
	await page.getByLabel('Email', { exact: true }).fill(seed.emails.consultant);
	await page.getByLabel('Password').fill(LIVE_PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(`${app.url}${path}`);
}

test('answers from the room reach the presenter’s screen only once k have arrived', async ({
	page,
	browser
}) => {
	const livePath = `/orgs/${seed.organisationId}/diagnostics/${seed.diagnosticId}/live`;
	await page.setViewportSize({ width: 1366, height: 900 });
	await logIn(page, livePath);
	const count = page.getByTestId('released-count');
	await expect(count).toHaveText('0');
	await expect(page.getByText('Results appear once 3 people have answered.')).toBeVisible();
	await page.getByRole('button', { name: 'Show a QR code for the room' }).click();
	const qr = page.getByRole('img', { name: 'QR code of the survey link for this room' });
	await expect(qr).toBeVisible();
	const surveyLink = decodeQr((await qr.getAttribute('src'))!);
	expect(surveyLink).toMatch(new RegExp(`^${app.url}/s/[a-z2-7]{32}$`));
	await expect(page.getByText('Updating live')).toBeVisible();
	await expectAccessible(page);
	await saveScreenshot(page, 'live-waiting-en');
	// Marks this document: a reload would lose the mark.
	await page.evaluate(() => document.documentElement.setAttribute('data-live-mark', ''));

	await respond(browser, surveyLink!, 0, 'sales');
	await respond(browser, surveyLink!, 1, 'marketing');
	// Two answers stored: nothing moves on the presenter's screen, even given time.
	await page.waitForTimeout(1500);
	await expect(count).toHaveText('0');
	await expect(page.getByRole('status')).toHaveText('');
	await expect(page.getByTestId('aligned-table')).toHaveCount(0);

	await respond(browser, surveyLink!, 2, 'marketing');
	await expect(count).toHaveText('3', { timeout: 15_000 });
	await expect(page.getByRole('status')).toHaveText('3 new answers released');
	await expect(page.locator('html')).toHaveAttribute('data-live-mark', '');

	// The figures are the released batch's, and the empty executive group says why it is empty.
	const aligned = page.getByTestId('aligned-table');
	await page.getByText('Show the figures as a table').first().click();
	await expect(aligned.getByRole('row', { name: /Executives/ })).toContainText(
		'fewer than 3 answers'
	);
	await expect(aligned.getByRole('row', { name: /Frontline/ })).toContainText('%');
	await expect(page.locator('canvas')).toHaveCount(3);
	await expectAccessible(page);
	await saveScreenshot(page, 'live-presenter-en');
});
