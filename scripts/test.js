// `npm test`: the whole suite, in the order a failure is cheapest to find. Database tests run on
// PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';

/** @type {[string, string[]][]} */
const steps = [
	['lint', ['run', 'lint']],
	['type check', ['run', 'check']],
	['unit tests', ['run', 'test:unit']],
	['production build', ['run', 'build']],
	['integration tests', ['run', 'test:integration']],
	['end-to-end tests (Chromium)', ['run', 'test:e2e']]
];

const database = process.env.TEST_DATABASE_URL
	? `PGlite and PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`
	: 'PGlite only (set TEST_DATABASE_URL to add PostgreSQL)';
console.log(`Databases under test: ${database}`);

for (const [name, args] of steps) {
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const result = spawnSync('npm', args, { stdio: 'inherit' });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed after ${seconds}s`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${name} (${seconds}s)`);
}
console.log('\nAll tests passed.');
