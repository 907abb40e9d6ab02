// The requests sqlmap replays, as raw HTTP files (`sqlmap -r`): each carries the Origin header
// of a same-origin form post (SvelteKit's CSRF check) and the cookies of the visitor allowed to
// use the handler, so that the payloads reach the code behind the guards. A `*` marks a place
// to inject (path segments, CSV cells); elsewhere `-p` names the parameters tested.

/**
 * @typedef {object} Target
 * @property {string} name
 * @property {string} request raw HTTP request
 * @property {string[]} [parameters] the parameters sqlmap tests (`-p`); all marked places if absent
 */

/**
 * @param {string} method @param {string} path @param {URL} base
 * @param {Record<string, string>} headers @param {string} [body]
 */
function raw(method, path, base, headers, body) {
	const lines = [`${method} ${path} HTTP/1.1`, `Host: ${base.host}`, 'Accept: text/html'];
	for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
	if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
	return `${lines.join('\r\n')}\r\n\r\n${body ?? ''}`;
}

/**
 * A one-row CSV import with injection points in a profile cell and in the comment. The
 * template's example rows are refused as they are, so only the first one is kept, changed.
 */
function markedCsv(/** @type {string} */ template) {
	const [header = '', first = ''] = template.split(/\r?\n/);
	const cells = first.split(',');
	cells[0] = `${cells[0]}*`;
	cells[cells.length - 1] = '"audit comment*"';
	return `${header}\r\n${cells.join(',')}\r\n`;
}

/**
 * @param {string} baseUrl
 * @param {import('./seed.js').Seed} seed
 * @returns {Target[]}
 */
export function targets(baseUrl, seed) {
	const base = new URL(baseUrl);
	const post = { Origin: base.origin, 'Content-Type': 'application/x-www-form-urlencoded' };
	const owner = { Cookie: seed.ownerCookie };
	const org = `/orgs/${seed.organisationId}*`;
	const diagnostic = `${org}/diagnostics/${seed.diagnosticId}*`;
	const boundary = '----AccordAuditBoundary7MA4YWxk';
	const multipart = [
		`--${boundary}`,
		'Content-Disposition: form-data; name="uploadKey"',
		'',
		`${seed.uploadKey}*`,
		`--${boundary}`,
		'Content-Disposition: form-data; name="file"; filename="responses.csv"',
		'Content-Type: text/csv',
		'',
		markedCsv(seed.importTemplate),
		`--${boundary}--`,
		''
	].join('\r\n');
	const surveyFields = ['key', 'step', 'level', 'function', 'comment', 'to'];
	return [
		{
			name: 'POST /login',
			request: raw(
				'POST',
				'/login',
				base,
				post,
				'email=sqlmap-owner%40accord.example&password=wrong-password'
			),
			parameters: ['email', 'password']
		},
		{
			name: 'POST /signup',
			request: raw(
				'POST',
				'/signup',
				base,
				post,
				'name=Audit+Visitor&email=sqlmap-visitor%40accord.example&password=a-long-password'
			),
			parameters: ['name', 'email', 'password']
		},
		{
			name: 'POST /survey (link)',
			request: raw(
				'POST',
				'/survey',
				base,
				{ ...post, Cookie: seed.linkSurvey.cookie },
				seed.linkSurvey.submission
			),
			parameters: surveyFields
		},
		{
			name: 'POST /survey (invitation)',
			request: raw(
				'POST',
				'/survey',
				base,
				{ ...post, Cookie: seed.invitationSurvey.cookie },
				seed.invitationSurvey.submission
			),
			parameters: surveyFields
		},
		{
			name: 'POST …/import?/upload (CSV)',
			request: raw(
				'POST',
				`/orgs/${seed.organisationId}/diagnostics/${seed.diagnosticId}/import?/upload`,
				base,
				{
					Origin: base.origin,
					'Content-Type': `multipart/form-data; boundary=${boundary}`,
					...owner
				},
				multipart
			)
		},
		{ name: 'GET …/report', request: raw('GET', `${diagnostic}/report`, base, owner) },
		{ name: 'GET …/report.json', request: raw('GET', `${diagnostic}/report.json`, base, owner) },
		{
			name: 'GET …/export.csv',
			request: raw('GET', `${diagnostic}/export.csv?lang=en*`, base, owner)
		}
	];
}
