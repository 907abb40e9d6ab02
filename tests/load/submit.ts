/**
 * `npm run load:submit`: LOAD_CLIENTS (200) clients submit unique responses, each with its own
 * idempotency key, for LOAD_SECONDS (60) against the production build on PostgreSQL
 * (TEST_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; a new
 * database there, dropped at the end). A client that gets an error or a dropped connection sends
 * the same key again until it gets a 303. Prints acknowledged, stored, lost, doubled, the errors
 * seen and the retries; fails only when a response is lost, doubled or unexplained.
 */
import { test } from 'vitest';
import { runLoad } from './run';

test('submit load', async () => {
	await runLoad({ faults: false });
});
