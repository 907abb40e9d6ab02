import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../helpers/server';

export { expect };

/** Chromium's console wording for a blocked (or report-only) Content-Security-Policy breach. */
export function isCspViolation(text: string): boolean {
	return /Content Security Policy/i.test(text);
}

/**
 * Every spec imports `test` from here: it fails any test during which a page of any browser
 * context it opened logged a Content-Security-Policy violation. The list is the `cspViolations`
 * fixture, so a test can look at it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ browser, context }, use) => {
			const violations: string[] = [];
			const watch = async (watched: BrowserContext) => {
				// Some violations (a blocked eval probe caught by the page) only raise the DOM event.
				await watched.addInitScript(() => {
					document.addEventListener('securitypolicyviolation', (event) => {
						console.error(
							`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`
						);
					});
				});
				watched.on('console', (message) => {
					if (isCspViolation(message.text())) {
						violations.push(`${message.location().url}: ${message.text()}`);
					}
				});
			};
			await watch(context);
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const created = await newContext(options);
				await watch(created);
				return created;
			};
			try {
				await use(violations);
			} finally {
				browser.newContext = newContext;
			}
			expect(violations, 'Content-Security-Policy violations in the browser console').toEqual([]);
		},
		{ auto: true }
	]
});

/**
 * Starts the production build on a fresh database for the spec file that calls it (PostgreSQL
 * when TEST_DATABASE_URL is set, embedded PGlite otherwise) and stops it after the last test.
 */
export function useFreshApp(): () => RunningApp {
	let app: RunningApp | undefined;
	test.beforeAll(async () => {
		app = await startApp(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
	});
	test.afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});
	return () => {
		if (!app) throw new Error('the app is not started');
		return app;
	};
}

/** Fails the test on any WCAG A/AA violation that axe-core finds on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

const screenshotFolder = join(import.meta.dirname, 'screenshots');

/** Keeps a full-page screenshot for people to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
	mkdirSync(screenshotFolder, { recursive: true });
	await page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: true });
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
	counter += 1;
	return `${prefix}.${Date.now().toString(36)}.${counter}@example.com`;
}
