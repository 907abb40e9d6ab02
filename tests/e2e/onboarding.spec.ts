import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, saveScreenshot, test, uniqueEmail, useFreshApp } from './app';

const app = useFreshApp();
const PASSWORD = 'a long and secret phrase';

interface Texts {
	locale: string;
	signupLink: RegExp;
	name: RegExp;
	email: RegExp;
	password: RegExp;
	createAccount: RegExp;
	organisationName: RegExp;
	create: RegExp;
	members: RegExp;
	consultant: RegExp;
	createInvite: RegExp;
	join: RegExp;
	switcher: RegExp;
	mainNav: string;
}

const english: Texts = {
	locale: 'en-GB',
	signupLink: /^Sign up$/,
	name: /Your name/,
	email: /Work email/,
	password: /^Password$/,
	createAccount: /Create account/,
	organisationName: /Organisation name/,
	create: /^Create$/,
	members: /^Members$/,
	consultant: /^Consultant/,
	createInvite: /Create invitation link/,
	join: /Join the organisation/,
	switcher: /Switch organisation/,
	mainNav: 'Main'
};

const french: Texts = {
	locale: 'fr-FR',
	signupLink: /^Créer un compte$/,
	name: /Votre nom/,
	email: /E-mail professionnel/,
	password: /^Mot de passe$/,
	createAccount: /Créer le compte/,
	organisationName: /Nom de l’organisation/,
	create: /^Créer$/,
	members: /^Membres$/,
	consultant: /^Consultant/,
	createInvite: /Créer le lien d’invitation/,
	join: /Rejoindre l’organisation/,
	switcher: /Changer d’organisation/,
	mainNav: 'Principale'
};

async function signUp(page: Page, t: Texts, name: string): Promise<void> {
	await page.getByLabel(t.name).fill(name);
	await page.getByLabel(t.email).fill(uniqueEmail(name.split(' ')[0]!.toLowerCase()));
	await page.getByLabel(t.password).fill(PASSWORD);
	await page.getByRole('button', { name: t.createAccount }).click();
}

async function onboard(browser: Browser, t: Texts, organisation: string): Promise<void> {
	const base = app().url;
	const ownerContext = await browser.newContext({ locale: t.locale });
	const owner = await ownerContext.newPage();
	await owner.goto(`${base}/`);
	await owner.getByRole('link', { name: t.signupLink }).first().click();
	await expectAccessible(owner);
	await signUp(owner, t, 'Claire Martin');
	await expect(owner).toHaveURL(/\/orgs$/);

	await owner.getByLabel(t.organisationName).fill(organisation);
	await owner.getByRole('button', { name: t.create }).click();
	await expect(owner.getByRole('heading', { level: 1, name: organisation })).toBeVisible();

	await owner.getByRole('link', { name: t.members }).click();
	await owner.getByRole('radio', { name: t.consultant }).check();
	await owner.getByRole('button', { name: t.createInvite }).click();
	const link = (await owner.getByTestId('invite-link').textContent())?.trim() ?? '';
	expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);
	await expectAccessible(owner);
	await saveScreenshot(owner, `members-${t.locale}`);

	const consultantContext = await browser.newContext({ locale: t.locale });
	const consultant = await consultantContext.newPage();
	await consultant.goto(link);
	// The token left the address bar at once.
	await expect(consultant).toHaveURL(`${base}/invite`);
	await consultant.getByRole('link', { name: t.signupLink }).last().click();
	await signUp(consultant, t, 'Paul Conseil');
	await expect(consultant).toHaveURL(`${base}/invite`);
	await consultant.getByRole('button', { name: t.join }).click();
	await expect(consultant.getByRole('heading', { level: 1, name: organisation })).toBeVisible();

	// The organisation is in the consultant's switcher.
	const mainNav = consultant.getByRole('navigation', { name: t.mainNav });
	await mainNav.getByLabel(t.switcher).click();
	await expect(mainNav.getByRole('link', { name: organisation })).toBeVisible();
	await saveScreenshot(consultant, `organisation-${t.locale}`);
	await ownerContext.close();
	await consultantContext.close();
}

test('an owner invites a consultant who joins through the link (English)', async ({ browser }) => {
	await onboard(browser, english, 'Acme Industries');
});

test('the same in French', async ({ browser }) => {
	await onboard(browser, french, 'Société Exemple');
});

test('the language switcher changes every string and is remembered', async ({ page }) => {
	await page.goto(`${app().url}/login`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Afficher en français' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.goto(`${app().url}/signup`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créez votre compte');
	await expectAccessible(page);
});

test('a bad sign-up keeps what was typed and says what is wrong', async ({ page }) => {
	await page.goto(`${app().url}/signup`);
	await page.getByLabel('Your name').fill('Jeanne Test');
	await page.getByLabel('Work email').fill('jeanne@');
	await page.getByLabel(/^Password$/).fill('short');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('Enter a valid email address')).toBeVisible();
	await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
	await expect(page.getByLabel('Your name')).toHaveValue('Jeanne Test');
	await expect(page.getByLabel('Work email')).toHaveValue('jeanne@');
	await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
	await saveScreenshot(page, 'signup-errors');
	await expectAccessible(page);
});
