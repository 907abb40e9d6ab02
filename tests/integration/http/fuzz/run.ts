import fc from 'fast-check';
import { expect } from 'vitest';
import type { Part } from './encode';
import type { FuzzFixture } from './fixture';
import { problemsWith } from './checks';
import { encodeSegment, send, type FuzzRequest, type Outcome } from './send';
import { hostileString } from './arbitraries';
import type { FuzzTarget } from './targets';

/** Runs per handler; raise with FUZZ_RUNS for a longer hunt. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** One seed per test run, printed so that a failure can be replayed with FUZZ_SEED. */
export const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

export function fuzzOptions(runs = RUNS): fc.Parameters<unknown> {
	return { numRuns: runs, seed: SEED, endOnFailure: true };
}

export function requestFor(
	target: FuzzTarget,
	fixture: FuzzFixture,
	overrides: Partial<FuzzRequest> = {}
): FuzzRequest {
	return {
		method: target.method,
		path: target.path(fixture),
		cookies: fixture.cookies[target.as],
		accept: target.accept,
		stream: target.stream,
		...overrides
	};
}

/**
 * Hostile strings that fit in a URL: Node answers a request line over 16 KB itself (431) and
 * closes the connection, so longer ones test Node, not the app.
 */
export const hostileUrlPart = hostileString.map((text) => text.slice(0, 1_500));

/** Hostile GET requests: a hostile id in the path, hostile query parameters. */
export function hostileGets(target: FuzzTarget, fixture: FuzzFixture): fc.Arbitrary<string> {
	const id = target.withId ? fc.option(hostileUrlPart, { nil: undefined }) : fc.constant(undefined);
	const query = fc.array(fc.tuple(fc.constantFrom(...(target.query ?? []), 'x'), hostileUrlPart), {
		maxLength: 3
	});
	return fc.tuple(id, query).map(([hostileId, params]) => {
		const path =
			hostileId === undefined || !target.withId
				? target.path(fixture)
				: target.withId(fixture, encodeSegment(hostileId));
		const search = params.map(([name, value]) => `${name}=${encodeSegment(value)}`).join('&');
		return search ? `${path}?${search}` : path;
	});
}

/** Fails with the problems found, the request and the start of the answer. */
export function expectAcceptable(
	outcome: Outcome,
	request: FuzzRequest,
	what: string,
	extra: string[] = []
): void {
	const problems = [...problemsWith(outcome), ...extra];
	const answer = `${outcome.status}, ${outcome.contentType}: ${outcome.body.slice(0, 1500)}`;
	expect(problems, `${what}\n--- answer ---\n${answer}`).toEqual([]);
}

export function describeParts(parts: Part[]): string {
	return parts
		.map((part) => {
			const value = 'file' in part ? `<file ${String(part.file.content).length}>` : part.value;
			return `${JSON.stringify(part.name).slice(0, 30)}=${JSON.stringify(value).slice(0, 60)}`;
		})
		.join(' ');
}

export { send };
