import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/** `npm run bench:report`: the report benchmark alone, its output printed as it goes. */
export default defineConfig({
	root,
	resolve: { alias: { $lib: resolve(root, 'src/lib') } },
	test: {
		include: ['tests/bench/report.ts'],
		environment: 'node',
		testTimeout: 30 * 60_000,
		disableConsoleIntercept: true,
		reporters: ['dot']
	}
});
