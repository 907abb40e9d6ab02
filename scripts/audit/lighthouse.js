// `npm run audit:lighthouse`: Lighthouse (mobile, simulated throttling) in Debian's Chromium on
// the respondent's survey pages and on the report page, over a freshly seeded production build.
//
// Builds the app when the build (BUILD_DIR, default build/) is missing or older than the
// sources, starts it on a new embedded database in a temporary folder, seeds it through HTTP
// (owner sign-up, organisation, open diagnostic, survey link, 30 survey responses), audits,
// prints the scores, and stops everything. Exits 1 when the respondent page scores under 95 for
// performance or under 100 for accessibility (DESIGN §8). LIGHTHOUSE_REPORTS=<folder> also
// writes each page's HTML report there; CHROMIUM_PATH picks another Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuild, startApp } from './shared/production-app.js';
import { auditPage, connectBrowser, formatRows, launchChromium } from './lighthouse/audit.js';
import { dimensionScreenPost, seedApp } from './lighthouse/seed.js';

const TARGETS = { performance: 95, accessibility: 100 };

const root = resolve(import.meta.dirname, '../..');
const buildDir = process.env.BUILD_DIR ?? 'build';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reportsDir = process.env.LIGHTHOUSE_REPORTS ? resolve(process.env.LIGHTHOUSE_REPORTS) : '';

// Everything started is undone in reverse order, once, whatever ends the run.
/** @type {{ name: string, undo: () => Promise<void> | void, now: () => void }[]} */
const started = [];
/** @type {Promise<void> | undefined} */
let stopping;
function stopAll() {
	stopping ??= (async () => {
		for (let step = started.pop(); step; step = started.pop()) {
			try {
				await step.undo();
			} catch (error) {
				console.error(`Could not stop ${step.name}: ${error}`);
			}
		}
	})();
	return stopping;
}
for (const [signal, code] of /** @type {const} */ ([
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129]
])) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping the app and Chromium…`);
		void stopAll().finally(() => process.exit(code));
	});
}
// Last resort when the process ends without the steps above (an uncaught error): kill, remove.
process.on('exit', () => {
	for (const step of started.reverse()) {
		try {
			step.now();
		} catch {
			// Nothing more can be done while exiting.
		}
	}
});

/** @param {number} n @param {string} one */
function plural(n, one) {
	return `${n} ${one}${n === 1 ? '' : 's'}`;
}

async function main() {
	ensureBuild(root, buildDir);

	const temp = mkdtempSync(join(tmpdir(), 'accord-lighthouse-'));
	const removeTemp = () => rmSync(temp, { recursive: true, force: true });
	started.push({ name: `the temporary folder ${temp}`, undo: removeTemp, now: removeTemp });

	const app = await startApp(root, buildDir, { DATA_DIR: join(temp, 'data') });
	started.push({ name: 'the app', undo: () => app.stop(), now: () => app.kill() });
	await app.ready();
	console.log(`App on ${app.url} (embedded database in ${temp}).`);

	const seeding = Date.now();
	const seeded = await seedApp(app.url);
	const dimension = await dimensionScreenPost(app.url, seeded.surveyToken);
	console.log(
		`Seeded through HTTP in ${((Date.now() - seeding) / 1000).toFixed(1)}s: an owner, an open ` +
			`diagnostic (k = 5), a survey link, ${plural(seeded.responses, 'response')}.`
	);

	const chrome = await launchChromium(chromePath, join(temp, 'chromium'));
	started.push({
		name: 'Chromium',
		undo: () => chrome.kill(),
		now: () => void process.kill(chrome.pid, 'SIGKILL')
	});
	const browser = await connectBrowser(chrome.port);
	started.push({
		name: 'the DevTools connection',
		undo: () => browser.disconnect(),
		now: () => {}
	});
	const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;
	console.log(
		`Lighthouse ${lighthouseVersion} in ${await browser.version()} (${chromePath}); ` +
			'mobile, simulated throttling.\n'
	);

	/** @type {import('./lighthouse/audit.js').Target[]} */
	const targets = [
		{
			name: 'respondent page',
			url: `${app.url}/survey`,
			headers: { Cookie: seeded.surveyCookie }
		},
		{ name: 'respondent via link', url: `${app.url}/s/${seeded.surveyToken}` },
		{
			name: `dimension page (${dimension.step})`,
			url: `${app.url}/survey`,
			headers: { Cookie: dimension.cookie },
			post: { body: dimension.body, origin: app.url }
		},
		{
			name: 'report page',
			url: `${app.url}${seeded.reportPath}`,
			headers: { Cookie: seeded.ownerCookie }
		}
	];
	const rows = [];
	for (const target of targets) {
		const auditing = Date.now();
		process.stdout.write(`Auditing ${target.name}… `);
		rows.push(await auditPage(browser, target, { reportsDir: reportsDir || undefined }));
		console.log(`${((Date.now() - auditing) / 1000).toFixed(1)}s`);
	}
	console.log(`\n${formatRows(rows, app.url)}\n`);
	if (reportsDir) console.log(`HTML reports in ${reportsDir}\n`);

	const respondent = rows[0];
	const problems = [];
	if (!respondent || respondent.error) {
		problems.push(`the respondent page was not audited (${respondent?.error ?? 'no result'})`);
	} else {
		if (new URL(respondent.audited).pathname !== '/survey' || respondent.status !== 200) {
			problems.push(`Lighthouse audited ${respondent.audited} (${respondent.status}), not /survey`);
		}
		for (const [category, minimum] of Object.entries(TARGETS)) {
			const score = respondent.scores[/** @type {keyof typeof TARGETS} */ (category)];
			if (score === null || score < minimum) {
				problems.push(`${category} ${score ?? 'n/a'} < ${minimum}`);
			}
		}
	}
	if (problems.length > 0) {
		console.log(`✖ Respondent page misses its targets: ${problems.join('; ')}.`);
		return 1;
	}
	console.log(
		`✔ Respondent page: performance ${respondent?.scores.performance} ≥ ${TARGETS.performance}, ` +
			`accessibility ${respondent?.scores.accessibility} = ${TARGETS.accessibility}.`
	);
	return 0;
}

let exitCode = 1;
try {
	exitCode = await main();
} catch (error) {
	// After a signal, the errors of the steps it interrupted say nothing new.
	if (!stopping) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	exitCode = 2;
} finally {
	await stopAll();
}
process.exit(exitCode);
