// Runs sqlmap on one target and reads what happened: the requests it sent and the statuses it
// met (from its traffic file), and its verdict (from its output).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Installs Debian's sqlmap when it is missing (as root, or through sudo). */
export function ensureSqlmap() {
	if (spawnSync('sqlmap', ['--version'], { encoding: 'utf8' }).status === 0) return;
	console.log('Installing sqlmap (apt-get install sqlmap)…');
	const asRoot = process.getuid?.() === 0;
	const run = (/** @type {string[]} */ command) => {
		const [program = '', ...args] = asRoot ? command : ['sudo', ...command];
		const result = spawnSync(program, args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (result.status !== 0) throw new Error(`${command.join(' ')} failed`);
	};
	run(['apt-get', 'update']);
	run(['apt-get', 'install', '-y', 'sqlmap']);
}

/**
 * @typedef {object} Verdict
 * @property {number} requests requests sqlmap sent
 * @property {Record<string, number>} statuses how many answers of each status
 * @property {string[]} injectable what sqlmap reported injectable or vulnerable
 * @property {string[]} dismissed parameters sqlmap suspected, then found to be false positives
 * @property {boolean} tested sqlmap finished testing (its "not injectable" conclusion, or a finding)
 * @property {string[]} critical sqlmap's CRITICAL lines
 */

/** @param {string} output @param {string} traffic @returns {Verdict} */
export function readVerdict(output, traffic) {
	/** @type {Record<string, number>} */
	const statuses = {};
	for (const match of traffic.matchAll(/^HTTP response \[#\d+\] \((\d{3})/gm)) {
		statuses[match[1] ?? '?'] = (statuses[match[1] ?? '?'] ?? 0) + 1;
	}
	// sqlmap re-checks what it suspects; a suspicion it then calls a false positive (the login's
	// deliberate slow hashing can look like a time-based injection) is no finding.
	const suspected = [
		...output.matchAll(/parameter '([^']+)' (?:is|appears to be|might be) [^\n]*injectable/gi)
	].map((match) => match[1] ?? '');
	const dismissed = new Set(
		[...output.matchAll(/parameter '([^']+)' does not seem to be injectable/gi)].map(
			(match) => match[1] ?? ''
		)
	);
	const injectable = [
		...suspected.filter((parameter) => !dismissed.has(parameter)).map((p) => `parameter '${p}'`),
		...output.matchAll(
			/^.*(?:sqlmap identified the following injection point|is vulnerable)[^\n]*$/gim
		)
	].map((finding) => (typeof finding === 'string' ? finding : finding[0].trim()));
	return {
		requests: (traffic.match(/^HTTP request \[#\d+\]:/gm) ?? []).length,
		statuses,
		injectable,
		dismissed: [...new Set(suspected.filter((parameter) => dismissed.has(parameter)))],
		tested:
			injectable.length > 0 || /all tested parameters do not appear to be injectable/i.test(output),
		critical: output
			.split('\n')
			.filter((line) => line.includes('[CRITICAL]'))
			.map((line) => line.trim())
	};
}

/**
 * @param {import('./targets.js').Target} target
 * @param {string} folder a folder of this target's own
 * @param {{ level: number, risk: number }} strength
 * @returns {Promise<Verdict>}
 */
export async function runSqlmap(target, folder, strength) {
	const requestFile = join(folder, 'request.txt');
	const trafficFile = join(folder, 'traffic.txt');
	writeFileSync(requestFile, target.request);
	const args = [
		'-r',
		requestFile,
		'--batch',
		'--ignore-stdin',
		// Each request keeps the visitor it was written for (no session picked up on the way).
		'--drop-set-cookie',
		`--level=${strength.level}`,
		`--risk=${strength.risk}`,
		'--dbms=PostgreSQL',
		'--flush-session',
		'--disable-coloring',
		'--output-dir',
		join(folder, 'output'),
		'-t',
		trafficFile,
		...(target.parameters ? ['-p', target.parameters.join(',')] : [])
	];
	let output = '';
	await new Promise((resolveRun, reject) => {
		const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('exit', resolveRun);
	});
	writeFileSync(join(folder, 'sqlmap.log'), output);
	const traffic = existsSync(trafficFile) ? readFileSync(trafficFile, 'utf8') : '';
	return readVerdict(output, traffic);
}
