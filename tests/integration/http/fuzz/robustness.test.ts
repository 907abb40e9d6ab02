import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../helpers/databases';
import { startApp, type RunningApp } from '../../../helpers/server';
import { anyEncoding, mutatedParts } from './arbitraries';
import { seedFuzzFixture, type FuzzFixture } from './fixture';
import { encodeSegment } from './send';
import {
	describeParts,
	expectAcceptable,
	fuzzOptions,
	hostileGets,
	hostileUrlPart,
	requestFor,
	SEED,
	send
} from './run';
import { fuzzTargets } from './targets';

/**
 * Random and hostile payloads against every action and endpoint, as the visitor allowed to use
 * it: never a 5xx, never a stack trace, and every 4xx page says what is wrong in words.
 * Some payloads may be valid and stored here; refusal.test.ts checks what must not be.
 */
describe.each(databaseKinds())('fuzzing every handler with hostile input (%s)', (kind) => {
	let app: RunningApp;
	let fixture: FuzzFixture;

	beforeAll(async () => {
		console.info(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
		app = await startApp(
			kind,
			{},
			{ seed: async (db) => void (fixture = await seedFuzzFixture(db)) }
		);
	});

	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	for (const [key, target] of Object.entries(fuzzTargets)) {
		it(key, async () => {
			const logsBefore = app.logs().length;
			if (target.method === 'GET') {
				await fc.assert(
					fc.asyncProperty(hostileGets(target, fixture), async (path) => {
						const request = requestFor(target, fixture, { path });
						expectAcceptable(await send(app.url, request), request, `GET ${path.slice(0, 200)}`);
					}),
					fuzzOptions()
				);
			} else {
				const base = target.base?.(fixture) ?? [];
				await fc.assert(
					fc.asyncProperty(mutatedParts(base), anyEncoding, async (parts, encoding) => {
						const request = requestFor(target, fixture, { parts, encoding });
						const outcome = await send(app.url, request);
						expectAcceptable(outcome, request, `POST ${encoding} ${describeParts(parts)}`);
					}),
					fuzzOptions()
				);
			}
			// handleError logs every unexpected error as "[<uuid>] <method> <route>: …".
			expect(app.logs().slice(logsBefore)).not.toMatch(/^\[[0-9a-f-]{36}\]/m);
		});
	}

	// The guard reads the organisation id from the URL before anything else, for every route.
	it('hostile organisation ids in the URL', async () => {
		await fc.assert(
			fc.asyncProperty(hostileUrlPart, async (id) => {
				const request = requestFor(fuzzTargets['/(app)/orgs/[org]/members invite']!, fixture, {
					path: `/orgs/${encodeSegment(`x${id}`)}/members?/invite`,
					parts: [{ name: 'role', value: 'viewer' }]
				});
				const outcome = await send(app.url, request);
				expectAcceptable(outcome, request, request.path.slice(0, 200));
				// 404 for an unknown id; 400 from SvelteKit for a URL that is not valid UTF-8.
				expect([400, 404]).toContain(outcome.status);
			}),
			// NUL, which PostgreSQL text refuses, is always among the ids tried.
			{ ...fuzzOptions(), examples: [['\u0000'], ['a\u0000b']] }
		);
	});
});
