import { templateCsv } from '../../../../src/lib/domain/response-import';
import { completeAnswers } from '../../../bench/seed';
import { validDiagnosticForm } from '../route-matrix/diagnostics';
import type { Part } from './encode';
import type { FuzzFixture, Visitor } from './fixture';

/**
 * The fuzz table: every form action and endpoint, keyed `<route id> <action or method>`. The
 * coverage test fails when a route file gains a handler that has no entry here.
 */
export interface FuzzTarget {
	/** The visitor allowed to use the handler (the fuzz must reach the code behind the guard). */
	as: Visitor;
	method: 'GET' | 'POST';
	path: (f: FuzzFixture) => string;
	/** A valid request to start from: the hostile payloads are mutations of it. */
	base?: (f: FuzzFixture) => Part[];
	/** Fields the handler cannot do without: a request missing or breaking one must be refused. */
	required?: readonly string[];
	/** Free-text fields: too long, or holding a NUL character, must be refused. */
	text?: readonly string[];
	/** For endpoints under a diagnostic: the same path with a hostile id (must be refused). */
	withId?: (f: FuzzFixture, id: string) => string;
	/** Query parameters the endpoint reads. */
	query?: readonly string[];
	/** A token URL: an unknown token is "refused" by a redirect that sets no cookie. */
	refusesWithRedirect?: boolean;
	/** The Accept header the handler serves (HTML by default). */
	accept?: string;
	/** An endpoint that streams: only the start of its answer is read. */
	stream?: boolean;
}

const org = (f: FuzzFixture) => `/orgs/${f.organisationId}`;
const diagnostic = (f: FuzzFixture, id = f.diagnosticId) => `${org(f)}/diagnostics/${id}`;
const fields = (record: Record<string, string>): Part[] =>
	Object.entries(record).map(([name, value]) => ({ name, value }));
const csvFile = (content: string): Part => ({
	name: 'file',
	file: { filename: 'responses.csv', type: 'text/csv', content }
});

const lifecycle = (action: string): FuzzTarget => ({
	as: 'owner',
	method: 'POST',
	path: (f) => `${diagnostic(f, f.lifecycleDiagnosticId)}?/${action}`,
	base: () => fields({ from: 'overview' })
});

const survey: FuzzTarget = {
	as: 'respondent',
	method: 'POST',
	path: () => '/survey',
	base: () =>
		fields({
			...(completeAnswers() as Record<string, string>),
			key: 'fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz'.replace(/u/g, '2'),
			step: 'review',
			to: 'submit'
		}),
	required: ['key', 'level', 'function'],
	text: ['comment']
};

const exportEndpoint = (name: string): FuzzTarget => ({
	as: 'owner',
	method: 'GET',
	path: (f) => `${diagnostic(f)}/${name}`,
	withId: (f, id) => `${diagnostic(f, id)}/${name}`,
	query: ['lang', 'delimiter']
});

