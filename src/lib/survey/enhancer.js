// @ts-check
/**
 * Progressive enhancement of the respondent's survey, loaded as a plain module by the survey
 * pages, which the server renders in full (`csr = false`). Without it every screen is a plain
 * form post and the server renders the next one. With it:
 * - each answer is saved in localStorage as it is given, with the response's idempotency key,
 *   and a reload or a later visit on this device resumes where the respondent was;
 * - screens change in place (the very same form post, sent with fetch), so a lost connection
 *   shows a message rather than an error page, and the back button moves between screens;
 * - the draft is cleared only once the server has confirmed the response.
 *
 * Why not Svelte in the browser: a hydrated page weighs 59 KB gzipped, 36 KB of which is the
 * framework itself, against a 40 KB budget for everything the page loads (DESIGN §8). The server
 * stays the only place where answers are validated and screens are chosen.
 *
 * Shipped as is (no bundling), so it imports nothing; its pure parts are exported for the tests.
 */

const DRAFT_VERSION = 1;
const PREFIX = 'accord.survey.';
const KEY_PATTERN = /^[a-z2-7]{32}$/;
/** Fields that steer the flow rather than answer a question. */
const CONTROLS = new Set(['key', 'step', 'from_review', 'to', 'edit', 'lang']);
const FORM_SELECTOR = 'form[data-survey]';

/**
 * @typedef {object} Draft
 * @property {string} key the idempotency key of the response in progress
 * @property {string} step the screen the respondent is on
 * @property {boolean} fromReview whether that screen was opened from the review
 * @property {Record<string, string>} answers question id → the value the form posts
 */

/** @param {string} diagnosticId */
export function draftStorageKey(diagnosticId) {
	return PREFIX + diagnosticId;
}

/** @param {Draft} draft */
export function serializeDraft(draft) {
	return JSON.stringify({ v: DRAFT_VERSION, ...draft });
}

/**
 * The draft stored in `text`, or null when missing, corrupt or of another version. Storage is
 * outside input like any other; the server checks every answer again when it comes back.
 * @param {string | null | undefined} text
 * @returns {Draft | null}
 */
export function parseDraft(text) {
	if (!text) return null;
	/** @type {unknown} */
	let raw;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null) return null;
	const { v, key, step, fromReview, answers } = /** @type {Record<string, unknown>} */ (raw);
	if (v !== DRAFT_VERSION || typeof key !== 'string' || !KEY_PATTERN.test(key)) return null;
	if (typeof step !== 'string' || !/^[a-z_]{1,40}$/.test(step)) return null;
	if (typeof fromReview !== 'boolean') return null;
	if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
	/** @type {Record<string, string>} */
	const kept = {};
	for (const [name, answer] of Object.entries(answers)) {
		if (CONTROLS.has(name) || typeof answer !== 'string') return null;
		kept[name] = answer;
	}
	return { key, step, fromReview, answers: kept };
}

/**
 * The draft of a form's state: its control fields, and its answers (hidden, checked or typed).
 * @param {Iterable<[string, FormDataEntryValue]>} entries
 * @returns {Draft}
 */
export function draftFromEntries(entries) {
	/** @type {Record<string, string>} */
	const answers = {};
	let key = '';
	let step = 'welcome';
	let fromReview = false;
	for (const [name, value] of entries) {
		if (typeof value !== 'string') continue;
		if (name === 'key') key = value;
		else if (name === 'step') step = value;
		else if (name === 'from_review') fromReview = value === '1';
		else if (!CONTROLS.has(name) && value !== '' && !(name in answers)) answers[name] = value;
	}
	return { key, step, fromReview, answers };
}

/**
 * Whether a draft holds anything worth resuming (someone who only read the welcome page
 * leaves nothing behind).
 * @param {Draft} draft
 */
export function isWorthKeeping(draft) {
	return draft.step !== 'welcome' || Object.keys(draft.answers).length > 0;
}

/**
 * The form post that brings a draft back on screen: its answers and key, going to its step.
 * @param {Draft} draft
 */
export function restoreBody(draft) {
	const body = new URLSearchParams({ key: draft.key, step: 'welcome' });
	if (draft.fromReview) body.set('from_review', '1');
	for (const [name, value] of Object.entries(draft.answers)) body.set(name, value);
	body.set('to', draft.step);
	return body;
}

/** @returns {Storage | undefined} */
function storage() {
	try {
		return window.localStorage;
	} catch {
		// Blocked by a privacy setting: the survey still works, without a draft.
		return undefined;
	}
}

/** @param {HTMLFormElement} form */
function save(form) {
	const diagnosticId = form.dataset.survey;
	const draft = draftFromEntries(/** @type {any} */ (new FormData(form)));
	if (!diagnosticId || !KEY_PATTERN.test(draft.key) || !isWorthKeeping(draft)) return;
	try {
		storage()?.setItem(draftStorageKey(diagnosticId), serializeDraft(draft));
	} catch {
		// Full or blocked storage: the answers still travel with the form.
	}
}

/** @param {string} diagnosticId */
function forget(diagnosticId) {
	try {
		storage()?.removeItem(draftStorageKey(diagnosticId));
	} catch {
		// Nothing to do: the next survey's draft replaces it.
	}
}

/** @param {EventTarget | null} target */
function surveyFormOf(target) {
	const form = target instanceof Element ? target.closest(FORM_SELECTOR) : null;
	return form instanceof HTMLFormElement ? form : null;
}

