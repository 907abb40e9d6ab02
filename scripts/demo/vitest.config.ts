import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm run demo`: vitest runs the TypeScript seeding (Node 20 cannot run .ts by itself), with its
 * console output printed as it goes.
 */
export default defineConfig({
	root,
	resolve: { alias: { $lib: resolve(root, 'src/lib') } },
	test: {
		include: ['scripts/demo/run.ts'],
		environment: 'node',
		testTimeout: 10 * 60_000,
		silent: false,
		disableConsoleIntercept: true,
		reporters: ['dot']
	}
});
