import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/lib/domain/csv';
import { allItemIds } from '../../../src/lib/domain/instrument';
import { IMPORT_COLUMNS, answersToCells } from '../../../src/lib/domain/response-import';
import type { Database } from '../../../src/lib/server/db/client';
import { findUserById } from '../../../src/lib/server/users';
import { databaseKinds } from '../../helpers/databases';
import { answersFor, createDiagnosticFixture } from '../../helpers/fixtures';
import { HttpClient } from '../../helpers/http-client';
import { dumpDatabase, startApp, type RunningApp } from '../../helpers/server';

const PASSWORD = 'a long enough password'; // createDiagnosticFixture's owner password

interface Seeded {
	email: string;
	organisationId: string;
	diagnosticId: string;
	/** A diagnostic of another organisation, to try through this one's URL. */
	foreignDiagnosticId: string;
}

async function seed(db: Database): Promise<Seeded> {
	const mine = await createDiagnosticFixture(db);
	const foreign = await createDiagnosticFixture(db);
	const owner = await findUserById(db, mine.ownerId);
	return {
		email: owner!.email,
		organisationId: mine.organisationId,
		diagnosticId: mine.diagnostic.id,
		foreignDiagnosticId: foreign.diagnostic.id
	};
}

async function logIn(baseUrl: string, email: string): Promise<HttpClient> {
	const client = new HttpClient(baseUrl);
	const response = await client.post('/login', { email, password: PASSWORD });
	expect(response.status).toBe(303);
	return client;
}

/** A multipart form post, as a browser sends the upload form without JavaScript. */
async function upload(
	client: HttpClient,
	path: string,
	file: { name: string; content: string } | null,
	fields: Record<string, string>
): Promise<Response> {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	if (file) form.append('file', new Blob([file.content], { type: 'text/csv' }), file.name);
	else form.append('file', new Blob([]), '');
	return fetch(new URL(path, client.baseUrl), {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			origin: new URL(client.baseUrl).origin,
			cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
		},
		body: form
	});
}

function csv(rows: string[][], delimiter: ',' | ';' = ','): string {
	return formatCsv([IMPORT_COLUMNS, ...rows], delimiter, { bom: true });
}

const validRows = (): string[][] => [
	answersToCells(answersFor('executive', 'sales', undefined, 'Meet every week, please')),
	answersToCells(answersFor('frontline', 'marketing', (allowed) => allowed[0]!)),
	answersToCells(answersFor('senior_manager', 'other', () => null))
];

/** HTML text with entities decoded, as a person reads it. */
function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');
}

