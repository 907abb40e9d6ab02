import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from '../../../../src/lib/server/forms';

const schema = z.object({ name: z.string().min(1, 'required') });

function post(body: string): Request {
	return new Request('http://localhost/', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
}

/** A NUL reaches no query: PostgreSQL text refuses it, so the form is refused first. */
describe('parseForm and NUL characters', () => {
	it('refuses a field the form reads when it holds a NUL', async () => {
		const parsed = await parseForm(post('name=a%00b'), schema);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.failure.status).toBe(400);
			expect(parsed.failure.data).toEqual({
				errors: { name: 'invalid' },
				values: {},
				message: 'invalid'
			});
		}
	});

	it('ignores a field the form does not read, NUL or not', async () => {
		const parsed = await parseForm(post('name=Ana&junk=a%00b&k%00x=1'), schema);
		expect(parsed).toEqual({ ok: true, data: { name: 'Ana' } });
	});

	it('judges the first value of a repeated field, as before', async () => {
		expect(await parseForm(post('name=Ana&name=a%00b'), schema)).toEqual({
			ok: true,
			data: { name: 'Ana' }
		});
		expect((await parseForm(post('name=a%00b&name=Ana'), schema)).ok).toBe(false);
	});
});
