/**
 * scripts/patch-postgres.js (the `postinstall` guard for porsager/postgres#1208), run as npm runs
 * it, against temporary copies of the installed postgres package's three connection.js files:
 * it patches 3.4.9's code once, changes nothing the second time, and leaves an unexpected file or
 * another version alone with a warning instead of failing the install.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	FILES,
	MARKER,
	ORIGINAL,
	PATCHED,
	SUPPORTED_VERSION
} from '../../../scripts/patch-postgres.js';

const root = resolve(import.meta.dirname, '../../..');
const script = join(root, 'scripts/patch-postgres.js');
const installed = join(root, 'node_modules/postgres');

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the installed package's connection.js files as 3.4.9 ships them (the installed ones
 * are normally patched already: the guard is taken out again), with a package.json of `version`.
 */
function unpatchedCopy(version = SUPPORTED_VERSION): string {
	const dir = mkdtempSync(join(tmpdir(), 'accord-patch-postgres-'));
	temporary.push(dir);
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'postgres', version }));
	for (const file of FILES) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		const text = readFileSync(join(installed, file), 'utf8').replace(PATCHED, ORIGINAL);
		expect(text).toContain(ORIGINAL);
		expect(text).not.toContain(MARKER);
		writeFileSync(join(dir, file), text);
	}
	return dir;
}

function run(dir: string): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function contents(dir: string): string[] {
	return FILES.map((file) => readFileSync(join(dir, file), 'utf8'));
}

describe('scripts/patch-postgres.js', () => {
	it('guards nextWrite in the three files once, and changes nothing when run again', () => {
		const dir = unpatchedCopy();
		const before = contents(dir);

		const first = run(dir);
		expect(first.status).toBe(0);
		expect(first.stderr).toBe('');
		expect(first.stdout.trim().split('\n')).toEqual([
			expect.stringMatching(/patched src\/connection\.js, cjs\/src\/connection\.js, cf\/src/)
		]);
		const after = contents(dir);
		after.forEach((text, index) => {
			expect(text.split(MARKER)).toHaveLength(2);
			expect(text).toContain(PATCHED);
			// Only nextWrite changed.
			expect(text.replace(PATCHED, ORIGINAL)).toBe(before[index]);
			expect(text).toMatch(/if \(!socket\) \{[^}]*Errors\.connection\('CONNECTION_CLOSED'/);
			const syntax = spawnSync(process.execPath, ['--check', join(dir, FILES[index]!)]);
			expect(syntax.status, syntax.stderr?.toString()).toBe(0);
		});

		const second = run(dir);
		expect(second.status).toBe(0);
		expect(second.stderr).toBe('');
		expect(second.stdout.trim().split('\n')).toEqual([
			expect.stringMatching(/already patched src\/connection\.js, cjs\/src\/connection\.js, cf\//)
		]);
		expect(contents(dir)).toEqual(after);
	});

	it('leaves a file whose nextWrite is not the expected code alone, with a warning', () => {
		const dir = unpatchedCopy();
		const cjs = join(dir, 'cjs/src/connection.js');
		const changed = readFileSync(cjs, 'utf8').replace(
			'const x = socket.write(chunk, fn)',
			'const x = socket.write(chunk, fn) // someone else was here'
		);
		writeFileSync(cjs, changed);

		const result = run(dir);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/WARNING: cjs\/src\/connection\.js .*porsager\/postgres#1208/);
		expect(result.stdout).toMatch(/1 file\(s\) left unpatched/);
		expect(readFileSync(cjs, 'utf8')).toBe(changed);
		// The other two are still patched.
		expect(readFileSync(join(dir, 'src/connection.js'), 'utf8')).toContain(PATCHED);
		expect(readFileSync(join(dir, 'cf/src/connection.js'), 'utf8')).toContain(PATCHED);
	});

	it('leaves another version alone, and says so when it already has a guard', () => {
		const other = unpatchedCopy('3.4.10');
		const before = contents(other);
		const result = run(other);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/WARNING: postgres 3\.4\.10 .*porsager\/postgres#1208/);
		expect(result.stdout).toMatch(/3\.4\.10 left unpatched/);
		expect(contents(other)).toEqual(before);

		const fixed = unpatchedCopy('3.5.0');
		for (const file of FILES) {
			const path = join(fixed, file);
			writeFileSync(
				path,
				readFileSync(path, 'utf8').replace(
					'  function nextWrite(fn) {\n',
					'  function nextWrite(fn) {\n    if (socket === null)\n      return false\n'
				)
			);
		}
		const guarded = contents(fixed);
		const upstream = run(fixed);
		expect(upstream.status).toBe(0);
		expect(upstream.stderr).toBe('');
		expect(upstream.stdout).toMatch(/3\.5\.0 already guards nextWrite .* can be removed/);
		expect(contents(fixed)).toEqual(guarded);
	});

	it('targets the installed postgres version (a new release needs this guard reviewed)', () => {
		const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
		expect(version).toBe(SUPPORTED_VERSION);
	});

	it('does not fail when the package is missing', () => {
		const empty = mkdtempSync(join(tmpdir(), 'accord-patch-postgres-'));
		temporary.push(empty);
		const result = run(join(empty, 'postgres'));
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/no postgres package/);
	});
});
