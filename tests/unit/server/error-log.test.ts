import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { loggableError } from '../../../src/lib/server/error-log';

describe('loggableError', () => {
	it('keeps a failed query’s statement and cause but none of its parameters', () => {
		const cause = Object.assign(new Error('terminating connection due to administrator command'), {
			code: '57P01'
		});
		const failed = new DrizzleQueryError(
			'insert into "responses" ("id", "answers") values ($1, $2)',
			['a1b2', '{"comment":"my manager never listens"}'],
			cause
		);
		const logged = loggableError(failed);
		expect(logged).toBeInstanceOf(Error);
		const text = `${(logged as Error).message}\n${(logged as Error).stack}`;
		expect(text).toContain('insert into "responses"');
		expect(text).toContain('terminating connection due to administrator command');
		expect(text).toContain('57P01');
		expect(text).not.toContain('my manager never listens');
		expect(text).not.toContain('a1b2');
	});

	it('leaves any other error as it is', () => {
		const other = new TypeError('boom');
		expect(loggableError(other)).toBe(other);
		expect(loggableError('text')).toBe('text');
	});
});
