/**
 * The demo organisation's closed first wave, read as its owner in English and as its consultant in
 * French: every section of the report in the reader's language, the key figures equal to
 * report.json, the action plan saved by the demo, response rates against the expected headcounts,
 * and no hidden group showing a number.
 */
import type { Browser, Page } from '@playwright/test';
import {
	formatInterval,
	formatNumber,
	formatShare,
	formatSigned
} from '../../src/lib/components/report/format';
import { getAction } from '../../src/lib/domain/actions';
import type { EffectLabel } from '../../src/lib/domain/gaps';
import type { ExpectedHeadcounts } from '../../src/lib/domain/headcounts';
import { DIMENSIONS } from '../../src/lib/domain/instrument';
import { VARIANT_NAMES } from '../../src/lib/domain/paradigm';
import { isHidden, type Report, type Shown } from '../../src/lib/domain/report/types';
import { DEMO_CONSULTANT, DEMO_OWNER, DEMO_PASSWORD, seedDemo } from '../../src/lib/server/demo';
import { findDiagnostic } from '../../src/lib/server/diagnostics';
import { listPlanItems, type PlanItemRow } from '../../src/lib/server/plans';
import { startApp, type RunningApp } from '../helpers/server';
import { expect, expectAccessible, saveScreenshot, test } from './app';

type Locale = 'en' | 'fr';

let app: RunningApp;
let reportPath = '';
let expected: ExpectedHeadcounts = {};
let planItems: PlanItemRow[] = [];

test.beforeAll(async () => {
	app = await startApp(
		process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
		{},
		{
			async seed(db) {
				const demo = await seedDemo(db, new Date('2026-01-15T10:00:00Z'));
				const first = await findDiagnostic(db, demo.organisationId, demo.firstWave.id);
				if (!first?.expected) throw new Error('the demo diagnostic should expect headcounts');
				expected = first.expected;
				planItems = await listPlanItems(db, first.id);
				reportPath = `/orgs/${demo.organisationId}/diagnostics/${first.id}/report`;
			}
		}
	);
});

test.afterAll(async () => {
	await app?.stop();
	await app?.cleanup();
});

const HEADINGS: Record<Locale, string[]> = {
	en: [
		'At a glance',
		'The seven dimensions',
		'Perception gaps, largest first',
		'Sales and marketing: the mirror',
		'Level × function',
		'Answer distributions',
		'Paradigm',
		'Action plan',
		'Response rates',
		'Reliability, comments and method'
	],
	fr: [
		'L’essentiel',
		'Les sept dimensions',
		'Écarts de perception, du plus grand au plus petit',
		'Ventes et marketing\u00a0: le miroir',
		'Niveau × fonction',
		'Répartition des réponses',
		'Paradigme',
		'Plan d’action',
		'Taux de réponse',
		'Fiabilité, commentaires et méthode'
	]
};

const TEXT = {
	en: {
		hidden: 'fewer than 5 answers',
		expected: 'Expected:',
		effects: { negligible: 'negligible', small: 'small', medium: 'medium', large: 'large' },
		done: 'Done',
		inProgress: 'In progress',
		toolbar: ['Present as slides', 'Live survey in the room', 'Print or save as PDF'],
		pptx: 'Download PowerPoint',
		csv: 'Download data (CSV)'
	},
	fr: {
		hidden: 'moins de 5 réponses',
		expected: 'Attendus\u00a0:',
		effects: { negligible: 'négligeable', small: 'faible', medium: 'moyen', large: 'fort' },
		done: 'Fait',
		inProgress: 'En cours',
		toolbar: [
			'Présenter en diaporama',
			'Sondage en direct dans la salle',
			'Imprimer ou enregistrer en PDF'
		],
		pptx: 'Télécharger le PowerPoint',
		csv: 'Télécharger les données (CSV)'
	}
} satisfies Record<Locale, { effects: Record<EffectLabel, string> } & Record<string, unknown>>;

/** The figure, or fails the test: the demo data makes these groups visible. */
function shown<T>(value: Shown<T>): T {
	if (isHidden(value)) throw new Error('the demo should make this figure visible');
	return value;
}

/** Sum of the expected headcounts of some stored levels (senior managers count as frontline). */
function headcount(levels: (keyof ExpectedHeadcounts)[]): number {
	return levels
		.flatMap((level) => Object.values(expected[level] ?? {}))
		.reduce((sum, n) => sum + (n ?? 0), 0);
}

