import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	SCALES,
	allItemIds,
	allowedValues,
	itemById,
	type JobFunction,
	type QuestionId
} from '../../../src/lib/domain/instrument';
import { liveFigures, type LiveRelease } from '../../../src/lib/domain/live-release';
import { isHidden, type Report } from '../../../src/lib/domain/report/types';
import { NO_PRESET } from '../../../src/lib/survey/steps';
import { databaseKinds } from '../../helpers/databases';
import { HttpClient } from '../../helpers/http-client';
import { startApp, type RunningApp } from '../../helpers/server';
import { SurveyWalker } from '../../helpers/survey-form';
import { LIVE_PASSWORD, seedLive, type LiveSeed } from './seed-live';
import { SseReader } from './sse-reader';

const K = 3;
/** Long enough for a notification to reach the stream and a wrong release to show up. */
const QUIET_MS = 800;

function answers(shift: number, fn: JobFunction): Partial<Record<QuestionId, string>> {
	const given: Partial<Record<QuestionId, string>> = { level: 'frontline', function: fn };
	allItemIds.forEach((id, index) => {
		const allowed = allowedValues(SCALES[itemById(id)!.scale]).filter((value) => value !== 0);
		given[id] = String(allowed[(index + shift) % allowed.length]);
	});
	return given;
}

/** One respondent through the real survey form, from the link to the thank-you page. */
async function submit(baseUrl: string, token: string, shift: number, fn: JobFunction) {
	const respondent = new SurveyWalker(new HttpClient(baseUrl));
	await respondent.land(token);
	await respondent.answerAll(answers(shift, fn), NO_PRESET);
	const response = await respondent.press(['to', 'submit']);
	expect(response.status).toBe(303);
	expect(response.headers.get('location')).toBe('/survey/thanks');
}

