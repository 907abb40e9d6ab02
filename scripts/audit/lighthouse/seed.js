// Seeds the audited app through HTTP only, the way a browser without JavaScript would: an owner
// signs up, creates an organisation and a diagnostic, opens it and creates a survey link; then
// respondents answer the whole survey through that link, form post after form post.

import { HttpClient } from '../shared/http-client.js';

/** @param {string} text */
function decodeEntities(text) {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** @param {string} tag @returns {Record<string, string>} */
function attributesOf(tag) {
	return Object.fromEntries(
		[...tag.matchAll(/([\w.-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decodeEntities(m[2] ?? '')])
	);
}

/**
 * What a survey screen holds: its hidden fields (in document order), its radio groups (name →
 * values), and the value of its first `to` button (the forward one comes first).
 * @param {string} html
 */
export function surveyForm(html) {
	/** @type {[string, string][]} */
	const hidden = [];
	/** @type {Map<string, string[]>} */
	const radios = new Map();
	for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
		const attributes = attributesOf(tag);
		if (!attributes.name) continue;
		if (attributes.type === 'hidden') hidden.push([attributes.name, attributes.value ?? '']);
		if (attributes.type === 'radio') {
			const values = radios.get(attributes.name) ?? [];
			values.push(attributes.value ?? '');
			radios.set(attributes.name, values);
		}
	}
	const forward = (html.match(/<button\b[^>]*>/g) ?? [])
		.map(attributesOf)
		.find((attributes) => attributes.name === 'to');
	const step = hidden.find(([name]) => name === 'step')?.[1];
	return { hidden, radios, next: forward?.value, step };
}

/**
 * @param {Response} response
 * @param {string} what
 * @param {number} expected
 */
async function expectStatus(response, what, expected) {
	if (response.status === expected) return;
	const body = await response.text().catch(() => '');
	throw new Error(`${what}: HTTP ${response.status} (expected ${expected})\n${body.slice(0, 800)}`);
}

/** @param {Response} response @param {string} what */
function locationOf(response, what) {
	const location = response.headers.get('location');
	if (!location) throw new Error(`${what}: no redirect`);
	return location;
}

/** A small deterministic generator, so that every audit seeds the same answers. */
function randomFrom(seed = 20_260_101) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * The answer each radio group of a screen gets: the profile this respondent was given, and for
 * rated items a value leaning high for executives and lower for frontline staff (a visible gap).
 * @param {Map<string, string[]>} radios
 * @param {{ level: string, fn: string }} profile
 * @param {() => number} random
 */
function answersFor(radios, profile, random) {
	const lean = { executive: 0.75, senior_manager: 0.6, frontline: 0.4 }[profile.level] ?? 0.5;
	/** @type {Record<string, string>} */
	const answers = {};
	for (const [name, values] of radios) {
		if (name === 'level') answers[name] = profile.level;
		else if (name === 'function') answers[name] = profile.fn;
		else {
			// "0" is "don't know"; the others are the scale's points in order.
			const points = values.filter((value) => value !== '0');
			const position = Math.min(0.999, Math.max(0, lean + (random() - 0.5) * 0.5));
			answers[name] = points[Math.floor(position * points.length)] ?? values[0] ?? '';
		}
	}
	return answers;
}

/**
 * Opens the survey link in a fresh cookie jar and returns the welcome screen.
 * @param {string} baseUrl
 * @param {string} token
 */
async function landOnSurvey(baseUrl, token) {
	const respondent = new HttpClient(baseUrl);
	await expectStatus(await respondent.get(`/s/${token}`), 'survey link', 303);
	const welcome = await respondent.get('/survey');
	await expectStatus(welcome, 'survey welcome page', 200);
	return { respondent, html: await welcome.text() };
}

/**
 * One respondent answering every screen with plain form posts, up to the thank-you page.
 * @param {string} baseUrl
 * @param {string} token
 * @param {{ level: string, fn: string }} profile
 * @param {() => number} random
 */
async function respond(baseUrl, token, profile, random) {
	let { respondent, html } = await landOnSurvey(baseUrl, token);
	for (let screens = 0; screens < 40; screens += 1) {
		const form = surveyForm(html);
		if (!form.next) throw new Error(`survey step ${form.step}: no forward button`);
		const body = new URLSearchParams(form.hidden);
		for (const [name, value] of Object.entries(answersFor(form.radios, profile, random))) {
			body.set(name, value);
		}
		body.append('to', form.next);
		const response = await respondent.post('/survey', body);
		if (response.status === 303) {
			const location = locationOf(response, 'survey submission');
			if (!location.endsWith('/survey/thanks')) throw new Error(`submitted to ${location}`);
			return;
		}
		await expectStatus(response, `survey step ${form.step} → ${form.next}`, 200);
		html = await response.text();
	}
	throw new Error('the survey never ended');
}

/**
 * The form post that shows the first dimension screen (after the profile) without JavaScript:
 * the request a browser sends when the respondent presses Next on the profile screen.
 * @param {string} baseUrl
 * @param {string} token
 */
export async function dimensionScreenPost(baseUrl, token) {
	const { respondent, html } = await landOnSurvey(baseUrl, token);
	const welcome = surveyForm(html);
	const toProfile = new URLSearchParams(welcome.hidden);
	toProfile.append('to', welcome.next ?? 'profile');
	const profilePage = await respondent.post('/survey', toProfile);
	await expectStatus(profilePage, 'survey profile screen', 200);
	const profile = surveyForm(await profilePage.text());
	if (!profile.next) throw new Error('survey profile screen: no forward button');
	const body = new URLSearchParams(profile.hidden);
	body.set('level', 'frontline');
	body.set('function', 'sales');
	body.append('to', profile.next);
	const check = await respondent.post('/survey', body);
	await expectStatus(check, `survey profile → ${profile.next}`, 200);
	const shown = surveyForm(await check.text());
	if (shown.step !== profile.next)
		throw new Error(`expected step ${profile.next}, got ${shown.step}`);
	return { step: profile.next, body: body.toString(), cookie: respondent.cookieHeader() };
}

/**
 * @typedef {object} SeededApp
 * @property {string} ownerCookie the logged-in owner's Cookie header
 * @property {string} surveyToken the survey link's token (/s/<token>)
 * @property {string} surveyCookie the Cookie header a respondent holds after /s/<token>
 * @property {string} reportPath
 * @property {number} responses
 */

/**
 * Seeds one open diagnostic with `perCell` responses in each cell executive / senior manager /
 * frontline × sales / marketing, so that with k = 5 the report shows figures for every group.
 * @param {string} baseUrl
 * @param {{ perCell?: number }} [options]
 * @returns {Promise<SeededApp>}
 */
export async function seedApp(baseUrl, { perCell = 5 } = {}) {
	const owner = new HttpClient(baseUrl);
	const signup = await owner.post('/signup', {
		name: 'Lighthouse Audit',
		email: 'lighthouse@accord.example',
		password: 'lighthouse-audit-password'
	});
	await expectStatus(signup, 'sign-up', 303);

	const organisation = await owner.post('/orgs?/create', { name: 'Lighthouse Industrial' });
	await expectStatus(organisation, 'organisation', 303);
	const organisationPath = locationOf(organisation, 'organisation');

	const created = await owner.post(`${organisationPath}/diagnostics/new?/create`, {
		title: 'Sales and marketing alignment 2026',
		language_en: 'on',
		language_fr: 'on',
		headcount: '120',
		revenueModel: 'recurring',
		salesMotion: 'inside',
		selfDirectedJourneyPct: '60',
		salesCycle: '1_to_3_months',
		segmentCount: '3',
		k: '5',
		executiveMode: 'standard',
		previousDiagnosticId: ''
	});
	await expectStatus(created, 'diagnostic', 303);
	const diagnosticPath = locationOf(created, 'diagnostic');

	await expectStatus(
		await owner.post(`${diagnosticPath}?/open`, { from: 'overview' }),
		'opening the diagnostic',
		303
	);
	const link = await owner.post(`${diagnosticPath}/distribute?/createLink`, {
		label: 'Everyone',
		presetLevel: '',
		presetFunction: ''
	});
	await expectStatus(link, 'survey link', 200);
	const surveyToken = (await link.text()).match(/\/s\/([a-z2-7]{32})/)?.[1];
	if (!surveyToken) throw new Error('survey link: no /s/<token> on the distribute page');

	const random = randomFrom();
	let responses = 0;
	for (const level of ['executive', 'senior_manager', 'frontline']) {
		for (const fn of ['sales', 'marketing']) {
			for (let i = 0; i < perCell; i += 1) {
				await respond(baseUrl, surveyToken, { level, fn }, random);
				responses += 1;
			}
		}
	}

	const { respondent } = await landOnSurvey(baseUrl, surveyToken);
	return {
		ownerCookie: owner.cookieHeader(),
		surveyToken,
		surveyCookie: respondent.cookieHeader(),
		reportPath: `${diagnosticPath}/report`,
		responses
	};
}
