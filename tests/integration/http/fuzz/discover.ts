import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const routesRoot = resolve(import.meta.dirname, '../../../../src/routes');

/** One handler that takes input from a visitor: a form action or an endpoint method. */
export interface DiscoveredHandler {
	/** SvelteKit route id, e.g. `/(app)/orgs/[org]/members`. */
	routeId: string;
	/** The action name (`default` included) or the HTTP method of a `+server.ts`. */
	handler: string;
	/** The key of the fuzz table. */
	key: string;
}

function files(folder: string): string[] {
	return readdirSync(folder).flatMap((entry) => {
		const path = join(folder, entry);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** The action names of `export const actions = { … }` (top-level keys of the object). */
export function actionNames(source: string): string[] {
	const start = source.search(/export const actions\b/);
	if (start < 0) return [];
	const open = source.indexOf('{', source.indexOf('=', start));
	const names: string[] = [];
	let depth = 0;
	for (let index = open; index < source.length; index += 1) {
		const char = source[index];
		if (char === '{' || char === '(' || char === '[') depth += 1;
		else if (char === '}' || char === ')' || char === ']') {
			depth -= 1;
			if (depth === 0) break;
		} else if (depth === 1) {
			const match = /^\s*([A-Za-z_$][\w$]*)\s*:/.exec(source.slice(index, index + 80));
			const before = source.slice(Math.max(open, index - 1), index);
			if (match && (index === open + 1 || /[\s,{]/.test(before))) {
				names.push(match[1]!);
				index += match[0].length - 1;
			}
		}
	}
	return [...new Set(names)];
}

/** The HTTP methods a `+server.ts` exports. */
export function endpointMethods(source: string): string[] {
	return [
		...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)
	].map((match) => match[1]!);
}

export function fuzzKey(routeId: string, handler: string): string {
	return `${routeId} ${handler}`;
}

/** Every form action and endpoint of the app, read from the route files. */
export function discoverHandlers(): DiscoveredHandler[] {
	const found: DiscoveredHandler[] = [];
	for (const file of files(routesRoot)) {
		const name = file.split('/').at(-1);
		if (name !== '+page.server.ts' && name !== '+server.ts') continue;
		const routeId = '/' + relative(routesRoot, file).split('/').slice(0, -1).join('/');
		const source = readFileSync(file, 'utf8');
		const handlers = name === '+server.ts' ? endpointMethods(source) : actionNames(source);
		for (const handler of handlers) {
			found.push({ routeId, handler, key: fuzzKey(routeId, handler) });
		}
	}
	return found.sort((a, b) => a.key.localeCompare(b.key));
}