/** Logs in; the French reader then switches the interface with the header's language button. */
async function openReport(browser: Browser, locale: Locale): Promise<Page> {
	const context = await browser.newContext({ locale: locale === 'en' ? 'en-GB' : 'fr-FR' });
	const page = await context.newPage();
	await page.goto(`${app.url}/login?next=${encodeURIComponent(reportPath)}`);
	const email = locale === 'en' ? DEMO_OWNER.email : DEMO_CONSULTANT.email;
	await page.getByLabel(locale === 'en' ? 'Email' : 'E-mail', { exact: true }).fill(email);
	await page.getByLabel(locale === 'en' ? 'Password' : 'Mot de passe').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: locale === 'en' ? 'Log in' : 'Se connecter' }).click();
	await expect(page).toHaveURL(`${app.url}${reportPath}`);
	if (locale === 'fr') {
		// The demo accounts are English; the consultant chooses French, as a user would.
		await page.getByRole('button', { name: 'Afficher en français' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport');
	}
	return page;
}

async function fetchReport(page: Page): Promise<Report> {
	const response = await page.request.get(`${app.url}${reportPath}.json`);
	expect(response.status()).toBe(200);
	return (await response.json()) as Report;
}

for (const locale of ['en', 'fr'] as const) {
	test(`the demo report shows every section with the figures of report.json (${locale})`, async ({
		browser
	}) => {
		const t = TEXT[locale];
		const page = await openReport(browser, locale);
		const report = await fetchReport(page);

		// Every section, in order, in the reader's language.
		await expect(page.locator('main h2')).toHaveText(HEADINGS[locale]);

		// The toolbar: the other forms of the report (the owner and the consultant may run live mode).
		const base = reportPath.replace(/\/report$/, '');
		const toolbar = page.getByRole('navigation', {
			name: locale === 'en' ? 'Other forms of this report' : 'Autres formes de ce rapport'
		});
		const [present, live, print] = t.toolbar;
		await expect(toolbar.getByRole('link', { name: present })).toHaveAttribute(
			'href',
			`${base}/present`
		);
		await expect(toolbar.getByRole('link', { name: live })).toHaveAttribute('href', `${base}/live`);
		await expect(toolbar.getByRole('link', { name: print })).toHaveAttribute(
			'href',
			`${base}/report/print`
		);
		await expect(toolbar.getByRole('link', { name: t.pptx })).toHaveAttribute(
			'href',
			`${base}/export.pptx?lang=${locale}`
		);
		await expect(toolbar.getByRole('link', { name: t.csv })).toHaveAttribute(
			'href',
			`${base}/export.csv?lang=${locale}`
		);

		// Headline: alignment index per level with its interval, and the shares saying "aligned".
		for (const level of ['executive', 'frontline'] as const) {
			const index = shown(report.alignmentIndex.groups[level]);
			const tile = page.getByTestId(`index-${level}`);
			await expect(tile).toContainText(formatNumber(index.mean!, locale));
			await expect(tile).toContainText(formatInterval(index.ci95!, locale));
			const overall = shown(report.overall.groups[level]);
			await expect(page.getByTestId(`aligned-${level}`)).toContainText(
				formatShare(overall.aligned!, locale)
			);
		}
		// The demo's story: most executives say aligned, a minority of frontline staff do.
		expect(shown(report.overall.groups.executive).aligned!).toBeGreaterThan(0.65);
		expect(shown(report.overall.groups.frontline).aligned!).toBeLessThan(0.5);

		// The largest gap first, with its effect label.
		const largest = [...report.dimensions].sort(
			(a, b) => Math.abs(shown(b.gap)!.difference) - Math.abs(shown(a.gap)!.difference)
		)[0]!;
		const firstGap = page.getByTestId('gaps-table').locator('tbody tr').first();
		await expect(firstGap.locator('th')).toHaveText(
			DIMENSIONS.find((d) => d.id === largest.id)!.label[locale]
		);
		await expect(firstGap).toContainText(formatSigned(shown(largest.gap)!.difference, locale));
		await expect(firstGap).toContainText(t.effects[shown(largest.gap)!.hedgesG!.label]);

		// Answer distributions: the executives' shares on the first dimension.
		const trust = report.dimensions[0]!;
		const trustExec = shown(trust.groups.executive).shares;
		const distribution = page
			.getByTestId('distributions-table')
			.locator(`tr[data-dimension="${trust.id}:executive"]`);
		await expect(distribution.locator('td[data-part="favourable"]')).toHaveText(
			formatShare(trustExec.favourable!, locale)
		);
		await expect(distribution.locator('td[data-part="unfavourable"]')).toHaveText(
			formatShare(trustExec.unfavourable!, locale)
		);

		// The recommended paradigm, and the power axis drawn with its table.
		expect(report.recommendation).not.toBeNull();
		await expect(page.getByTestId('paradigm-recommended')).toContainText(
			VARIANT_NAMES[report.recommendation!.recommended][locale]
		);
		const frontlinePower = report.paradigms.frontline.axes.power;
		if (frontlinePower !== null) {
			await expect(page.getByTestId('paradigm-power').locator('tbody tr').nth(1)).toContainText(
				formatSigned(frontlinePower, locale)
			);
		}

		// The action plan the demo saved, with its owners and statuses.
		const plan = page.getByTestId('report-plan');
		await expect(plan).toHaveAttribute('data-stored', 'true');
		await expect(plan.locator(':scope > li')).toHaveCount(planItems.length);
		const firstAction = getAction(planItems[0]!.actionId!)!;
		await expect(plan.locator(':scope > li').first()).toContainText(firstAction.title[locale]);
		await expect(plan.locator(':scope > li').first()).toContainText(
			'Head of sales + Head of marketing'
		);
		await expect(plan.locator(':scope > li').first()).toContainText(t.done);
		await expect(plan.locator(':scope > li').nth(2)).toContainText('CMO');
		await expect(plan.locator(':scope > li').nth(2)).toContainText(t.inProgress);
		await expect(plan.locator(':scope > li').last()).toContainText('Monthly joint pipeline review');

		// Response rates against the expected headcounts (standard mode: senior managers are frontline).
		const rates = page.getByTestId('rates-table');
		const everyone = report.respondents.all as number;
		await expect(rates.locator('tr[data-level="all"] td[data-group="all"] .rate')).toHaveText(
			formatShare(everyone / headcount(['executive', 'senior_manager', 'frontline']), locale)
		);
		const frontline = shown(report.respondents.frontline);
		await expect(
			rates.locator('tr[data-level="frontline"] td[data-group="frontline"] .rate')
		).toHaveText(formatShare(frontline / headcount(['senior_manager', 'frontline']), locale));
		const executives = report.respondents.executive;
		if (!isHidden(executives)) {
			await expect(
				rates.locator('tr[data-level="executive"] td[data-group="executive"] .rate')
			).toHaveText(formatShare(executives / headcount(['executive']), locale));
		}

		// Hidden groups: "fewer than 5 answers", never a number (an expected headcount may follow).
		const hiddenFigures = page.locator('.hidden-figure');
		expect(await hiddenFigures.count()).toBeGreaterThan(0);
		await expect(page.getByTestId('heatmap-complementary')).toBeVisible();
		const leaks = await hiddenFigures.evaluateAll(
			(figures, { hidden, expectedLabel }) =>
				figures.flatMap((figure) => {
					if (figure.textContent?.trim() !== hidden) return [`label: ${figure.textContent}`];
					const holder = figure.closest('td, li, p, .tile') ?? figure;
					const rest = (holder.textContent ?? '')
						.replace(hidden, '')
						.replace(new RegExp(`${expectedLabel}\\s*[\\d\\s\\u202f,]+`), '');
					return /\d/.test(rest) ? [rest.trim()] : [];
				}),
			{ hidden: t.hidden, expectedLabel: t.expected }
		);
		expect(leaks).toEqual([]);

		if (locale === 'fr') {
			// Numbers written the French way everywhere outside the respondents' own comments.
			const all = await page.locator('main').innerText();
			const comments = await page.getByTestId('comments').innerText();
			expect(all.replace(comments, '')).not.toMatch(/\d\.\d/);
		}

		await expect(page.locator('canvas')).toHaveCount(5);
		await expectAccessible(page);
		await saveScreenshot(page, `report-demo-${locale}`);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: `tests/e2e/screenshots/report-demo-top-${locale}.png` });
		for (const section of ['heatmap', 'distributions', 'paradigm', 'plan', 'rates'] as const) {
			await page
				.locator(`section[aria-labelledby="${section}-title"]`)
				.screenshot({ path: `tests/e2e/screenshots/report-demo-${section}-${locale}.png` });
		}
		await page.context().close();
	});
}
