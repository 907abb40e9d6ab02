// Seeds the audited app through HTTP, as a browser without JavaScript would: an owner signs up,
// creates an organisation and two open diagnostics (one reached by a survey link, one by a
// personal invitation), and walks each survey to its review screen. Returns the cookies and
// the request bodies that the sqlmap targets replay.

import { HttpClient } from '../shared/http-client.js';

/** @param {Response} response @param {string} what @param {number} expected */
async function expectStatus(response, what, expected) {
	if (response.status === expected) return;
	const body = await response.text().catch(() => '');
	throw new Error(`${what}: HTTP ${response.status} (expected ${expected})\n${body.slice(0, 800)}`);
}

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

/** The hidden fields, radio groups and forward button of a survey screen. @param {string} html */
function surveyScreen(html) {
	/** @type {[string, string][]} */
	const hidden = [];
	/** @type {Map<string, string[]>} */
	const radios = new Map();
	for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
		const attributes = attributesOf(tag);
		if (!attributes.name) continue;
		if (attributes.type === 'hidden') hidden.push([attributes.name, attributes.value ?? '']);
		if (attributes.type === 'radio') {
			radios.set(attributes.name, [...(radios.get(attributes.name) ?? []), attributes.value ?? '']);
		}
	}
	const forward = (html.match(/<button\b[^>]*>/g) ?? [])
		.map(attributesOf)
		.find((attributes) => attributes.name === 'to');
	return { hidden, radios, next: forward?.value };
}

/**
 * Opens /s/<token> in a fresh browser and answers every screen up to the review; returns the
 * survey cookie and the body of the final submission (not sent).
 * @param {string} baseUrl @param {string} token
 */
async function surveyUpToReview(baseUrl, token) {
	const respondent = new HttpClient(baseUrl);
	await expectStatus(await respondent.get(`/s/${token}`), 'survey link', 303);
	const welcome = await respondent.get('/survey');
	await expectStatus(welcome, 'survey welcome page', 200);
	let html = await welcome.text();
	for (let screens = 0; screens < 40; screens += 1) {
		const screen = surveyScreen(html);
		if (!screen.next) throw new Error('survey: a screen without a forward button');
		const body = new URLSearchParams(screen.hidden);
		for (const [name, values] of screen.radios) {
			body.set(
				name,
				name === 'level' ? 'frontline' : name === 'function' ? 'sales' : (values.at(-1) ?? '')
			);
		}
		if (screen.next === 'submit') {
			body.set('comment', 'Weekly pipeline reviews would help.');
			body.append('to', 'submit');
			return { cookie: respondent.cookieHeader(), submission: body.toString() };
		}
		body.append('to', screen.next);
		const response = await respondent.post('/survey', body);
		await expectStatus(response, `survey screen → ${screen.next}`, 200);
		html = await response.text();
	}
	throw new Error('survey: the review screen never came');
}

const DIAGNOSTIC_FORM = {
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
};

/**
 * @param {HttpClient} owner @param {string} organisationPath @param {string} title
 * @returns {Promise<string>} the diagnostic's path
 */
async function openDiagnostic(owner, organisationPath, title) {
	const created = await owner.post(`${organisationPath}/diagnostics/new?/create`, {
		...DIAGNOSTIC_FORM,
		title
	});
	await expectStatus(created, 'diagnostic', 303);
	const path = created.headers.get('location') ?? '';
	await expectStatus(await owner.post(`${path}?/open`, { from: 'overview' }), 'opening', 303);
	return path;
}

/**
 * @typedef {object} Seed
 * @property {string} ownerCookie
 * @property {string} organisationId
 * @property {string} diagnosticId the diagnostic answered through a link
 * @property {{ cookie: string, submission: string }} linkSurvey
 * @property {{ cookie: string, submission: string }} invitationSurvey
 * @property {string} uploadKey a key from the import page
 * @property {string} importTemplate the import template (CSV)
 */

/** @param {string} baseUrl @returns {Promise<Seed>} */
export async function seed(baseUrl) {
	const owner = new HttpClient(baseUrl);
	const signup = await owner.post('/signup', {
		name: 'Injection Audit',
		email: 'sqlmap-owner@accord.example',
		password: 'sqlmap-audit-password'
	});
	await expectStatus(signup, 'sign-up', 303);
	const organisation = await owner.post('/orgs?/create', { name: 'Audit Industrial' });
	await expectStatus(organisation, 'organisation', 303);
	const organisationPath = organisation.headers.get('location') ?? '';

	const linked = await openDiagnostic(owner, organisationPath, 'Alignment through a link');
	const link = await owner.post(`${linked}/distribute?/createLink`, {
		label: 'Everyone',
		presetLevel: '',
		presetFunction: ''
	});
	await expectStatus(link, 'survey link', 200);
	const linkToken = (await link.text()).match(/\/s\/([a-z2-7]{32})/)?.[1];
	if (!linkToken) throw new Error('survey link: no /s/<token> on the distribute page');

	const invited = await openDiagnostic(owner, organisationPath, 'Alignment by invitation');
	const invitation = await owner.post(`${invited}/distribute?/invite`, {
		emails: 'respondent@accord.example',
		language: 'en'
	});
	await expectStatus(invitation, 'invitation', 200);
	// Without SMTP the page lists the invitation links to copy.
	const invitationToken = (await invitation.text()).match(/\/s\/([a-z2-7]{32})/)?.[1];
	if (!invitationToken) throw new Error('invitation: no /s/<token> on the distribute page');

	const importPage = await owner.get(`${linked}/import`);
	await expectStatus(importPage, 'import page', 200);
	const uploadKey = (await importPage.text()).match(/name="uploadKey" value="([a-z2-7]{32})"/)?.[1];
	if (!uploadKey) throw new Error('import page: no upload key');
	const template = await owner.get(`${linked}/import/template.csv`);
	await expectStatus(template, 'import template', 200);

	return {
		ownerCookie: owner.cookieHeader(),
		organisationId: organisationPath.split('/').at(-1) ?? '',
		diagnosticId: linked.split('/').at(-1) ?? '',
		linkSurvey: await surveyUpToReview(baseUrl, linkToken),
		invitationSurvey: await surveyUpToReview(baseUrl, invitationToken),
		uploadKey,
		importTemplate: (await template.text()).replace(/^\uFEFF/, '')
	};
}
