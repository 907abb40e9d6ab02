import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../helpers/databases';
import { startApp, type RunningApp } from '../../../helpers/server';
import { refusals } from './arbitraries';
import { seedFuzzFixture, type FuzzFixture } from './fixture';
import { encodeSegment } from './send';
import {
	describeParts,
	expectAcceptable,
	fuzzOptions,
	hostileUrlPart,
	requestFor,
	SEED,
	send
} from './run';
import { changes, snapshotOf, snapshotOfApp } from './store';
import { fuzzTargets } from './targets';

/** Every way of breaking a request is tried this many times, with different junk around it. */
const RUNS_PER_WAY = Math.max(2, Math.ceil(Number(process.env.FUZZ_RUNS ?? 25) / 6));

/**
 * Payloads that must be refused (a required field missing, huge or holding a NUL, free text too
 * long, a body in the wrong format, a hostile id in the path): a 4xx with a message, and at the
 * end every table holds exactly what it held before the first request.
 */
describe.each(databaseKinds())('refusing invalid input, storing nothing (%s)', (kind) => {
	let app: RunningApp;
	let fixture: FuzzFixture;
	let before: Record<string, string[]>;

	beforeAll(async () => {
		console.info(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
		app = await startApp(
			kind,
			{},
			{
				async seed(db) {
					fixture = await seedFuzzFixture(db);
					before = await snapshotOf(db);
				}
			}
		);
	});

	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	for (const [key, target] of Object.entries(fuzzTargets)) {
		if (target.method === 'POST' && (target.required?.length || target.text?.length)) {
			it(key, async () => {
				const ways = refusals(target.base!(fixture), target.required ?? [], target.text ?? []);
				for (const way of ways) {
					await fc.assert(
						fc.asyncProperty(way, async ({ reason, parts, encoding }) => {
							const request = requestFor(target, fixture, { parts, encoding });
							const outcome = await send(app.url, request);
							const refusedStatus = outcome.status >= 400 && outcome.status < 500;
							expectAcceptable(
								outcome,
								request,
								`${reason} (${encoding}: ${describeParts(parts)})`,
								refusedStatus ? [] : [`answered ${outcome.status}, not a 4xx`]
							);
						}),
						fuzzOptions(RUNS_PER_WAY)
					);
				}
			});
		} else if (target.withId) {
			it(`${key} with a hostile id`, async () => {
				await fc.assert(
					fc.asyncProperty(hostileUrlPart, async (id) => {
						const path = target.withId!(fixture, encodeSegment(`x${id}`));
						const request = requestFor(target, fixture, { path });
						const outcome = await send(app.url, request);
						const refusedStatus =
							(outcome.status >= 400 && outcome.status < 500) ||
							(target.refusesWithRedirect === true && outcome.status === 303);
						expectAcceptable(
							outcome,
							request,
							`GET ${path.slice(0, 200)}`,
							refusedStatus ? [] : [`answered ${outcome.status}`]
						);
					}),
					fuzzOptions(Number(process.env.FUZZ_RUNS ?? 25))
				);
			});
		}
	}

	it('stored nothing: every table as before the first request', async () => {
		await app.stop();
		const after = await snapshotOfApp(app);
		// Attempt counters may grow: throttling counts refused attempts on purpose.
		delete before.rate_limits;
		delete after.rate_limits;
		expect(changes(before, after)).toEqual({});
	});
});
