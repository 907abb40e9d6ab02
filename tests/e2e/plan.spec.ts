import type { Page } from '@playwright/test';
import {
	acceptMemberInvite,
	createMemberInvite,
	createOrganisation
} from '../../src/lib/server/organisations';
import { createDiagnostic } from '../../src/lib/server/diagnostics';
import { createUser } from '../../src/lib/server/users';
import { sampleContext } from '../helpers/fixtures';
import { startApp, type RunningApp } from '../helpers/server';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const PASSWORD = 'consultant passphrase 42';
let app: RunningApp;
let planUrl: string;

test.beforeAll(async () => {
	let path = '';
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
				const consultant = await createUser(db, {
					email: 'consultant@example.com',
					name: 'Paul Conseil',
					password: PASSWORD,
					locale: 'en'
				});
				const organisation = await createOrganisation(db, owner!.id, 'Acme Industries');
				const token = await createMemberInvite(db, {
					organisationId: organisation.id,
					role: 'consultant',
					createdBy: owner!.id
				});
				await acceptMemberInvite(db, token, consultant!.id);
				const diagnostic = await createDiagnostic(db, organisation.id, {
					title: 'Alignment 2026',
					languages: ['en', 'fr'],
					context: sampleContext,
					expected: null,
					k: 5,
					executiveMode: 'standard',
					previousDiagnosticId: null
				});
				path = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}/plan`;
			}
		}
	);
	planUrl = `${app.url}${path}`;
});

test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

async function logIn(page: Page, locale: 'en' | 'fr'): Promise<void> {
	await page.goto(`${app.url}/login?next=${encodeURIComponent(new URL(planUrl).pathname)}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Email', { exact: true }).fill('consultant@example.com');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(planUrl);
	// The account's language wins over the browser's: switch it, as a French user would.
	if (locale === 'fr') {
		await page.getByRole('button', { name: 'Afficher en français' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan d’action');
	}
}

test('a consultant edits the plan and the changes survive a reload (English)', async ({ page }) => {
	await logIn(page, 'en');
	await page.getByRole('button', { name: 'Generate the plan from the results' }).click();
	const items = page.locator('ol.plan > li');
	await expect(items.first()).toBeVisible();
	expect(await items.count()).toBeGreaterThanOrEqual(6);

	const first = items.first();
	const firstTitle = (await first.getByRole('heading', { level: 3 }).textContent())!
		.replace('Action 1:', '')
		.trim();
	await first.getByLabel('Owner').fill('Head of sales');
	await first.getByLabel('Status').selectOption({ label: 'In progress' });
	await first.getByLabel('Due date').fill('2027-03-31');
	await first.getByRole('button', { name: 'Save' }).click();
	await expect(first.getByRole('status')).toHaveText('Saved.');

	await page.getByLabel('Action', { exact: true }).fill('Quarterly joint offsite');
	await page.getByLabel('Owner', { exact: true }).last().fill('CMO');
	await page.getByRole('button', { name: 'Add to the plan' }).click();
	await expect(page.getByRole('heading', { name: /Quarterly joint offsite/ })).toBeVisible();

	await page.reload();
	const reloaded = page.locator('ol.plan > li').first();
	await expect(reloaded.getByRole('heading', { level: 3 })).toContainText(firstTitle);
	await expect(reloaded.getByLabel('Owner')).toHaveValue('Head of sales');
	await expect(reloaded.getByLabel('Status')).toHaveValue('in_progress');
	await expect(reloaded.getByLabel('Due date')).toHaveValue('2027-03-31');
	const custom = page.locator('ol.plan > li').last();
	await expect(custom.getByRole('heading', { level: 3 })).toContainText('Quarterly joint offsite');
	await expect(custom.getByLabel('Owner')).toHaveValue('CMO');
	await expectAccessible(page);
	await saveScreenshot(page, 'plan-en-GB');
});

test('the same in French: statut, responsable and a custom action', async ({ page }) => {
	await logIn(page, 'fr');
	const items = page.locator('ol.plan > li');
	// The plan generated in the English test is the same plan, now shown in French.
	await expect(items.first()).toBeVisible();
	const second = items.nth(1);
	await second.getByLabel('Responsable').fill('Directrice marketing');
	await second.getByLabel('Statut').selectOption({ label: 'Fait' });
	await second.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(second.getByRole('status')).toHaveText('Enregistré.');
	await page.getByLabel('Action', { exact: true }).fill('Atelier de définition des MQL');
	await page.getByRole('button', { name: 'Ajouter au plan' }).click();
	await expect(page.getByRole('heading', { name: /Atelier de définition des MQL/ })).toBeVisible();

	await page.reload();
	const reloaded = page.locator('ol.plan > li').nth(1);
	await expect(reloaded.getByLabel('Responsable')).toHaveValue('Directrice marketing');
	await expect(reloaded.getByLabel('Statut')).toHaveValue('done');
	await expect(reloaded.locator('.status')).toHaveText('Fait');
	await expect(page.getByRole('heading', { name: /Atelier de définition des MQL/ })).toBeVisible();
	await expectAccessible(page);
	await saveScreenshot(page, 'plan-fr-FR');
});
