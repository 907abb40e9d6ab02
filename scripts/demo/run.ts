/**
 * `npm run demo`: seeds the demo organisation into the database the app uses (DATABASE_URL, else
 * the embedded PGlite in DATA_DIR/pglite), then prints the logins and the address to open.
 * PGlite is single-process: stop the app first, run `npm run demo`, then `npm start`.
 */
import { join, resolve } from 'node:path';
import { test } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/client';
import {
	DEMO_CONSULTANT,
	DEMO_ORGANISATION_NAME,
	DEMO_OWNER,
	DEMO_PASSWORD,
	pgliteFolderBusy,
	seedDemo
} from '../../src/lib/server/demo';

/** An error vitest prints as the sentence alone, without a stack trace. */
function plainError(message: string): Error {
	const error = new Error(message);
	error.stack = message;
	return error;
}

test('seed the demo organisation', async () => {
	const url = process.env.DATABASE_URL || undefined;
	const dataDir = process.env.DATA_DIR || '.data';
	if (!url) {
		const folder = join(resolve(dataDir), 'pglite');
		const busy = process.env.DEMO_FORCE === '1' ? null : pgliteFolderBusy(folder);
		if (busy) {
			throw plainError(
				[
					`The embedded database ${folder} is ${busy}.`,
					'PGlite is single-process: stop the app (npm start / npm run dev), run npm run demo, then npm start.',
					'If you are sure nothing uses the folder, run DEMO_FORCE=1 npm run demo.'
				].join('\n')
			);
		}
	}

	const handle = openDatabase({ url, dataDir });
	let summary;
	try {
		await handle.migrate();
		summary = await seedDemo(handle.db);
	} finally {
		await handle.close();
	}

	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`;
	const where = url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${join(resolve(dataDir), 'pglite')}`;
	console.log(
		[
			'',
			`Demo organisation "${DEMO_ORGANISATION_NAME}" seeded into ${where}.`,
			`  wave 1 (closed): ${summary.firstWave.responses} responses, action plan of ${summary.planItems} items`,
			`  wave 2 (closed follow-up): ${summary.followUp.responses} responses`,
			'',
			`  Open:       ${origin}/login`,
			`  Owner:      ${DEMO_OWNER.email} / ${DEMO_PASSWORD}`,
			`  Consultant: ${DEMO_CONSULTANT.email} / ${DEMO_PASSWORD}`,
			`  Report:     ${origin}/orgs/${summary.organisationId}/diagnostics/${summary.firstWave.id}/report`,
			'',
			url
				? 'Start the app with npm start (same DATABASE_URL) and log in.'
				: 'Now start the app with npm start (same DATA_DIR) and log in. PGlite is single-process:',
			url ? '' : 'always stop the app before running npm run demo again.',
			'Running npm run demo again replaces the demo organisation and resets these passwords.',
			''
		].join('\n')
	);
});
