import type { Page } from '@playwright/test';
import { formatNumber, formatShare, formatSigned } from '../../src/lib/components/report/format';
import { isHidden, type Report, type Shown } from '../../src/lib/domain/report/types';
import { createDiagnostic } from '../../src/lib/server/diagnostics';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation
} from '../../src/lib/server/organisations';
import { createUser } from '../../src/lib/server/users';
import { sampleContext } from '../helpers/fixtures';
import { startApp, type RunningApp } from '../helpers/server';
import { leakTokens, leaksIn } from '../unit/exports/leaks';
import { insertResponses } from '../unit/report/generators';
import { seededAnswers } from './seeded-answers';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const PASSWORD = 'viewer passphrase 42';
const VIEWER = 'print.viewer@example.com';
let app: RunningApp;
let base = '';

test.beforeAll(async () => {
	app = await startApp(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		{},
		{
			async seed(db) {
				const owner = await createUser(db, {
					email: 'print.owner@example.com',
					name: 'Claire Martin',
					password: PASSWORD,
					locale: 'en'
				});
				const organisation = await createOrganisation(db, owner!.id, 'Acme Industries');
				const viewer = await createUser(db, {
					email: VIEWER,
					name: 'Print Viewer',
					password: PASSWORD,
					locale: 'en'
				});
				const token = await createMemberInvite(db, {
					organisationId: organisation.id,
					role: 'viewer',
					createdBy: owner!.id
				});
				await acceptMemberInvite(db, token, viewer!.id);
				const diagnostic = await createDiagnostic(db, organisation.id, {
					title: 'Alignment 2026',
					languages: ['en', 'fr'],
					context: sampleContext,
					expected: null,
					k: 5,
					executiveMode: 'standard',
					previousDiagnosticId: null
				});
				await insertResponses(db, diagnostic.id, seededAnswers());
				base = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}`;
			}
		}
	);
});

test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

async function logIn(page: Page, path: string): Promise<void> {
	await page.goto(`${app.url}/login?next=${encodeURIComponent(path)}`);
	await page.getByLabel('Email', { exact: true }).fill(VIEWER);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(`${app.url}${path}`, { timeout: 15_000 });
}

function shown<T>(value: Shown<T>): T {
	if (isHidden(value)) throw new Error('the seeded data should make this figure visible');
	return value;
}

/** The text of every page of a PDF, one string per page. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const document = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const content = await (await document.getPage(number)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
		);
	}
	await document.destroy();
	return pages;
}

test('the print view becomes a PDF with the headline figures and no hidden group', async ({
	page
}) => {
	await logIn(page, `${base}/report/print`);
	const report = (await (await page.request.get(`${app.url}${base}/report.json`)).json()) as Report;
	expect(isHidden(report.respondents['executive:marketing'])).toBe(true);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alignment 2026');
	await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
	await expectAccessible(page);
	await saveScreenshot(page, 'report-print');

	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const pages = await pdfPages(pdf);
	expect(pages.length).toBeGreaterThanOrEqual(4);
	// Line breaks fall wherever the layout wraps: compare with single spaces.
	const text = pages.join('\n').replace(/\s+/g, ' ');

	const executive = shown(report.alignmentIndex.groups.executive);
	const frontline = shown(report.alignmentIndex.groups.frontline);
	const gap = shown(report.alignmentIndex.gap)!;
	const aligned = shown(report.overall.groups.executive).aligned!;
	for (const figure of [
		formatNumber(executive.mean!, 'en'),
		formatNumber(frontline.mean!, 'en'),
		formatSigned(gap.difference, 'en'),
		formatShare(aligned, 'en'),
		`g = ${formatNumber(gap.hedgesG!.g, 'en', 2)}`
	]) {
		expect(text).toContain(figure);
	}
	expect(pages[0]!.replace(/\s+/g, ' ')).toContain('Alignment index, Executives');
	expect(text).toContain('fewer than 5 answers');
	expect(text).toContain('Hidden in this report: Executives, marketing (fewer than 5 answers)');

	const leaks = leakTokens(seededAnswers(), report);
	expect(leaks.size).toBeGreaterThan(5);
	expect(leaksIn(text, leaks)).toEqual([]);
});

test('on paper the site header, the footer and the buttons are left out', async ({ page }) => {
	await logIn(page, `${base}/report/print?lang=fr`);
	await expect(page.getByRole('heading', { level: 2, name: 'En bref' })).toBeVisible();
	await expect(page.getByTestId('print-report')).toHaveAttribute('lang', 'fr');
	await expect(page.getByTestId('print-chart').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByTestId('print-button')).toBeHidden();
	await expect(page.getByTestId('print-report')).toBeVisible();
});

test('the print button opens the browser’s print dialog', async ({ page }) => {
	await logIn(page, `${base}/report/print`);
	// The button works once the page is hydrated.
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => {
		const flagged = window as unknown as { printed: number };
		flagged.printed = 0;
		window.print = () => {
			flagged.printed += 1;
		};
	});
	await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