async function logIn(baseUrl: string, email: string): Promise<HttpClient> {
	const client = new HttpClient(baseUrl);
	const response = await client.post('/login', { email, password: LIVE_PASSWORD });
	expect(response.status).toBe(303);
	return client;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databaseKinds())('the live stream on %s', (kind) => {
	let app: RunningApp;
	let seed!: LiveSeed;
	let consultant: HttpClient;
	const streams: SseReader[] = [];

	const livePath = (diagnosticId = seed.diagnosticId) =>
		`/orgs/${seed.organisationId}/diagnostics/${diagnosticId}/live`;

	async function openStream(
		client: HttpClient,
		headers: Record<string, string> = {},
		query = ''
	): Promise<{ response: Response; reader: SseReader }> {
		const response = await client.get(`${livePath()}/events${query}`, {
			accept: 'text/event-stream',
			...headers
		});
		expect(response.status).toBe(200);
		const reader = new SseReader(response);
		streams.push(reader);
		return { response, reader };
	}

	beforeAll(async () => {
		app = await startApp(
			kind,
			{},
			{
				async seed(db) {
					seed = await seedLive(db);
				}
			}
		);
		consultant = await logIn(app.url, seed.emails.consultant);
	});
	afterAll(async () => {
		await Promise.all(streams.map((stream) => stream.close()));
		await app?.stop();
		await app?.cleanup();
	});

	it('releases nothing for k − 1 responses, then the k-th with the figures of report.json', async () => {
		const { response, reader } = await openStream(consultant);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		// On connect: the current state, nothing released yet.
		expect(await reader.waitFor('ready')).toEqual({
			event: 'ready',
			id: '0',
			data: { released: 0 }
		});

		await submit(app.url, seed.linkToken, 0, 'sales');
		await submit(app.url, seed.linkToken, 2, 'marketing');
		await pause(QUIET_MS);
		expect(reader.events.map((event) => event.event)).toEqual(['ready']);

		await submit(app.url, seed.linkToken, 4, 'marketing');
		const release = await reader.waitFor('release');
		const { released, figures } = release.data as LiveRelease;
		expect(released).toBe(K);
		expect(release.id).toBe(String(K));
		// Exactly one release, after the k-th response: none for the first two.
		expect(reader.events.map((event) => event.event)).toEqual(['ready', 'release']);

		const report = (await (
			await consultant.get(`${livePath().replace(/\/live$/, '')}/report.json`)
		).json()) as Report;
		expect(report.respondents.all).toBe(K);
		expect(figures).toEqual(liveFigures(report));
		const everyone = report.overall.groups.all;
		if (isHidden(everyone)) throw new Error('three answers with k = 3 must be shown');
		expect(figures.aligned.all).toBe(everyone.aligned);
		expect(typeof figures.aligned.all).toBe('number');
	});

	it('waits for k more after a release, and resumes from Last-Event-ID without a smaller batch', async () => {
		// A browser reconnecting after the release at 3 (to this instance or another).
		const { reader: resumed } = await openStream(consultant, { 'last-event-id': String(K) });
		expect((await resumed.waitFor('ready')).data).toEqual({ released: K });
		// A page loaded without a count gets the current state at once.
		const { reader: fresh } = await openStream(consultant, {}, '?after=0');
		expect(((await fresh.waitFor('release')).data as LiveRelease).released).toBe(K);

		await submit(app.url, seed.linkToken, 1, 'sales');
		await submit(app.url, seed.linkToken, 3, 'sales');
		await pause(QUIET_MS);
		expect(resumed.events.map((event) => event.event)).toEqual(['ready']);
		await submit(app.url, seed.linkToken, 5, 'other');
		expect(((await resumed.waitFor('release')).data as LiveRelease).released).toBe(2 * K);
		expect(((await fresh.waitFor('release', 1)).data as LiveRelease).released).toBe(2 * K);
	});

	it('renders the released count without JavaScript, and the room’s QR code on request', async () => {
		const before = await consultant.get(livePath());
		expect(before.status).toBe(200);
		expect(before.headers.get('cache-control')).toBe('no-store');
		const html = await before.text();
		expect(html).toMatch(/data-testid="released-count"[^>]*>6</);
		expect(html).not.toContain('data-testid="room-qr"');

		const shown = await consultant.post(`${livePath()}?/showQr`, {});
		expect(shown.status).toBe(303);
		expect(shown.headers.get('location')).toBe(livePath());
		const after = await (await consultant.get(livePath())).text();
		expect(after).toMatch(/<img src="data:image\/png;base64,[^"]+"[^>]*data-testid="room-qr"/);
		const token = new RegExp(`${app.url}/s/([a-z2-7]{32})`).exec(after)?.[1];
		expect(token).toBeDefined();
		// The same code again after a refresh, and it opens the survey.
		expect(await (await consultant.get(livePath())).text()).toContain(`/s/${token}`);
		const respondent = new HttpClient(app.url);
		expect((await respondent.get(`/s/${token}`)).headers.get('location')).toBe('/survey');
	});

	it('explains that a diagnostic must be open, and streams nothing for it', async () => {
		const page = await consultant.get(livePath(seed.draftId));
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Live mode needs an open diagnostic');
		const stream = await consultant.get(`${livePath(seed.draftId)}/events`, {
			accept: 'text/event-stream'
		});
		expect(stream.status).toBe(409);
	});

	it('refuses a viewer', async () => {
		const viewer = await logIn(app.url, seed.emails.viewer);
		const stream = await viewer.get(`${livePath()}/events`, { accept: 'text/event-stream' });
		expect(stream.status).toBe(403);
		expect((await viewer.get(livePath())).status).toBe(403);
	});

	it.runIf(kind === 'postgres')(
		'releases on one instance what respondents submit on another',
		async () => {
			const other = await startApp(kind, { DATABASE_URL: app.database });
			try {
				const { reader } = await openStream(consultant, { 'last-event-id': String(2 * K) });
				await reader.waitFor('ready');
				for (let i = 0; i < K; i++) await submit(other.url, seed.linkToken, i, 'marketing');
				expect(((await reader.waitFor('release')).data as LiveRelease).released).toBe(3 * K);
			} finally {
				await other.stop();
				await other.cleanup();
			}
		}
	);

	it('ends open streams promptly when the server shuts down', async () => {
		const { reader } = await openStream(consultant);
		await reader.waitFor('release');
		const started = Date.now();
		await app.stop();
		await reader.finished;
		expect(reader.ended).toBe(true);
		// adapter-node would otherwise wait SHUTDOWN_TIMEOUT (30 s) for the open connections.
		expect(Date.now() - started).toBeLessThan(4000);
	});
});
