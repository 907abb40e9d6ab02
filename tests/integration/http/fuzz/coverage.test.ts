import { describe, expect, it } from 'vitest';
import { actionNames, discoverHandlers } from './discover';
import { fuzzTargets } from './targets';

describe('fuzz table coverage', () => {
	const discovered = discoverHandlers();

	it('reads action names the way SvelteKit sees them', () => {
		const source = `export const actions: Actions = {\n\tdefault: async (event) => {\n\t\tconst x = { a: 1 };\n\t},\n\tsecond: withGuard(async () => ({ b: 2 }))\n};`;
		expect(actionNames(source)).toEqual(['default', 'second']);
	});

	it('finds the form actions and endpoints of the app', () => {
		const keys = discovered.map((handler) => handler.key);
		expect(keys).toContain('/(auth)/login default');
		expect(keys).toContain('/(app)/orgs/[org]/diagnostics/[diagnostic]/import upload');
		expect(keys).toContain('/(app)/orgs/[org]/diagnostics/[diagnostic]/report.json GET');
	});

	it('every action and endpoint has an entry in the fuzz table', () => {
		const missing = discovered.filter((handler) => !(handler.key in fuzzTargets));
		expect(missing.map((handler) => handler.key)).toEqual([]);
	});

	it('the fuzz table names no handler that does not exist', () => {
		const known = new Set(discovered.map((handler) => handler.key));
		expect(Object.keys(fuzzTargets).filter((key) => !known.has(key))).toEqual([]);
	});
});
