/**
 * Page weight benchmark (`npm run bench:weight`, DESIGN.md §8). Builds the production server into
 * build-bench/ when it is missing or older than the sources (BENCH_REBUILD=1 forces it), starts it
 * on a fresh PostgreSQL database with one open diagnostic, and loads three respondent pages in
 * Chromium with JavaScript on: the welcome (through the survey link), a dimension screen and the
 * review. Each page is loaded cold (browser cache disabled) as a full document: the screens are
 * reached by posting the form, as a browser without the enhancer would. Every response the page
 * loads (document, CSS, JS, images, fonts, fetches) is recorded; its body is gzipped here with
 * zlib at level 9 (not the server's .gz files, so that the HTML and the reference are measured
 * the same way).
 *
 * The reference is the SurveyJS runtime a respondent would load: survey-core's
 * survey.core.min.js, survey-js-ui's survey-js-ui.min.js and survey-core's default theme
 * survey-core.min.css (devDependencies), gzipped the same way. Target: every page ≤ 40 KB.
 * Printed, not asserted.
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium. Database: TEST_DATABASE_URL, else
 * DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (created fresh, dropped at the end).
 */
import { chromium, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { allItemIds, type QuestionId } from '../../src/lib/domain/instrument';
import { NO_PRESET, questionsOnStep, stepsFor } from '../../src/lib/survey/steps';
import { HttpClient } from '../helpers/http-client';
import { startApp } from '../helpers/server';
import { hiddenFields, SurveyWalker } from '../helpers/survey-form';
import { completeAnswers, seedOpenDiagnostics, type BenchLink } from './seed';
import { ensureBuild, kb, postgresServerUrl, root } from './support';

const TARGET = 40 * 1024;
const gzipped = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

interface Loaded {
	url: string;
	type: string;
	bytes: number;
	gzipped: number;
}

/** Records every response of the page from now on, with its body's size as gzip would send it. */
function record(page: Page): () => Promise<Loaded[]> {
	const pending: Promise<Loaded>[] = [];
	const onResponse = (response: Response) => {
		const type = response.request().resourceType();
		pending.push(
			response.body().then(
				(body) => ({ url: response.url(), type, bytes: body.length, gzipped: gzipped(body) }),
				// A redirect has no body to read.
				() => ({ url: response.url(), type, bytes: 0, gzipped: 0 })
			)
		);
	};
	page.on('response', onResponse);
	return async () => {
		await page.waitForLoadState('networkidle');
		page.off('response', onResponse);
		return Promise.all(pending);
	};
}

/** The form body a browser posts to move from the walker's screen to `to`. */
function postBody(walker: SurveyWalker, answers: Record<string, string>, to: string) {
	const body = new URLSearchParams(hiddenFields(walker.html));
	for (const [name, value] of Object.entries(answers)) body.set(name, value);
	body.append('to', to);
	return [...body];
}

/** Bodies that open a dimension screen and the review, found by walking the form over HTTP. */
async function screenPosts(url: string, link: BenchLink) {
	const steps = stepsFor(NO_PRESET);
	const answers = completeAnswers();
	const dimension = steps.find((step) =>
		questionsOnStep(step, NO_PRESET).some((id) => (allItemIds as readonly string[]).includes(id))
	);
	if (!dimension) throw new Error('no dimension screen');
	const walker = new SurveyWalker(new HttpClient(url));
	await walker.land(link.token);
	const posts: { name: string; step: string; fields: [string, string][] }[] = [];
	for (let index = 0; index < steps.length - 1; index += 1) {
		const next = steps[index + 1]!;
		const onScreen = Object.fromEntries(
			questionsOnStep(steps[index]!, NO_PRESET)
				.filter((id: QuestionId) => answers[id] !== undefined)
				.map((id) => [id, answers[id]!])
		);
		if (next === dimension)
			posts.push({ name: 'dimension', step: next, fields: postBody(walker, onScreen, next) });
		if (next === 'review')
			posts.push({ name: 'review', step: next, fields: postBody(walker, onScreen, next) });
		await walker.press(['to', next], onScreen);
		expect(walker.step).toBe(next);
	}
	return posts;
}

function printPage(name: string, loaded: Loaded[]): number {
	const total = loaded.reduce((sum, item) => sum + item.gzipped, 0);
	console.log(`\n${name}: ${kb(total)} gzipped in ${loaded.length} responses`);
	for (const item of loaded) {
		// The survey link's secret is not worth printing.
		const pathname = new URL(item.url).pathname.replace(/^\/s\/.+/, '/s/<token>');
		console.log(
			`  ${item.type.padEnd(10)} ${kb(item.gzipped).padStart(9)} gz ${kb(item.bytes).padStart(9)} raw  ${pathname}`
		);
	}
	return total;
}

test('page weight benchmark', async () => {
	ensureBuild();
	process.env.TEST_DATABASE_URL = postgresServerUrl;
	let links: BenchLink[] = [];
	const app = await startApp(
		'postgres',
		{},
		{
			async seed(db) {
				links = await seedOpenDiagnostics(db, 1);
			}
		}
	);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		]
	});
	try {
		const posts = await screenPosts(app.url, links[0]!);
		const totals: [string, number][] = [];
		console.log(
			'\nrespondent pages, each loaded cold with JavaScript on (gzip level 9 of each body)'
		);

		// The welcome, through the survey link as a respondent opens it.
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		let done = record(page);
		await page.goto(`${app.url}/s/${links[0]!.token}`);
		totals.push(['welcome', printPage('welcome', await done())]);

		// The screens, each a form post answered by a full page (the cookie is now set).
		for (const post of posts) {
			done = record(page);
			await Promise.all([
				page.waitForURL(`${app.url}/survey`, { waitUntil: 'load' }),
				page.waitForEvent('framenavigated'),
				page.evaluate((fields) => {
					const form = document.createElement('form');
					form.method = 'post';
					form.action = '/survey';
					for (const [name, value] of fields) {
						const input = document.createElement('input');
						input.type = 'hidden';
						input.name = name;
						input.value = value;
						form.append(input);
					}
					document.body.append(form);
					form.submit();
				}, post.fields)
			]);
			const loaded = await done();
			const html = await page.content();
			expect(html).toContain(`name="step" value="${post.step}"`);
			totals.push([
				`${post.name} (${post.step})`,
				printPage(`${post.name} (${post.step})`, loaded)
			]);
		}
		await context.close();

		const core = join(root, 'node_modules/survey-core');
		const ui = join(root, 'node_modules/survey-js-ui');
		const version = (dir: string) =>
			(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
		const reference = [
			join(core, 'survey.core.min.js'),
			join(ui, 'survey-js-ui.min.js'),
			join(core, 'survey-core.min.css')
		].map((path) => {
			const body = readFileSync(path);
			return { path, bytes: body.length, gzipped: gzipped(body) };
		});
		const referenceTotal = reference.reduce((sum, item) => sum + item.gzipped, 0);
		console.log(
			`\nSurveyJS runtime reference (survey-core ${version(core)}, survey-js-ui ${version(ui)}): ${kb(referenceTotal)} gzipped`
		);
		for (const item of reference) {
			console.log(
				`  ${kb(item.gzipped).padStart(9)} gz ${kb(item.bytes).padStart(9)} raw  ${item.path.replace(/^.*node_modules\//, '')}`
			);
		}
		console.log('\npage                      gzipped   vs SurveyJS   target ≤ 40 KB');
		for (const [name, total] of totals) {
			console.log(
				`${name.padEnd(24)} ${kb(total).padStart(9)}   ${((100 * total) / referenceTotal).toFixed(1).padStart(9)} %   ${total <= TARGET ? 'met' : 'MISSED'}`
			);
		}
	} finally {
		await browser.close();
		await app.stop();
		await app.cleanup();
	}
});
