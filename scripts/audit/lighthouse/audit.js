// Runs Lighthouse (its defaults: mobile, simulated throttling) in Debian's Chromium on a list of
// pages and turns each result into a row of scores, metrics and failing audits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport } from 'lighthouse';
import puppeteer from 'puppeteer-core';

export const CATEGORIES = /** @type {const} */ ([
	'performance',
	'accessibility',
	'best-practices',
	'seo'
]);

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string} url what Lighthouse navigates to
 * @property {Record<string, string>} [headers] sent with every request (Lighthouse extraHeaders)
 * @property {{ body: string, origin: string }} [post] turns the navigation into this form post
 */

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} requested
 * @property {string} method GET, or POST for a form-post target
 * @property {string} audited the URL Lighthouse ended on (after redirects)
 * @property {number} [status] HTTP status of the audited document
 * @property {string} [error] Lighthouse's runtime error, if any
 * @property {Record<(typeof CATEGORIES)[number], number | null>} scores 0–100
 * @property {number} [lcp] ms
 * @property {number} [cls]
 * @property {number} [tbt] ms
 * @property {number} [bytes] transferred, every request of the page
 * @property {Record<string, string[]>} failing category → titles of its failing scored audits
 * @property {string[]} warnings
 */

/**
 * Launches Chromium with a profile in `userDataDir`.
 * @param {string} chromePath
 * @param {string} userDataDir
 */
export function launchChromium(chromePath, userDataDir) {
	mkdirSync(userDataDir, { recursive: true });
	return chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
		userDataDir,
		logLevel: 'silent',
		handleSIGINT: false
	});
}

/** @param {number} port */
export function connectBrowser(port) {
	return puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
}

/**
 * The kinds of DevTools issues an `inspector-issues` audit found, e.g. ": Content security policy".
 * @param {unknown} details
 */
function issueTypes(details) {
	const items = /** @type {{ items?: { issueType?: unknown }[] } | undefined} */ (details)?.items;
	const types = (items ?? []).map((item) => item.issueType).filter((t) => typeof t === 'string');
	return types.length > 0 ? `: ${types.join(', ')}` : '';
}

/**
 * @param {import('lighthouse').Result} lhr
 * @param {string} name
 * @param {string} requested
 * @param {string} method
 * @returns {Row}
 */
function rowOf(lhr, name, requested, method) {
	const audits = lhr.audits;
	const numeric = (/** @type {string} */ id) => audits[id]?.numericValue;
	const scores = /** @type {Row['scores']} */ ({});
	/** @type {Record<string, string[]>} */
	const failing = {};
	for (const id of CATEGORIES) {
		const category = lhr.categories[id];
		const score = category?.score;
		scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
		if (!category || typeof score !== 'number' || score === 1) continue;
		const titles = [];
		for (const ref of category.auditRefs) {
			const audit = audits[ref.id];
			if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			const detail = audit.displayValue ? `: ${audit.displayValue}` : issueTypes(audit.details);
			const partial = audit.score > 0 ? ` (score ${Math.round(audit.score * 100)})` : '';
			titles.push(`${audit.title}${detail}${partial}`);
		}
		failing[id] = titles;
	}
	const requests = /** @type {{ items?: { url?: string, statusCode?: number }[] } | undefined} */ (
		audits['network-requests']?.details
	);
	const mainDocument = requests?.items?.find((item) => item.url === lhr.mainDocumentUrl);
	return {
		name,
		requested,
		method,
		audited: lhr.finalDisplayedUrl,
		status: mainDocument?.statusCode,
		error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
		scores,
		lcp: numeric('largest-contentful-paint'),
		cls: numeric('cumulative-layout-shift'),
		tbt: numeric('total-blocking-time'),
		bytes: numeric('total-byte-weight'),
		failing,
		warnings: lhr.runWarnings.map(String)
	};
}

/**
 * Audits one page in a tab of its own. A `post` target is sent as a form post: the tab
 * intercepts Lighthouse's navigation request and continues it as POST with the given body.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Target} target
 * @param {{ reportsDir?: string }} options
 * @returns {Promise<Row>}
 */