/** @param {HTMLFormElement} form */
function stepOf(form) {
	const step = new FormData(form).get('step');
	return typeof step === 'string' ? step : 'welcome';
}

/** @param {boolean} onAlert */
function focusTop(onAlert) {
	window.scrollTo({ top: 0 });
	document
		.getElementById(onAlert ? 'survey-alert' : 'survey-heading')
		?.focus({ preventScroll: true });
}

/**
 * Shows a message about the whole form; its text comes translated with the page.
 * @param {HTMLFormElement} form
 * @param {'network' | 'server'} kind
 */
function showMessage(form, kind) {
	const text = kind === 'network' ? form.dataset.messageNetwork : form.dataset.messageServer;
	const area = form.querySelector('#survey-alert');
	if (!text || !area) return;
	const alert = document.createElement('div');
	alert.className = 'alert error';
	alert.setAttribute('role', 'alert');
	const paragraph = document.createElement('p');
	paragraph.className = 'alert-message';
	paragraph.textContent = text;
	alert.append(paragraph);
	area.replaceChildren(alert);
	focusTop(true);
}

/**
 * @param {HTMLFormElement} form
 * @param {boolean} busy
 */
function setBusy(form, busy) {
	if (busy) form.setAttribute('aria-busy', 'true');
	else form.removeAttribute('aria-busy');
}

/**
 * Sends one post of the survey form and shows the server's answer in place.
 * @param {HTMLFormElement} form
 * @param {URLSearchParams} body
 * @param {boolean} push whether the new screen gets its own history entry
 */
async function send(form, body, push) {
	// One post at a time: a double click or an impatient Enter sends once.
	if (form.getAttribute('aria-busy') === 'true') return;
	setBusy(form, true);
	const diagnosticId = form.dataset.survey ?? '';
	/** @type {Response} */
	let response;
	/** @type {string} */
	let html;
	try {
		response = await fetch(form.action, {
			method: 'POST',
			body,
			headers: { accept: 'text/html' },
			cache: 'no-store'
		});
		html = await response.text();
	} catch {
		setBusy(form, false);
		showMessage(form, 'network');
		return;
	}
	// Only a stored response redirects (to the thank-you page): the draft has served its purpose.
	if (response.redirected) {
		forget(diagnosticId);
		location.replace(response.url);
		return;
	}
	const page = new DOMParser().parseFromString(html, 'text/html');
	const incoming = page.querySelector(FORM_SELECTOR);
	if (!(incoming instanceof HTMLFormElement)) {
		setBusy(form, false);
		// The survey closed, or this invitation was used meanwhile: the page that says so.
		if (response.status < 500) location.assign(response.url);
		else showMessage(form, 'server');
		return;
	}
	const before = stepOf(form);
	const next = /** @type {HTMLFormElement} */ (document.importNode(incoming, true));
	form.replaceWith(next);
	document.title = page.title || document.title;
	const step = stepOf(next);
	if (push && step !== before) history.pushState({ surveyStep: step }, '');
	else history.replaceState({ surveyStep: step }, '');
	save(next);
	focusTop(next.querySelector('#survey-alert [role="alert"]') !== null);
}

/** @param {SubmitEvent} event */
function onSubmit(event) {
	const form = surveyFormOf(event.target);
	if (!form) return;
	const submitter = event.submitter;
	// A language change renders the whole page (header included) in the other language: let it
	// go as a plain post, which carries every answer anyway.
	if (submitter instanceof HTMLButtonElement && submitter.name === 'lang') return save(form);
	event.preventDefault();
	const body = new URLSearchParams(/** @type {any} */ (new FormData(form)));
	if (submitter instanceof HTMLButtonElement && submitter.name) {
		body.append(submitter.name, submitter.value);
	}
	void send(form, body, true);
}

/** @param {Event} event */
function onAnswer(event) {
	const form = surveyFormOf(event.target);
	if (form) save(form);
}

/** @param {PopStateEvent} event */
function onHistory(event) {
	const step = event.state?.surveyStep;
	const form = document.querySelector(FORM_SELECTOR);
	if (typeof step !== 'string' || !(form instanceof HTMLFormElement)) return;
	const body = new URLSearchParams(/** @type {any} */ (new FormData(form)));
	body.set('to', step);
	void send(form, body, false);
}

function start() {
	const done = document.querySelector('[data-survey-done]');
	if (done instanceof HTMLElement && done.dataset.surveyDone) forget(done.dataset.surveyDone);
	const form = document.querySelector(FORM_SELECTOR);
	if (!(form instanceof HTMLFormElement)) return;
	document.addEventListener('submit', onSubmit);
	document.addEventListener('change', onAnswer);
	document.addEventListener('input', onAnswer);
	window.addEventListener('popstate', onHistory);
	for (const element of document.querySelectorAll('[data-with-script]')) {
		element.removeAttribute('hidden');
	}
	history.replaceState({ surveyStep: stepOf(form) }, '');
	// A page freshly loaded (not the answer to a post) resumes the draft kept on this device.
	if (form.dataset.restorable === undefined || !form.dataset.survey) return;
	const draft = parseDraft(storage()?.getItem(draftStorageKey(form.dataset.survey)));
	if (draft && isWorthKeeping(draft)) void send(form, restoreBody(draft), false);
}

if (typeof document !== 'undefined') start();
