import type { Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { COMPANY_CONTEXT_FIELDS } from '../../src/lib/domain/company-context';
import type { Locale } from '../../src/lib/i18n/locales';
import { diagnostics } from '../../src/lib/i18n/messages/diagnostics';
import { expect, expectAccessible, saveScreenshot, test, uniqueEmail, useFreshApp } from './app';

const app = useFreshApp();

interface Texts {
	locale: string;
	language: Locale;
	/** Words written here rather than read from the dictionary, to catch a wrong language. */
	signup: { name: RegExp; email: RegExp; password: RegExp; submit: RegExp };
	organisationName: RegExp;
	createOrganisation: RegExp;
	newDiagnosticHeading: string;
	openStatus: string;
}

const english: Texts = {
	locale: 'en-GB',
	language: 'en',
	signup: {
		name: /Your name/,
		email: /Work email/,
		password: /^Password$/,
		submit: /Create account/
	},
	organisationName: /Organisation name/,
	createOrganisation: /^Create$/,
	newDiagnosticHeading: 'New diagnostic',
	openStatus: 'Open'
};

const french: Texts = {
	locale: 'fr-FR',
	language: 'fr',
	signup: {
		name: /Votre nom/,
		email: /E-mail professionnel/,
		password: /^Mot de passe$/,
		submit: /Créer le compte/
	},
	organisationName: /Nom de l’organisation/,
	createOrganisation: /^Créer$/,
	newDiagnosticHeading: 'Nouveau diagnostic',
	openStatus: 'Ouvert'
};

function decodeQr(png: Buffer): string | undefined {
	const image = PNG.sync.read(png);
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

async function ownerWithOrganisation(browser: Browser, t: Texts, name: string): Promise<Page> {
	const context = await browser.newContext({ locale: t.locale });
	const page = await context.newPage();
	await page.goto(`${app().url}/signup`);
	// Typing before hydration can be undone by it: wait until the page's scripts have run.
	await page.waitForLoadState('networkidle');
	await page.getByLabel(t.signup.name).fill('Claire Martin');
	await page.getByLabel(t.signup.email).fill(uniqueEmail('claire'));
	await page.getByLabel(t.signup.password).fill('a long and secret phrase');
	await page.getByRole('button', { name: t.signup.submit }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await page.getByLabel(t.organisationName).fill(name);
	await page.getByRole('button', { name: t.createOrganisation }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	return page;
}

/** Fills the company context from the field list, the way a person reads the labels. */
async function fillContext(page: Page, language: Locale): Promise<void> {
	const answers: Record<string, string> = {
		headcount: '85',
		revenueModel: 'recurring',
		salesMotion: 'field',
		selfDirectedJourneyPct: '65',
		salesCycle: '3_to_6_months',
		segmentCount: '4'
	};
	for (const field of COMPANY_CONTEXT_FIELDS) {
		const input = page.getByLabel(field.label[language], { exact: true });
		if (field.kind === 'choice') await input.selectOption(answers[field.id]!);
		else await input.fill(answers[field.id]!);
	}
}

async function createAndOpen(page: Page, t: Texts, title: string): Promise<void> {
	const m = diagnostics[t.language];
	await page.getByRole('link', { name: m.list.create }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.newDiagnosticHeading);

	// An empty submit first: every required field says what is wrong, nothing is lost.
	await page.getByLabel(m.form.title, { exact: true }).fill(title);
	await page.getByRole('button', { name: m.form.create }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByLabel(m.form.title, { exact: true })).toHaveValue(title);
	await expect(page.getByLabel(COMPANY_CONTEXT_FIELDS[0]!.label[t.language])).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectAccessible(page);
	await saveScreenshot(page, `diagnostic-errors-${t.locale}`);

	await page.getByRole('checkbox', { name: m.languageNames.en }).check();
	await page.getByRole('checkbox', { name: m.languageNames.fr }).check();
	await fillContext(page, t.language);
	await page.getByLabel(m.form.expectedCell(executiveLabel(t), salesLabel(t))).fill('3');
	await page.getByLabel(m.form.expectedCell(frontlineLabel(t), salesLabel(t))).fill('30');
	await page.getByRole('radio', { name: m.form.executiveModes.pool.label }).check();
	await page.getByRole('button', { name: m.form.create }).click();

	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByRole('button', { name: m.lifecycle.open }).click();
	await expect(page.getByRole('button', { name: m.lifecycle.close })).toBeVisible();
	await expect(page.locator('.lifecycle .badge')).toHaveText(t.openStatus);
}

const executiveLabel = (t: Texts): string => (t.language === 'fr' ? 'Direction' : 'Executive');
const frontlineLabel = (t: Texts): string =>
	t.language === 'fr' ? 'Équipes opérationnelles' : 'Frontline';
const salesLabel = (t: Texts): string => (t.language === 'fr' ? 'Ventes' : 'Sales');

/** Creates a link and checks that its QR code, as shown and as served, decodes to it. */
async function createLinkAndCheckQr(page: Page, t: Texts, button: string): Promise<string> {
	await page.getByRole('button', { name: button }).click();
	const shown = (await page.getByTestId('survey-link').textContent())?.trim() ?? '';
	expect(shown).toMatch(new RegExp(`^${app().url}/s/[a-z2-7]{32}$`));
	const qr = page.getByTestId('qr');
	await expect(qr).toBeVisible();
	expect(decodeQr(await qr.screenshot())).toBe(shown);
	const source = (await qr.getAttribute('src')) ?? '';
	expect(source).toMatch(/^data:image\/png;base64,/);
	expect(decodeQr(Buffer.from(source.split(',')[1]!, 'base64'))).toBe(shown);
	expect(await qr.getAttribute('alt')).toContain('QR code');
	return shown;
}

async function flow(
	browser: Browser,
	t: Texts,
	organisation: string,
	title: string
): Promise<void> {
	const m = diagnostics[t.language];
	const page = await ownerWithOrganisation(browser, t, organisation);
	await page.getByRole('link', { name: m.nav.diagnostics, exact: true }).click();
	await createAndOpen(page, t, title);
	await saveScreenshot(page, `diagnostic-overview-${t.locale}`);

	await page
		.getByRole('navigation', { name: m.nav.sections })
		.getByRole('link', {
			name: m.nav.distribute
		})
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.distribute.title);
	await expectAccessible(page);
	const general = await createLinkAndCheckQr(page, t, m.distribute.createGeneral);
	await expect(page.getByText(m.distribute.shownOnce)).toBeVisible();
	await expectAccessible(page);
	await saveScreenshot(page, `distribute-${t.locale}`);

	// "Create another link": the first one is gone from the page for good.
	await page.getByRole('link', { name: m.distribute.createAnother }).click();
	await expect(page.getByTestId('survey-link')).toHaveCount(0);
	await expect(page.getByText(general)).toHaveCount(0);
	await page.getByLabel(m.distribute.presetLevel).selectOption('frontline');
	await page.getByLabel(m.distribute.presetFunction).selectOption('marketing');
	const audience = await createLinkAndCheckQr(page, t, m.distribute.createAudience);
	expect(audience).not.toBe(general);
	await expect(
		page.getByRole('cell', { name: m.distribute.generalLabel, exact: true })
	).toBeVisible();

	// Without SMTP_URL the personal links are shown to copy.
	await page.getByLabel(m.distribute.emails).fill('ana@example.com\nnope\nben@example.com');
	await page.getByRole('button', { name: m.distribute.createInvitationLinks }).click();
	await expect(page.getByText(m.distribute.invalidLine(2, 'nope'))).toBeVisible();
	await expect(page.getByLabel(m.distribute.emails)).toHaveValue(
		'ana@example.com\nnope\nben@example.com'
	);
	await expectAccessible(page);
	await page.getByLabel(m.distribute.emails).fill('ana@example.com\nben@example.com');
	await page.getByRole('button', { name: m.distribute.createInvitationLinks }).click();
	await expect(page.getByTestId('invitation-link')).toHaveCount(2);
	await saveScreenshot(page, `invitations-${t.locale}`);

	await page
		.getByRole('navigation', { name: m.nav.sections })
		.getByRole('link', {
			name: m.nav.progress
		})
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.progress.title);
	await expect(page.getByTestId('progress-total')).toHaveText('0');
	await expect(page.getByTestId('invited')).toHaveText('2');
	await expectAccessible(page);
	await saveScreenshot(page, `progress-${t.locale}`);

	await page
		.getByRole('navigation', { name: m.nav.sections })
		.getByRole('link', {
			name: m.nav.settings
		})
		.click();
	await expect(page.getByText(m.form.locked)).toBeVisible();
	await expect(page.getByLabel(m.form.k)).toBeDisabled();
	await expectAccessible(page);
	await saveScreenshot(page, `settings-${t.locale}`);
	await page.context().close();
}

test('an owner creates and opens a diagnostic, and its survey link’s QR code decodes to it', async ({
	browser
}) => {
	await flow(browser, english, 'Acme Industries', 'Alignment survey, spring');
});

test('the same in French', async ({ browser }) => {
	await flow(browser, french, 'Société Exemple', 'Enquête alignement, printemps');
});

test('the create form has no accessibility violation before anything is typed', async ({
	browser
}) => {
	const page = await ownerWithOrganisation(browser, english, 'Empty Form Inc');
	await page.getByRole('link', { name: diagnostics.en.list.create }).click();
	await expectAccessible(page);
	await saveScreenshot(page, 'diagnostic-new-en-GB');
	await page.context().close();
});
