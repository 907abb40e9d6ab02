import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationRoutes } from './organisation-routes';

const routesRoot = resolve(import.meta.dirname, '../../../src/routes');
const organisationRoot = join(routesRoot, '(app)/orgs/[org]');

function files(folder: string): string[] {
	return readdirSync(folder).flatMap((entry) => {
		const path = join(folder, entry);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** The handlers a route file exports: its load, its named actions, its HTTP methods. */
function handlersOf(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const handlers: string[] = [];
	if (/export const load\b/.test(source)) handlers.push('load');
	const actions = /export const actions[^{]*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
	for (const match of actions.matchAll(/^\t(\w+): async/gm)) handlers.push(match[1]!);
	for (const match of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
		handlers.push(match[1]!);
	}
	return handlers;
}

describe('organisation route coverage', () => {
	const routeFiles = files(organisationRoot).filter((file) =>
		/\+(page\.server|server)\.ts$/.test(file)
	);

	it('finds the organisation routes', () => {
		expect(routeFiles.length).toBeGreaterThanOrEqual(3);
	});

	for (const file of routeFiles) {
		const routeId = '/' + relative(routesRoot, file).split('/').slice(0, -1).join('/');
		it(`${routeId}: every handler is in the authorization matrix and calls the guard`, () => {
			const source = readFileSync(file, 'utf8');
			const handlers = handlersOf(file);
			expect(handlers.length).toBeGreaterThan(0);
			for (const handler of handlers) {
				const entry = organisationRoutes.find(
					(route) => route.routeId === routeId && route.handler === handler
				);
				expect(entry, `${routeId} ${handler} has no entry in organisation-routes.ts`).toBeDefined();
			}
			const guardCalls = source.match(/require(OrganisationRole|Diagnostic)\(/g)?.length ?? 0;
			expect(guardCalls, `${routeId}: one guard call per handler`).toBeGreaterThanOrEqual(
				handlers.length
			);
		});
	}
});
