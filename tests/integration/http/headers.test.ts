import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../helpers/server';
import { seedFuzzFixture, type FuzzFixture, type Visitor } from './fuzz/fixture';

/**
 * The security-relevant headers of each family of routes, snapshotted so that any change shows
 * in review, and the promises of DESIGN §5–6 asserted outright. Headers do not depend on the
 * database, so this runs on the embedded one only.
 */

const SNAPSHOTTED = [
	'content-security-policy',
	'referrer-policy',
	'x-content-type-options',
	'x-frame-options',
	'strict-transport-security',
	'cache-control',
	'permissions-policy',
	'cross-origin-opener-policy',
	'content-type',
	'location'
] as const;

type Headers = Partial<Record<(typeof SNAPSHOTTED)[number] | 'set-cookie', string | string[]>>;

/** Nonces and hashes change with every response or build: only their presence is kept. */
function normaliseCsp(csp: string): string {
	return csp
		.replace(/'nonce-[^']+'/g, "'nonce-<nonce>'")
		.replace(/'sha256-[^']+'/g, "'sha256-<hash>'");
}

/** A Set-Cookie line without its value and without the date of its expiry. */
function cookieShape(line: string): string {
	const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
	const name = pair.slice(0, pair.indexOf('='));
	const value = pair.slice(pair.indexOf('=') + 1);
	const kept = attributes
		.map((attribute) => (/^expires=/i.test(attribute) ? 'Expires=<date>' : attribute))
		.sort();
	return [`${name}=${value === '' ? '<empty>' : '<value>'}`, ...kept].join('; ');
}

function securityHeaders(response: Response): Headers {
	const headers: Headers = {};
	for (const name of SNAPSHOTTED) {
		const value = response.headers.get(name);
		if (value !== null)
			headers[name] = name === 'content-security-policy' ? normaliseCsp(value) : value;
	}
	const cookies = response.headers.getSetCookie().map(cookieShape).sort();
	if (cookies.length > 0) headers['set-cookie'] = cookies;
	return headers;
}

