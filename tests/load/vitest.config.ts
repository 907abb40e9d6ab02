import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/** `npm run load:submit` and `npm run load:faults`: one load run, its output printed as it goes. */
export default defineConfig({
	root,
	resolve: { alias: { $lib: resolve(root, 'src/lib') } },
	test: {
		include: ['tests/load/submit.ts', 'tests/load/faults.ts'],
		environment: 'node',
		testTimeout: 30 * 60_000,
		hookTimeout: 5 * 60_000,
		disableConsoleIntercept: true,
		reporters: ['dot']
	}
});