describe.each(databaseKinds())('response import over HTTP on %s', (kind) => {
	let app: RunningApp;
	let seeded: Seeded;
	let owner: HttpClient;
	let page: string;

	beforeAll(async () => {
		// A low body limit, so that the server's own "payload too large" path is exercised too.
		app = await startApp(
			kind,
			{ BODY_SIZE_LIMIT: '64K' },
			{
				seed: async (db) => {
					seeded = await seed(db);
				}
			}
		);
		owner = await logIn(app.url, seeded.email);
		page = `/orgs/${seeded.organisationId}/diagnostics/${seeded.diagnosticId}/import`;
	});
	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	async function uploadKey(client = owner, path = page): Promise<string> {
		const html = await (await client.get(path)).text();
		const key = /name="uploadKey" value="([a-z2-7]{32})"/.exec(html)?.[1];
		if (!key) throw new Error('no upload key on the page');
		return key;
	}

	/** The number of responses the import page says the diagnostic holds. */
	async function responseCount(): Promise<number> {
		const html = await (await owner.get(page)).text();
		const text = /data-testid="import-counts"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
		const total = /so far: ([\d,]+)/.exec(text)?.[1];
		if (total === undefined) throw new Error(`no response count on the page: ${text}`);
		return Number(total.replaceAll(',', ''));
	}

	async function setLocale(locale: 'en' | 'fr'): Promise<void> {
		expect((await owner.post('/locale', { locale, redirectTo: page })).status).toBe(303);
	}

	it('downloads the template: UTF-8 CSV with the header and example rows', async () => {
		const response = await owner.get(`${page}/template.csv`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="accord-import-template.csv"'
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
		expect(lines[0]).toBe(['level', 'function', ...allItemIds, 'comment'].join(','));
		expect(lines).toHaveLength(4); // header, two examples, and the final line break

		const semicolon = await owner.get(`${page}/template.csv?delimiter=semicolon`);
		expect(semicolon.headers.get('content-disposition')).toContain('semicolon.csv');
		// Response.text() drops the BOM, as a UTF-8 decoder should; the bytes were checked above.
		expect((await semicolon.text()).split('\r\n')[0]).toBe(
			['level', 'function', ...allItemIds, 'comment'].join(';')
		);
	});

	it('shows a form that works without JavaScript and the table of allowed values', async () => {
		const response = await owner.get(page);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(
			/<form[^>]+method="POST"[^>]+action="\?\/upload"[^>]+enctype="multipart\/form-data"/
		);
		expect(html).toContain('name="file"');
		expect(textOf(html)).toContain('Strongly disagree');
		expect(textOf(html)).toContain('senior_manager');
		// The limit shown is the server's (64K minus room for the form), not the 2 MB of the import.
		expect(textOf(html)).toContain('up to 5,000 rows and 60\u00a0KB');
	});

	it('refuses a file with errors with 400, every problem translated, and stores nothing', async () => {
		const rows = validRows();
		rows[1]![IMPORT_COLUMNS.indexOf('trust.3')] = '9';
		rows[2]![IMPORT_COLUMNS.indexOf('level')] = 'boss';
		const file = { name: 'workshop.csv', content: csv(rows) };

		const english = await upload(owner, `${page}?/upload`, file, { uploadKey: await uploadKey() });
		expect(english.status).toBe(400);
		const en = textOf(await english.text());
		expect(en).toContain('The file was not imported: 2 problems were found. Nothing was stored.');
		expect(en).toContain(
			'Line 3, column trust.3: “9” is not an allowed answer (1–7, 0 = don’t know, empty).'
		);
		expect(en).toContain(
			'Line 4, column level: “boss” is not an allowed level (executive, senior_manager or frontline).'
		);

		await setLocale('fr');
		try {
			const french = await upload(owner, `${page}?/upload`, file, { uploadKey: await uploadKey() });
			expect(french.status).toBe(400);
			const fr = textOf(await french.text());
			expect(fr).toContain('Le fichier n’a pas été importé\u00a0: 2 problèmes ont été trouvés.');
			expect(fr).toContain(
				'Ligne 3, colonne trust.3\u00a0: «\u00a09\u00a0» n’est pas une réponse autorisée (1 à 7, 0 = je ne sais pas, vide).'
			);
			expect(fr).toContain(
				'Ligne 4, colonne level\u00a0: «\u00a0boss\u00a0» n’est pas un niveau autorisé'
			);
		} finally {
			await setLocale('en');
		}
		expect(await responseCount()).toBe(0);
	});

	it('refuses a name or email column and says why', async () => {
		const header = [...IMPORT_COLUMNS, 'email'].join(',');
		const content = `${header}\r\n${[...validRows()[0]!, 'ann@example.com'].join(',')}\r\n`;
		const response = await upload(
			owner,
			`${page}?/upload`,
			{ name: 'with-emails.csv', content },
			{ uploadKey: await uploadKey() }
		);
		expect(response.status).toBe(400);
		expect(textOf(await response.text())).toContain(
			'Line 1: the column “email” seems to identify people. Remove it: responses are anonymous'
		);
	});

	it('shows the first 100 problems and how many more there are', async () => {
		const rows = Array.from({ length: 130 }, () => {
			const cells = validRows()[1]!;
			cells[IMPORT_COLUMNS.indexOf('trust.1')] = '8';
			return cells;
		});
		const response = await upload(
			owner,
			`${page}?/upload`,
			{ name: 'many.csv', content: csv(rows) },
			{ uploadKey: await uploadKey() }
		);
		expect(response.status).toBe(400);
		const html = await response.text();
		const list = /data-testid="import-problems"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
		expect(list.match(/<li[\s>]/g)).toHaveLength(100);
		expect(textOf(html)).toContain('130 problems were found');
		expect(textOf(html)).toContain('and 30 more problems, not shown.');
	});

	it('answers a file above the server’s body limit with 413 and a translated message', async () => {
		const big = 'x'.repeat(70 * 1024);
		const response = await upload(
			owner,
			`${page}?/upload`,
			{ name: 'big.csv', content: big },
			{ uploadKey: await uploadKey() }
		);
		expect(response.status).toBe(413);
		expect(textOf(await response.text())).toContain('The file is too large');
	});

	it('asks for a file when none is chosen', async () => {
		const response = await upload(owner, `${page}?/upload`, null, {
			uploadKey: await uploadKey()
		});
		expect(response.status).toBe(400);
		expect(textOf(await response.text())).toContain('Choose a CSV file to upload.');
	});

	it('imports a valid file, then refuses the same responses again unless confirmed', async () => {
		const file = { name: 'paper.csv', content: csv(validRows(), ';') };
		const key = await uploadKey();
		const first = await upload(owner, `${page}?/upload`, file, { uploadKey: key });
		expect(first.status).toBe(200);
		expect(textOf(await first.text())).toContain('3 responses imported (1 with a comment).');
		expect(await responseCount()).toBe(3);

		// The same form posted again (reload, double click): still 3.
		const resent = await upload(owner, `${page}?/upload`, file, { uploadKey: key });
		expect(resent.status).toBe(200);
		expect(textOf(await resent.text())).toContain('This upload had already been processed');

		// The same file from a new form: refused, with the box to confirm.
		const again = await upload(owner, `${page}?/upload`, file, { uploadKey: await uploadKey() });
		expect(again.status).toBe(409);
		const html = await again.text();
		expect(textOf(html)).toContain('These responses were already imported into this diagnostic');
		expect(html).toContain('name="repeat"');
		expect(await responseCount()).toBe(3);

		const confirmed = await upload(owner, `${page}?/upload`, file, {
			uploadKey: await uploadKey(),
			repeat: 'yes'
		});
		expect(confirmed.status).toBe(200);
		expect(await responseCount()).toBe(6);
	});

	it('answers JavaScript-enhanced posts with JSON action results', async () => {
		const rows = validRows();
		rows[0]![IMPORT_COLUMNS.indexOf('function')] = '';
		const form = new FormData();
		form.append('uploadKey', await uploadKey());
		form.append('file', new Blob([csv(rows)], { type: 'text/csv' }), 'enhanced.csv');
		const response = await fetch(new URL(`${page}?/upload`, app.url), {
			method: 'POST',
			headers: {
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				origin: app.url,
				cookie: [...owner.cookies].map(([n, v]) => `${n}=${v}`).join('; ')
			},
			body: form
		});
		const result = (await response.json()) as { type: string; status: number; data: string };
		expect(result.type).toBe('failure');
		expect(result.status).toBe(400);
		expect(result.data).toContain('required');
	});

	it('refuses another organisation’s diagnostic through this organisation’s URL (404)', async () => {
		const foreign = `/orgs/${seeded.organisationId}/diagnostics/${seeded.foreignDiagnosticId}/import`;
		expect((await owner.get(foreign)).status).toBe(404);
		expect((await owner.get(`${foreign}/template.csv`)).status).toBe(404);
		const response = await upload(
			owner,
			`${foreign}?/upload`,
			{ name: 'x.csv', content: csv(validRows()) },
			{ uploadKey: 'a'.repeat(32) }
		);
		expect(response.status).toBe(404);
	});

	it('refuses a cross-site post (CSRF) and stores nothing', async () => {
		const form = new FormData();
		form.append('uploadKey', await uploadKey());
		form.append('file', new Blob([csv(validRows().slice(0, 1))]), 'csrf.csv');
		const response = await fetch(new URL(`${page}?/upload`, app.url), {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: 'https://evil.example',
				cookie: [...owner.cookies].map(([n, v]) => `${n}=${v}`).join('; ')
			},
			body: form
		});
		expect(response.status).toBe(403);
	});

	it('stored nothing in the other organisation’s diagnostic, and no personal data', async () => {
		await app.stop();
		const dump = await dumpDatabase(app);
		const responses = /^responses: (.*)$/m.exec(dump)?.[1] ?? '[]';
		const rows = JSON.parse(responses) as { diagnostic_id: string; source: string }[];
		expect(rows.filter((row) => row.diagnostic_id === seeded.foreignDiagnosticId)).toEqual([]);
		expect(rows.filter((row) => row.diagnostic_id === seeded.diagnosticId)).toHaveLength(6);
		expect(new Set(rows.map((row) => row.source))).toEqual(new Set(['import']));
		expect(dump).not.toContain('ann@example.com');
	});
});