describe('security headers by route family', () => {
	let app: RunningApp;
	let fixture: FuzzFixture;
	const responses = new Map<string, Response>();

	async function get(path: string, as: Visitor = 'anonymous'): Promise<Response> {
		const cookie = Object.entries(fixture.cookies[as])
			.map(([name, value]) => `${name}=${value}`)
			.join('; ');
		const response = await fetch(app.url + path, {
			redirect: 'manual',
			headers: { accept: 'text/html', cookie }
		});
		await response.arrayBuffer();
		return response;
	}

	beforeAll(async () => {
		app = await startApp(
			'pglite',
			{},
			{ seed: async (db) => void (fixture = await seedFuzzFixture(db)) }
		);
		const org = `/orgs/${fixture.organisationId}`;
		const diagnostic = `${org}/diagnostics/${fixture.diagnosticId}`;
		const landing = await get('/');
		const landingHtml = await (await fetch(app.url + '/')).text();
		const asset = /\/_app\/immutable\/[^"']+\.(?:css|js)/.exec(landingHtml)?.[0];
		if (!asset) throw new Error('no immutable asset on the landing page');
		const families: Record<string, () => Promise<Response>> = {
			landing: async () => landing,
			login: () => get('/login'),
			signup: () => get('/signup'),
			'organisation page': () => get(org, 'owner'),
			'report page': () => get(`${diagnostic}/report`, 'owner'),
			'report.json': () => get(`${diagnostic}/report.json`, 'owner'),
			'export.csv': () => get(`${diagnostic}/export.csv`, 'owner'),
			'survey page': () => get('/survey', 'respondent'),
			'survey token exchange': () => get(`/s/${fixture.cookies.respondent.accord_survey}`),
			'invitation token exchange': () => get(`/invite/${'a'.repeat(32)}`),
			'invitation page': () => get('/invite'),
			healthz: () => get('/healthz'),
			'immutable asset': () => get(asset),
			'not found': () => get('/no-such-page'),
			'survey error page': () => get('/survey'),
			'forbidden page': () => get(`${org}/members`, 'member')
		};
		for (const [family, load] of Object.entries(families)) responses.set(family, await load());
	});

	afterAll(async () => {
		await app?.stop();
		await app?.cleanup();
	});

	it('answers each family with the expected status', () => {
		const statuses = Object.fromEntries([...responses].map(([family, r]) => [family, r.status]));
		expect(statuses).toEqual({
			landing: 200,
			login: 200,
			signup: 200,
			'organisation page': 200,
			'report page': 200,
			'report.json': 200,
			'export.csv': 200,
			'survey page': 200,
			'survey token exchange': 303,
			'invitation token exchange': 303,
			'invitation page': 200,
			healthz: 200,
			'immutable asset': 200,
			'not found': 404,
			'survey error page': 404,
			'forbidden page': 403
		});
	});

	it('matches the header snapshot of every family', () => {
		const all = Object.fromEntries(
			[...responses].map(([family, r]) => [family, securityHeaders(r)])
		);
		expect(all).toMatchSnapshot();
	});

	it('sends nosniff on every response the app renders', () => {
		for (const [family, response] of responses) {
			if (family === 'immutable asset') continue;
			expect(response.headers.get('x-content-type-options'), family).toBe('nosniff');
		}
	});

	it("forbids framing everywhere: frame-ancestors 'none' and X-Frame-Options DENY", () => {
		for (const [family, response] of responses) {
			if (family === 'immutable asset') continue;
			expect(response.headers.get('x-frame-options'), family).toBe('DENY');
			const csp = response.headers.get('content-security-policy');
			if (
				response.headers.get('content-type')?.startsWith('text/html') &&
				response.status !== 303
			) {
				expect(csp, family).toContain("frame-ancestors 'none'");
			}
		}
	});

	it('allows no inline or eval script, no plugin, no <base> on any page', () => {
		const pages = [...responses].filter(([, r]) => r.headers.has('content-security-policy'));
		expect(pages.length).toBeGreaterThanOrEqual(8);
		for (const [family, response] of pages) {
			const csp = response.headers.get('content-security-policy')!;
			const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
			expect(scriptSrc, family).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
			expect(csp, family).toContain("object-src 'none'");
			expect(csp, family).toContain("base-uri 'none'");
		}
	});

	it('keeps reports and exports out of every cache', () => {
		for (const family of ['report page', 'report.json', 'export.csv']) {
			expect(responses.get(family)!.headers.get('cache-control'), family).toMatch(/\bno-store\b/);
		}
	});

	it('sends no Referer from token URLs and never caches them', () => {
		for (const family of ['survey token exchange', 'invitation token exchange']) {
			const headers = responses.get(family)!.headers;
			expect(headers.get('referrer-policy'), family).toBe('no-referrer');
			expect(headers.get('cache-control'), family).toBe('no-store');
			expect(headers.get('location'), family).not.toMatch(/[a-z2-7]{32}/);
		}
	});

	it('never sends a Referer to another site from any page', () => {
		for (const [family, response] of responses) {
			if (family === 'immutable asset') continue;
			expect(response.headers.get('referrer-policy'), family).toMatch(
				/^(same-origin|no-referrer)$/
			);
		}
	});

	it('sends HSTS from the production build', () => {
		expect(responses.get('landing')!.headers.get('strict-transport-security')).toBe(
			'max-age=63072000; includeSubDomains'
		);
	});

	it('caches immutable assets for a year', () => {
		expect(responses.get('immutable asset')!.headers.get('cache-control')).toBe(
			'public,max-age=31536000,immutable'
		);
	});

	it('sets cookies HttpOnly and SameSite=Lax', () => {
		for (const [family, response] of responses) {
			for (const line of response.headers.getSetCookie()) {
				expect(line, family).toMatch(/;\s*HttpOnly/i);
				expect(line, family).toMatch(/;\s*SameSite=Lax/i);
			}
		}
	});
});
