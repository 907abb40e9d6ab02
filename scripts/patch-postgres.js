// `postinstall`: guards postgres.js 3.4.9 against porsager/postgres#1208 (also #1154, #1066).
//
// When a PostgreSQL backend dies while a query runs, `closed()` sets the connection's socket to
// null; a write queued afterwards (the ROLLBACK of `sql.begin`, which drizzle's `db.transaction`
// uses) reaches `nextWrite()` from a setImmediate and calls `socket.write` on null. That
// TypeError is thrown from a timer, so no caller can catch it and the whole process exits. The
// guard added here drops the pending bytes and fails the connection's queries with
// CONNECTION_CLOSED (the error `closed()` itself uses), so the caller's `await` rejects instead.
//
// Exact-match only: another version, or code that differs from 3.4.9's, is left alone with a
// warning; the install never fails because of this script. Running it again changes nothing.
//
// Usage: node scripts/patch-postgres.js [path of the postgres package]
// (default: node_modules/postgres next to this script's project).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ISSUE = 'porsager/postgres#1208';
export const SUPPORTED_VERSION = '3.4.9';
export const MARKER = '/* accord postinstall guard: porsager/postgres#1208 */';
export const FILES = ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js'];

/** `nextWrite` as postgres 3.4.9 ships it, identical in the three files. */
export const ORIGINAL = `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)
    nextWriteTimer !== null && clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    return x
  }
`;

// Returns true, not false, when there is no socket: `execute()` passes this value on, and the
// pool (or `sql.begin`'s own handler) moves a connection whose `execute()` answers false to its
// `full` queue, which only a ReadyForQuery from the server ever empties: a connection without a
// socket would stay there for good, a pool slot lost and later queries of the transaction
// waiting forever. With true it stays in `closed`, from which the pool reconnects it, and each
// later query on it is rejected at once. (Checked with a pool of one connection: after a large
// unparameterised query on the dead connection, false leaves the next pool query hanging.)
export const PATCHED = `  function nextWrite(fn) {
    ${MARKER}
    if (!socket) {
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      const closedError = Errors.connection('CONNECTION_CLOSED', options)
      error(closedError)
      typeof fn === 'function' && fn(closedError)
      return true
    }
    const x = socket.write(chunk, fn)
    nextWriteTimer !== null && clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    return x
  }
`;

/** A `nextWrite` that already checks its socket first (a release that fixed the issue). */
const UPSTREAM_GUARD =
	/function nextWrite\s*\([^)]*\)\s*\{\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*if\s*\(\s*(?:!\s*socket|socket\s*===?\s*null|socket\s*==\s*undefined)/;

/** What the patch needs in scope, as 3.4.9's connection.js has it. */
const PREREQUISITES = [
	/\bfunction error\(err\) \{/,
	/\bErrors\.connection\('CONNECTION_CLOSED', options/,
	/\bfunction Connection\(options,/
];

/** @param {string} text @param {string} part */
function occurrences(text, part) {
	return text.split(part).length - 1;
}

/**
 * Patches the three connection.js files of the postgres package in `packageDir`. Returns the
 * summary line and the warnings; never throws for a missing or unexpected package.
 * @param {string} packageDir
 * @returns {{ summary: string, warnings: string[], patched: string[], already: string[] }}
 */
export function patchPostgres(packageDir) {
	/** @type {string[]} */
	const warnings = [];
	/** @type {string[]} */
	const patched = [];
	/** @type {string[]} */
	const already = [];
	const manifest = join(packageDir, 'package.json');
	if (!existsSync(manifest)) {
		return {
			summary: `patch-postgres: no postgres package at ${packageDir}; nothing patched.`,
			warnings,
			patched,
			already
		};
	}
	const version = JSON.parse(readFileSync(manifest, 'utf8')).version;
	const present = FILES.filter((file) => existsSync(join(packageDir, file)));

	if (version !== SUPPORTED_VERSION) {
		const guarded = present.filter((file) =>
			UPSTREAM_GUARD.test(readFileSync(join(packageDir, file), 'utf8'))
		);
		if (present.length > 0 && guarded.length === present.length) {
			return {
				summary:
					`patch-postgres: postgres ${version} already guards nextWrite against a closed ` +
					`socket (${ISSUE}); nothing patched. scripts/patch-postgres.js and its postinstall ` +
					'entry can be removed.',
				warnings,
				patched,
				already
			};
		}
		warnings.push(
			`patch-postgres: WARNING: postgres ${version} is installed, the patch for ${ISSUE} ` +
				`targets ${SUPPORTED_VERSION} only; left unpatched. Check whether this version still ` +
				'crashes the process when a backend dies during sql.begin (a null socket in nextWrite), ' +
				'then update or remove scripts/patch-postgres.js.'
		);
		return {
			summary: `patch-postgres: postgres ${version} left unpatched (${ISSUE}, see warning).`,
			warnings,
			patched,
			already
		};
	}

	for (const file of FILES) {
		const path = join(packageDir, file);
		if (!existsSync(path)) {
			warnings.push(
				`patch-postgres: WARNING: ${file} is missing from postgres ${version}; skipped.`
			);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		if (text.includes(MARKER)) {
			if (occurrences(text, PATCHED) === 1) already.push(file);
			else
				warnings.push(
					`patch-postgres: WARNING: ${file} carries the marker of the ${ISSUE} guard but not ` +
						'the expected guarded nextWrite; left alone. Reinstall postgres to start clean.'
				);
			continue;
		}
		const unexpected =
			occurrences(text, ORIGINAL) !== 1 || PREREQUISITES.some((pattern) => !pattern.test(text));
		if (unexpected && UPSTREAM_GUARD.test(text)) {
			warnings.push(
				`patch-postgres: ${file} of postgres ${version} already guards nextWrite (${ISSUE}); ` +
					'left alone.'
			);
			continue;
		}
		if (unexpected) {
			warnings.push(
				`patch-postgres: WARNING: ${file} of postgres ${version} is not the code the guard for ` +
					`${ISSUE} expects; left unpatched, so a backend dying during sql.begin can still ` +
					'crash the process.'
			);
			continue;
		}
		const next = text.replace(ORIGINAL, PATCHED);
		const temporary = `${path}.patch-postgres-${process.pid}`;
		writeFileSync(temporary, next);
		renameSync(temporary, path);
		patched.push(file);
	}

	const parts = [];
	if (patched.length) parts.push(`patched ${patched.join(', ')}`);
	if (already.length) parts.push(`already patched ${already.join(', ')}`);
	const skipped = FILES.length - patched.length - already.length;
	if (skipped) parts.push(`${skipped} file(s) left unpatched (see warning)`);
	return {
		summary: `patch-postgres: postgres ${version}, guard for ${ISSUE}: ${parts.join('; ')}.`,
		warnings,
		patched,
		already
	};
}

const invokedDirectly =
	process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
	const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const packageDir = resolve(process.argv[2] ?? join(projectRoot, 'node_modules', 'postgres'));
	try {
		const { summary, warnings } = patchPostgres(packageDir);
		for (const warning of warnings) console.warn(warning);
		console.log(summary);
	} catch (error) {
		// Never fail the install: the app still works, only without the guard.
		console.warn(
			`patch-postgres: WARNING: could not patch ${relative(process.cwd(), packageDir) || '.'} ` +
				`(${ISSUE}): ${error instanceof Error ? error.message : String(error)}`
		);
	}
}
