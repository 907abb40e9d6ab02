import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm run bench:submit` and `npm run bench:weight`: one benchmark file at a time (named on the
 * command line), its output printed as it goes.
 */
export default defineConfig({
	root,
	resolve: { alias: { $lib: resolve(root, 'src/lib') } },
	test: {
		include: ['tests/bench/submit.ts', 'tests/bench/weight.ts'],
		environment: 'node',
		testTimeout: 15 * 60_000,
		hookTimeout: 5 * 60_000,
		disableConsoleIntercept: true,
		reporters: ['dot']
	}
});
