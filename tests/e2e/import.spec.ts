import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatCsv, parseCsv } from '../../src/lib/domain/csv';
import { findUserById } from '../../src/lib/server/users';
import { createDiagnosticFixture } from '../helpers/fixtures';
import { startApp, type RunningApp } from '../helpers/server';
import { expect, expectAccessible, saveScreenshot, test } from './app';

/*
 * The diagnostic is seeded in the app's database before it starts (the import does not depend
 * on how diagnostics are created); everything else goes through the pages, as a person would.
 */
let app: RunningApp | undefined;
let owner = { email: '', importPath: '' };

test.beforeAll(async () => {
	app = await startApp(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		{},
		{
			seed: async (db) => {
				const fixture = await createDiagnosticFixture(db);
				const user = await findUserById(db, fixture.ownerId);
				owner = {
					email: user!.email,
					importPath: `/orgs/${fixture.organisationId}/diagnostics/${fixture.diagnostic.id}/import`
				};
			}
		}
	);
});
test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

async function logIn(page: Page): Promise<void> {
	await page.goto(`${app!.url}/login`);
	await page.getByLabel('Email').fill(owner.email);
	await page.getByLabel(/^Password$/).fill('a long enough password');
	await page.getByRole('button', { name: /^Log in$/ }).click();
	await expect(page).toHaveURL(/\/orgs/);
}

/** What a filled row holds where the test does not say: a plausible answer, no comment. */
function defaultCell(column: string): string {
	if (column === 'comment') return '';
	return column.startsWith('structure') || column.startsWith('meta') ? '4' : '5';
}

/** Fills the downloaded template: keeps its header, replaces the examples with these rows. */
function filledTemplate(template: string, rows: Record<string, string>[]): Buffer {
	const parsed = parseCsv(template);
	if (!parsed.ok) throw new Error('the template does not parse');
	const header = parsed.records[0]!.cells;
	const records = rows.map((row) => header.map((column) => row[column] ?? defaultCell(column)));
	return Buffer.from(formatCsv([header, ...records], parsed.delimiter, { bom: true }), 'utf8');
}

const workshopRows: Record<string, string>[] = [
	{ level: 'executive', function: 'sales', comment: 'Une réunion commune chaque lundi' },
	{ level: 'executive', function: 'marketing', 'trust.3': '0', 'overall.alignment': '4' },
	{ level: 'frontline', function: 'sales', 'lead_process.2': '', 'meta.exec_view': '5' },
	{ level: 'frontline', function: 'marketing', comment: 'Share the CRM, "for real"; please' }
];

test('an owner downloads the template, fills it and imports it through the page', async ({
	page
}) => {
	await logIn(page);
	await page.goto(`${app!.url}${owner.importPath}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Import responses' })).toBeVisible();
	await expect(page.getByTestId('import-counts')).toHaveText(
		'Responses in this diagnostic so far: 0 (imported: 0).'
	);
	await expectAccessible(page);

	const downloading = page.waitForEvent('download');
	await page
		.getByRole('link', { name: 'Template, semicolon-separated (Excel set to French)' })
		.click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('accord-import-template-semicolon.csv');
	const template = readFileSync((await download.path())!, 'utf8');

	// First an invalid file: every problem listed, nothing stored.
	const broken = [...workshopRows, { level: 'boss', function: 'sales', 'trust.1': '9' }];
	await page.getByLabel('CSV file').setInputFiles({
		name: 'workshop.csv',
		mimeType: 'text/csv',
		buffer: filledTemplate(template, broken)
	});
	await page.getByRole('button', { name: 'Import responses' }).click();
	const problems = page.getByTestId('import-problems');
	await expect(problems.getByRole('listitem')).toHaveText([
		'Line 6, column level: “boss” is not an allowed level (executive, senior_manager or frontline).',
		'Line 6, column trust.1: “9” is not an allowed answer (1–7, 0 = don’t know, empty).'
	]);
	await expect(page.getByText('The file was not imported: 2 problems were found.')).toBeVisible();
	await expectAccessible(page);
	await saveScreenshot(page, 'import-errors-en-GB');

	// Then the corrected file.
	await page.getByLabel('CSV file').setInputFiles({
		name: 'workshop.csv',
		mimeType: 'text/csv',
		buffer: filledTemplate(template, workshopRows)
	});
	await page.getByRole('button', { name: 'Import responses' }).click();
	await expect(page.getByRole('status')).toHaveText('4 responses imported (2 with a comment).');
	await expect(page.getByTestId('import-counts')).toHaveText(
		'Responses in this diagnostic so far: 4 (imported: 4).'
	);
	await page.getByText('Every column, in order, with its question').click();
	await expectAccessible(page);
	await saveScreenshot(page, 'import-success-en-GB');

	// The same file once more: refused, with the box that confirms a real second batch.
	await page.getByLabel('CSV file').setInputFiles({
		name: 'workshop-again.csv',
		mimeType: 'text/csv',
		buffer: filledTemplate(template, workshopRows)
	});
	await page.getByRole('button', { name: 'Import responses' }).click();
	await expect(page.getByRole('alert')).toContainText('These responses were already imported');
	await expect(page.getByRole('checkbox', { name: /Import these responses again/ })).toBeVisible();
	await expectAccessible(page);
});

test('the same responses twice are refused unless confirmed, also without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
	const page = await context.newPage();
	await logIn(page);
	await page.goto(`${app!.url}${owner.importPath}`);
	// This visit in French, through the page's own language switcher (a plain form post).
	await page.getByRole('button', { name: 'Afficher en français' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Importer des réponses' })
	).toBeVisible();
	const templateUrl = `${app!.url}${owner.importPath}/template.csv`;
	const template = await (await page.request.get(templateUrl)).text();
	const rows = [...workshopRows.slice(1), { level: 'senior_manager', function: 'other' }];
	const file = {
		name: 'atelier.csv',
		mimeType: 'text/csv',
		buffer: filledTemplate(template, rows)
	};
	const importButton = page.getByRole('button', { name: 'Importer les réponses' });

	await page.getByLabel('Fichier CSV').setInputFiles(file);
	await importButton.click();
	await expect(page.getByRole('status')).toHaveText(
		'4 réponses importées (dont 1 avec un commentaire).'
	);

	await page.getByLabel('Fichier CSV').setInputFiles(file);
	await importButton.click();
	await expect(page.getByRole('alert')).toContainText(
		'Ces réponses ont déjà été importées dans ce diagnostic'
	);
	// No axe run here: it needs JavaScript in the page. The same state is checked in English.
	await saveScreenshot(page, 'import-already-fr-FR');

	await page.getByLabel('Fichier CSV').setInputFiles(file);
	await page.getByRole('checkbox', { name: /Importer ces réponses une nouvelle fois/ }).check();
	await importButton.click();
	await expect(page.getByRole('status')).toHaveText(
		'4 réponses importées (dont 1 avec un commentaire).'
	);
	await context.close();
});