export async function auditPage(browser, target, { reportsDir } = {}) {
	const page = await browser.newPage();
	try {
		const post = target.post;
		if (post) {
			await page.setRequestInterception(true);
			page.on('request', (request) => {
				const isDocument =
					request.isNavigationRequest() &&
					request.frame() === page.mainFrame() &&
					request.url() === target.url;
				if (!isDocument) return void request.continue();
				void request.continue({
					method: 'POST',
					postData: post.body,
					headers: {
						...request.headers(),
						...Object.fromEntries(
							Object.entries(target.headers ?? {}).map(([name, value]) => [
								name.toLowerCase(),
								value
							])
						),
						'content-type': 'application/x-www-form-urlencoded',
						origin: post.origin
					}
				});
			});
		}
		/** @type {import('lighthouse').Flags} */
		const flags = {
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
			extraHeaders: target.headers
		};
		let result = await lighthouse(target.url, flags, undefined, page);
		// A failed trace (e.g. NO_NAVSTART) asks to run Lighthouse again: once.
		if (result?.lhr.runtimeError) result = await lighthouse(target.url, flags, undefined, page);
		if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
		if (reportsDir) {
			mkdirSync(reportsDir, { recursive: true });
			const file = join(
				reportsDir,
				`${target.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.html`
			);
			writeFileSync(file, generateReport(result.lhr, 'html'));
		}
		return rowOf(result.lhr, target.name, target.url, post ? 'POST' : 'GET');
	} finally {
		await page.close().catch(() => {});
	}
}

/** @param {number | null} score */
function scoreText(score) {
	return score === null ? 'n/a' : String(score);
}

/** @param {number | undefined} ms */
function msText(ms) {
	if (ms === undefined) return 'n/a';
	return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/**
 * The table of scores and metrics, then every failing audit of a category under 100.
 * @param {Row[]} rows
 * @param {string} origin shown once, left out of the URLs
 */
export function formatRows(rows, origin) {
	const header = [
		'page',
		'audited URL',
		'perf',
		'a11y',
		'best pr.',
		'SEO',
		'LCP',
		'CLS',
		'TBT',
		'transfer'
	];
	const lines = rows.map((row) => [
		row.name,
		`${row.method === 'GET' ? '' : `${row.method} `}${row.audited.replace(origin, '')}` +
			(row.status === 200 ? '' : ` (${row.status ?? 'status ?'})`),
		...CATEGORIES.map((id) => scoreText(row.scores[id])),
		msText(row.lcp),
		row.cls === undefined ? 'n/a' : row.cls.toFixed(3),
		msText(row.tbt),
		row.bytes === undefined ? 'n/a' : `${(row.bytes / 1024).toFixed(1)} KB`
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length))
	);
	const numeric = (/** @type {number} */ column) => column >= 2;
	const format = (/** @type {string[]} */ cells) =>
		cells
			.map((cell, column) =>
				numeric(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)
			)
			.join('  ')
			.trimEnd();
	const out = [format(header), widths.map((width) => '─'.repeat(width)).join('  ')];
	for (const line of lines) out.push(format(line));

	const notes = [];
	for (const row of rows) {
		const parts = [];
		if (row.error) parts.push(`  runtime error: ${row.error}`);
		if (row.audited !== row.requested) {
			parts.push(`  requested ${row.requested.replace(origin, '')}, audited ${row.audited}`);
		}
		for (const [category, titles] of Object.entries(row.failing)) {
			const score = scoreText(row.scores[/** @type {(typeof CATEGORIES)[number]} */ (category)]);
			parts.push(`  ${category} ${score}:`);
			if (titles.length === 0) parts.push('    (no scored audit failed)');
			for (const title of titles) parts.push(`    - ${title}`);
		}
		for (const warning of row.warnings) parts.push(`  warning: ${warning}`);
		if (parts.length > 0) notes.push(`${row.name}`, ...parts);
	}
	if (notes.length > 0) out.push('', 'Below 100, and other notes:', ...notes);
	return out.join('\n');
}
