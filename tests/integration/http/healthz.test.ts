import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../helpers/databases';
import { startApp, type RunningApp } from '../../helpers/server';

describe.each(databaseKinds())('/healthz on %s', (kind) => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp(kind);
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	it('answers 200 with the database status, never cached', async () => {
		const response = await fetch(`${app.url}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
		expect(response.headers.get('cache-control')).toBe('no-store');
	});

	it.runIf(kind === 'postgres')('answers 503 once the database is gone, and stays up', async () => {
		const name = new URL(app.database).pathname.slice(1);
		const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database ${name} with (force)`);
		await admin.end();
		const response = await fetch(`${app.url}/healthz`);
		expect(response.status).toBe(503);
		expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
		// The process is still serving.
		expect((await fetch(`${app.url}/healthz`)).status).toBe(503);
	});
});
