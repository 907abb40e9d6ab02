import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '$lib/server/redirect';

describe('safeRedirectTarget', () => {
	it.each(['/orgs', '/orgs/abc?tab=1', '/invite'])('keeps the local path %s', (path) => {
		expect(safeRedirectTarget(path, '/')).toBe(path);
	});

	it.each([
		'https://evil.example',
		'//evil.example/x',
		'/\\evil.example',
		'javascript:alert(1)',
		'orgs',
		'',
		undefined,
		42
	])('refuses %s', (value) => {
		expect(safeRedirectTarget(value, '/fallback')).toBe('/fallback');
	});

	it('never returns anything that resolves to another origin', () => {
		fc.assert(
			fc.property(fc.string(), (value) => {
				const target = safeRedirectTarget(value, '/');
				expect(new URL(target, 'https://accord.example').origin).toBe('https://accord.example');
			})
		);
	});
});
