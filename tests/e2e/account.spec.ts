import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, saveScreenshot, test, uniqueEmail, useFreshApp } from './app';

const app = useFreshApp();
const PASSWORD = 'a long and secret phrase';

async function signUp(page: Page, name: string): Promise<void> {
	await page.goto(`${app().url}/signup`);
	await page.getByLabel('Votre nom').fill(name);
	await page
		.getByLabel('E-mail professionnel')
		.fill(uniqueEmail(name.split(' ')[0]!.toLowerCase()));
	await page.getByLabel(/^Mot de passe$/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer le compte' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
}

/** A French owner with an organisation, and a French member who joined it by invitation. */
async function ownerAndMember(browser: Browser, organisation: string) {
	const ownerContext = await browser.newContext({ locale: 'fr-FR' });
	const owner = await ownerContext.newPage();
	await signUp(owner, 'Claire Martin');
	await owner.getByLabel('Nom de l’organisation').fill(organisation);
	await owner.getByRole('button', { name: /^Créer$/ }).click();
	await owner.getByRole('link', { name: /^Membres$/ }).click();
	await owner.getByRole('radio', { name: /^Consultant/ }).check();
	await owner.getByRole('button', { name: 'Créer le lien d’invitation' }).click();
	const link = (await owner.getByTestId('invite-link').textContent())?.trim() ?? '';

	const memberContext = await browser.newContext({ locale: 'fr-FR' });
	const member = await memberContext.newPage();
	await member.goto(link);
	await signUp(member, 'Paul Conseil');
	await member.goto(`${app().url}/invite`);
	await member.getByRole('button', { name: 'Rejoindre l’organisation' }).click();
	await expect(member.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
	return { owner, member, close: () => Promise.all([ownerContext.close(), memberContext.close()]) };
}

test('an owner hands the organisation to a member and deletes the account (French)', async ({
	browser
}) => {
	const { owner, member, close } = await ownerAndMember(browser, 'Atelier Nord');
	await owner.goto(`${app().url}/account`);
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Votre compte');
	await expect(owner.getByRole('group', { name: 'Atelier Nord' })).toBeVisible();
	await expectAccessible(owner);

	// Without a decision for the organisation, nothing happens and the form says why.
	await owner.getByLabel('Votre mot de passe, pour confirmer').fill(PASSWORD);
	await owner.getByRole('button', { name: 'Supprimer mon compte' }).click();
	await expect(owner.getByRole('alert')).toContainText(
		'Choisissez un nouveau propriétaire pour Atelier Nord'
	);
	await expectAccessible(owner);
	await saveScreenshot(owner, 'account-delete-errors-fr-FR');

	await owner.getByLabel('Nouveau propriétaire pour Atelier Nord').selectOption({ index: 1 });
	await expect(owner.getByLabel('Nouveau propriétaire pour Atelier Nord')).toContainText(
		'Paul Conseil'
	);
	await owner.getByLabel('Votre mot de passe, pour confirmer').fill(PASSWORD);
	await owner.getByRole('button', { name: 'Supprimer mon compte' }).click();
	await expect(owner).toHaveURL(/\/account\/deleted$/);
	await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Votre compte a été supprimé');
	await expect(owner.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await expectAccessible(owner);

	// The member now owns the organisation alone: their own account page asks them about it.
	await member.goto(`${app().url}/account`);
	await expect(member.getByRole('group', { name: 'Atelier Nord' })).toBeVisible();
	await close();
});

for (const locale of ['en-GB', 'fr-FR'] as const) {
	test(`the privacy page says what is stored (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto(`${app().url}/`);
		const link =
			locale === 'en-GB' ? 'Privacy: what we store' : 'Confidentialité : ce que nous conservons';
		await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
		await expect(page).toHaveURL(/\/privacy$/);
		const heading =
			locale === 'en-GB'
				? 'Privacy: what Accord stores'
				: 'Confidentialité : ce qu’Accord conserve';
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(
			page.getByText(locale === 'en-GB' ? /never the time/ : /jamais l’heure/)
		).toBeVisible();
		await expectAccessible(page);
		await saveScreenshot(page, `privacy-${locale}`);
		await context.close();
	});
}

test('the account page offers the data download (English)', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto(`${app().url}/signup`);
	await page.getByLabel('Your name').fill('Dana Export');
	await page.getByLabel('Work email').fill(uniqueEmail('dana'));
	await page.getByLabel(/^Password$/).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await page.goto(`${app().url}/account`);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^accord-my-data-\d{4}-\d{2}-\d{2}\.json$/);
	await expectAccessible(page);
	await saveScreenshot(page, 'account-en-GB');
	await context.close();
});

test('an owner sets the retention of raw answers, and a bad value is kept and explained (French)', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await signUp(page, 'Rita Durée');
	await page.getByLabel('Nom de l’organisation').fill('Conservation SA');
	await page.getByRole('button', { name: /^Créer$/ }).click();
	await page.getByRole('link', { name: /^Paramètres$/ }).click();
	const months = page.getByLabel(
		'Supprimer les réponses brutes ce nombre de mois après la clôture'
	);
	await months.fill('0');
	await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
	await expect(page.getByText('Saisissez un nombre entier de mois entre 1 et 120')).toBeVisible();
	await expect(months).toHaveValue('0');
	await expect(months).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await months.fill('18');
	await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
	await expect(page.getByTestId('retention-current')).toHaveText(
		'Actuellement : les réponses brutes sont supprimées 18 mois après la clôture d’un diagnostic.'
	);
	await saveScreenshot(page, 'settings-retention-fr-FR');
	await context.close();
});
