import type { Locator, Page } from '@playwright/test';
import {
	formatInterval,
	formatNumber,
	formatShare,
	formatSigned
} from '../../src/lib/components/report/format';
import { getAction } from '../../src/lib/domain/actions';
import type { EffectLabel } from '../../src/lib/domain/gaps';
import { DIMENSIONS } from '../../src/lib/domain/instrument';
import { VARIANT_NAMES } from '../../src/lib/domain/paradigm';
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
import { insertResponses } from '../unit/report/generators';
import { seededAnswers } from './seeded-answers';
import { expect, expectAccessible, saveScreenshot, test } from './app';

const PASSWORD = 'viewer passphrase 42';
let app: RunningApp;
let reportPath = '';
let emptyReportPath = '';

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
				for (const [email, locale] of [
					['viewer.en@example.com', 'en'],
					['viewer.fr@example.com', 'fr']
				] as const) {
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
				reportPath = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}/report`;
				emptyReportPath = `/orgs/${organisation.id}/diagnostics/${empty.id}/report`;
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
	await page.getByLabel('Email', { exact: true }).fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(`${app.url}${path}`);
}

async function fetchReport(page: Page): Promise<Report> {
	const response = await page.request.get(`${app.url}${reportPath}.json`);
	expect(response.status()).toBe(200);
	return (await response.json()) as Report;
}

/** The figure, or fails the test: the seeded data must make these groups visible. */
function shown<T>(value: Shown<T>): T {
	if (isHidden(value)) throw new Error('the seeded data should make this figure visible');
	return value;
}

/** A table row by its header cell; works inside a folded <details> too (no accessibility tree). */
function rowOf(page: Page, table: string, title: string): Locator {
	const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
	return page
		.getByTestId(table)
		.locator('tr')
		.filter({ has: page.locator('th', { hasText: exact }) });
}

const HEADINGS = {
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
} as const;

const HIDDEN_TEXT = { en: 'fewer than 5 answers', fr: 'moins de 5 réponses' } as const;

for (const locale of ['en', 'fr'] as const) {
	test(`a viewer reads every section of the report (${locale})`, async ({ page }) => {
		await logIn(page, `viewer.${locale}@example.com`, reportPath);
		const report = await fetchReport(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			locale === 'en' ? 'Report' : 'Rapport'
		);
		for (const heading of HEADINGS[locale]) {
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		}

		// 1. Headline: the alignment index of both levels with their intervals, as in report.json.
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
		const gap = shown(report.alignmentIndex.gap)!;
		await expect(page.getByTestId('index-gap')).toContainText(formatSigned(gap.difference, locale));
		// Executives are rosier than frontline in the seeded data.
		expect(gap.difference).toBeGreaterThan(0);
		const blind = shown(report.blindSpots.executives)!;
		await expect(page.getByTestId('blind-executives')).toContainText(
			formatNumber(blind.guess, locale)
		);
		await expect(page.getByTestId('blind-executives')).toContainText(
			formatNumber(blind.actual, locale)
		);

		// 2. The seven dimensions: a chart and its table with every level's mean and interval.
		await expect(page.locator('canvas')).toHaveCount(5);
		const trust = report.dimensions[0]!;
		const trustTitle = DIMENSIONS[0]!.label[locale];
		const dimensionRow = rowOf(page, 'dimensions-table', trustTitle);
		const trustExec = shown(trust.groups.executive);
		await expect(dimensionRow).toContainText(formatNumber(trustExec.mean!, locale));
		await expect(dimensionRow).toContainText(formatInterval(trustExec.ci95!, locale));

		// 3. Gaps, largest first, with their effect label.
		const largest = [...report.dimensions].sort(
			(a, b) => Math.abs(shown(b.gap)!.difference) - Math.abs(shown(a.gap)!.difference)
		)[0]!;
		const firstGap = page.getByTestId('gaps-table').locator('tbody tr').first();
		await expect(firstGap.locator('th')).toHaveText(
			DIMENSIONS.find((d) => d.id === largest.id)!.label[locale]
		);
		await expect(firstGap).toContainText(formatSigned(shown(largest.gap)!.difference, locale));
		const labels: Record<EffectLabel, string> =
			locale === 'en'
				? { negligible: 'negligible', small: 'small', medium: 'medium', large: 'large' }
				: { negligible: 'négligeable', small: 'faible', medium: 'moyen', large: 'fort' };
		await expect(firstGap).toContainText(labels[shown(largest.gap)!.hedgesG!.label]);

		// 4. The mirror, sales vs marketing.
		const mirrorRow = rowOf(page, 'mirror-table', trustTitle);
		await expect(mirrorRow).toContainText(formatNumber(shown(trust.groups.sales).mean!, locale));
		await expect(mirrorRow).toContainText(formatSigned(shown(trust.mirror)!.difference, locale));

		// 5. The heatmap: the two marketing executives stay hidden, every other figure is there.
		expect(report.dimensions[0]!.groups['executive:marketing']).toMatchObject({ hidden: true });
		const heatmap = page.getByTestId('heatmap');
		const hiddenCells = heatmap.locator('td[data-cell="executive:marketing"]');
		await expect(hiddenCells).toHaveCount(8);
		for (const text of await hiddenCells.allTextContents()) {
			expect(text.trim()).toBe(HIDDEN_TEXT[locale]);
		}
		await expect(heatmap.locator('th[data-cell="executive:marketing"]')).not.toContainText('n =');
		const salesFrontline = shown(trust.groups['frontline:sales']);
		await expect(
			rowOf(page, 'heatmap', trustTitle).locator('td[data-cell="frontline:sales"]')
		).toHaveText(formatNumber(salesFrontline.mean!, locale));
		await expect(
			heatmap.locator('td.band-1, td.band-2, td.band-3, td.band-4, td.band-5').first()
		).toBeVisible();

		// 6. Paradigms: the three diagnoses, whether the levels differ, the recommendation.
		for (const group of ['executive', 'frontline', 'all'] as const) {
			const diagnosis = report.paradigms[group];
			if (diagnosis.status === 'classified') {
				await expect(page.getByTestId(`paradigm-${group}`)).toContainText(
					VARIANT_NAMES[diagnosis.variant][locale]
				);
			}
		}
		const differ = page.getByTestId('paradigm-differ');
		if (report.paradigms.comparison.status === 'compared') {
			await expect(differ).toContainText(
				report.paradigms.comparison.differs
					? locale === 'en'
						? 'No: executives and frontline describe different organisations.'
						: 'Non\u00a0: dirigeants et terrain décrivent des organisations différentes.'
					: locale === 'en'
						? 'Yes: executives and frontline describe the same organisation.'
						: 'Oui\u00a0: dirigeants et terrain décrivent la même organisation.'
			);
		}
		expect(report.recommendation).not.toBeNull();
		await expect(page.getByTestId('paradigm-recommended')).toContainText(
			VARIANT_NAMES[report.recommendation!.recommended][locale]
		);
		await expect(page.getByText(report.recommendation!.knownRisk[locale])).toBeVisible();

		// 7. Reliability, comments and method.
		const alpha = report.dimensions[0]!.reliability.all;
		const reliabilityRow = rowOf(page, 'reliability-table', trustTitle);
		if (!('hidden' in alpha) && alpha.status === 'ok') {
			await expect(reliabilityRow).toContainText(formatNumber(alpha.alpha, locale, 2));
		}
		const pooled = shown(report.comments.pooled);
		expect(pooled.length).toBeGreaterThan(0);
		await expect(page.getByTestId('comments').locator('li')).toHaveCount(pooled.length);
		await expect(page.getByTestId('method')).toContainText(
			locale === 'en' ? 'fewer than 5 people' : 'moins de 5 personnes'
		);

		// No plan saved yet: the report shows the generated one, and links to the plan page.
		const plan = page.getByTestId('report-plan');
		await expect(plan).toHaveAttribute('data-stored', 'false');
		await expect(plan.locator(':scope > li')).toHaveCount(report.actionPlan.items.length);
		await expect(plan.locator(':scope > li').first()).toContainText(
			getAction(report.actionPlan.items[0]!.actionId)!.title[locale]
		);

		// No expected headcounts on this diagnostic: counts only, no rate, hidden cells stay hidden.
		const rates = page.getByTestId('rates-table');
		await expect(rates.locator('[data-rate]')).toHaveCount(0);
		await expect(rates.locator('td[data-group="all"]')).toHaveText(String(report.respondents.all));
		await expect(rates.locator('td[data-group="executive:marketing"]')).toHaveText(
			HIDDEN_TEXT[locale]
		);

		// A viewer may present, print and export the report, not run the live in-room survey.
		const toolbar = page.getByTestId('report-toolbar');
		await expect(toolbar.locator('a')).toHaveCount(4);
		await expect(toolbar.locator('a[data-form="live"]')).toHaveCount(0);
		await expect(toolbar.locator('a[data-form="csv"]')).toHaveAttribute(
			'href',
			reportPath.replace(/report$/, `export.csv?lang=${locale}`)
		);

		// The plan page is one link away.
		const planLink = page
			.getByRole('link', {
				name:
					locale === 'en'
						? 'See the action plan built from these results'
						: 'Voir le plan d’action construit à partir de ces résultats'
			})
			.first();
		await expect(planLink).toHaveAttribute('href', reportPath.replace(/report$/, 'plan'));
		await expect(
			page.getByRole('link', { name: locale === 'en' ? 'Report' : 'Rapport', exact: true })
		).toHaveAttribute('aria-current', 'page');

		await expectAccessible(page);
		await saveScreenshot(page, `report-${locale === 'en' ? 'en-GB' : 'fr-FR'}`);
	});
}

test('a diagnostic without answers says so plainly', async ({ page }) => {
	await logIn(page, 'viewer.en@example.com', emptyReportPath);
	await expect(page.getByTestId('report-empty')).toContainText('No results to show yet.');
	await expect(page.getByTestId('report-empty')).toContainText('at least 5 people');
	await expect(page.locator('canvas')).toHaveCount(0);
	await expectAccessible(page);
});