export const fuzzTargets: Record<string, FuzzTarget> = {
	'/(auth)/login default': {
		as: 'anonymous',
		method: 'POST',
		path: () => '/login',
		base: () => fields({ email: 'nobody@example.com', password: 'wrong password here' }),
		required: ['email', 'password'],
		text: ['email']
	},
	'/(auth)/signup default': {
		as: 'anonymous',
		method: 'POST',
		path: () => '/signup',
		base: () =>
			fields({
				name: 'Fuzz Sign-up',
				email: 'fuzz.signup@example.com',
				password: 'long password 123'
			}),
		required: ['name', 'email', 'password'],
		text: ['name', 'email']
	},
	'/account password': {
		as: 'member',
		method: 'POST',
		path: () => '/account',
		base: () =>
			fields({
				currentPassword: 'not the password',
				newPassword: 'another long password',
				confirmPassword: 'another long password'
			}),
		required: ['currentPassword', 'newPassword', 'confirmPassword']
	},
	'/account delete': {
		as: 'member',
		method: 'POST',
		path: () => '/account?/delete',
		base: () => fields({ password: 'not the password' }),
		required: ['password']
	},
	'/account/export.json GET': {
		as: 'member',
		method: 'GET',
		path: () => '/account/export.json',
		query: ['lang']
	},
	'/invite accept': { as: 'member', method: 'POST', path: () => '/invite?/accept', base: () => [] },
	'/locale POST': {
		as: 'anonymous',
		method: 'POST',
		path: () => '/locale',
		base: () => fields({ locale: 'fr', redirectTo: '/' })
	},
	'/logout POST': { as: 'anonymous', method: 'POST', path: () => '/logout', base: () => [] },
	'/survey default': survey,
	'/s/[token] GET': {
		as: 'anonymous',
		method: 'GET',
		path: () => '/s/',
		withId: (_, id) => `/s/${id}`,
		refusesWithRedirect: true
	},
	'/invite/[token] GET': {
		as: 'anonymous',
		method: 'GET',
		path: () => '/invite/',
		withId: (_, id) => `/invite/${id}`,
		refusesWithRedirect: true
	},
	'/healthz GET': { as: 'anonymous', method: 'GET', path: () => '/healthz', query: ['verbose'] },
	'/(app)/orgs create': {
		as: 'owner',
		method: 'POST',
		path: () => '/orgs?/create',
		base: () => fields({ name: 'Fuzz organisation' }),
		required: ['name'],
		text: ['name']
	},
	'/(app)/orgs/[org]/settings rename': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/settings?/rename`,
		base: () => fields({ name: 'Fuzz Org' }),
		required: ['name'],
		text: ['name']
	},
	'/(app)/orgs/[org]/settings retention': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/settings?/retention`,
		base: () => fields({ retentionMonths: '24' }),
		required: ['retentionMonths']
	},
	'/(app)/orgs/[org]/members invite': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/members?/invite`,
		base: () => fields({ role: 'viewer' }),
		required: ['role']
	},
	'/(app)/orgs/[org]/members revoke': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/members?/revoke`,
		base: () => fields({ inviteId: '0'.repeat(64) }),
		required: ['inviteId']
	},
	'/(app)/orgs/[org]/members role': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/members?/role`,
		base: (f) => fields({ userId: f.memberUserId, role: 'consultant' }),
		required: ['userId', 'role']
	},
	'/(app)/orgs/[org]/members remove': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/members?/remove`,
		base: () => fields({ userId: 'not-a-member' }),
		required: ['userId']
	},
	'/(app)/orgs/[org]/diagnostics/new create': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${org(f)}/diagnostics/new?/create`,
		base: () => fields(validDiagnosticForm('Fuzz diagnostic')),
		required: ['title', 'headcount', 'k', 'executiveMode'],
		text: ['title']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic] open': lifecycle('open'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic] close': lifecycle('close'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic] reopen': lifecycle('reopen'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/settings save': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/settings?/save`,
		base: () => fields(validDiagnosticForm('Fuzzed alignment')),
		// k and the executive mode are fixed once the diagnostic is open: the form may omit them.
		required: ['title', 'headcount'],
		text: ['title']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute createLink': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/distribute?/createLink`,
		base: () => fields({ label: 'Fuzz link', presetLevel: '', presetFunction: 'sales' }),
		text: ['label']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute revokeLink': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/distribute?/revokeLink`,
		base: () => fields({ linkId: '0'.repeat(64) }),
		required: ['linkId']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute invite': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/distribute?/invite`,
		base: () => fields({ emails: 'fuzz.invitee@example.com', language: 'en' }),
		required: ['emails', 'language'],
		text: ['emails']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/distribute remind': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/distribute?/remind`,
		base: () => fields({ language: 'fr' }),
		required: ['language']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/import upload': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/import?/upload`,
		base: () => [
			csvFile(templateCsv('en', ',')),
			{ name: 'uploadKey', value: 'abcdefghijklmnopqrstuvwxyz234567' }
		],
		required: ['file', 'uploadKey']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/import/template.csv GET':
		exportEndpoint('import/template.csv'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/plan generate': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/plan?/generate`,
		base: () => []
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/plan update': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/plan?/update`,
		base: () =>
			fields({
				itemId: 'unknown-item',
				owner: 'Fuzz',
				dueOn: '2027-01-31',
				status: 'todo',
				notes: 'n'
			}),
		required: ['itemId', 'status'],
		text: ['owner', 'notes']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/plan move': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/plan?/move`,
		base: () => fields({ itemId: 'unknown-item', direction: 'up' }),
		required: ['itemId', 'direction']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/plan add': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/plan?/add`,
		base: () => fields({ title: 'Fuzz action', description: 'Fuzz description' }),
		required: ['title'],
		text: ['title', 'description']
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/live showQr': {
		as: 'owner',
		method: 'POST',
		path: (f) => `${diagnostic(f)}/live?/showQr`,
		base: () => []
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/live/events GET': {
		...exportEndpoint('live/events'),
		query: ['after'],
		accept: 'text/event-stream',
		stream: true
	},
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/report.json GET': exportEndpoint('report.json'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/export.csv GET': exportEndpoint('export.csv'),
	'/(app)/orgs/[org]/diagnostics/[diagnostic]/export.pptx GET': exportEndpoint('export.pptx')
};
