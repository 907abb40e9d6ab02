import { expect, test, useFreshApp } from './app';

const app = useFreshApp();

test('the CSP watcher sees a blocked inline script, and a page of the app logs none', async ({
	page,
	cspViolations
}) => {
	await page.goto(`${app().url}/login`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(cspViolations).toEqual([]);

	const consoleMessage = page.waitForEvent('console');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.title = "injected"';
		document.body.append(script);
	});
	await consoleMessage;
	await expect(page).not.toHaveTitle('injected');
	await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
	expect(cspViolations.join('\n')).toContain('script-src');
	// Seen and asserted: the fixture must not fail this test for it.
	cspViolations.length = 0;
});
