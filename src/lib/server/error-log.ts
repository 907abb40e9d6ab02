import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * What the server log may say about an unexpected error. A failed query's message carries its
 * parameters — survey answers, comments, e-mail addresses, rate-limit keys — so it is replaced by
 * the statement's first words and the database's own error, with its stack; everything else is
 * logged as it is.
 */
export function loggableError(error: unknown): unknown {
	if (!(error instanceof DrizzleQueryError)) return error;
	const cause = error.cause;
	const code =
		typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
	const reason = cause instanceof Error ? cause.message : 'no cause';
	const statement = error.query.trim().split(/\s+/).slice(0, 3).join(' ');
	const safe = new Error(`query failed (${statement} …): ${reason}${code ? ` [${code}]` : ''}`);
	// The original stack starts with the message (parameters included): keep only its frames.
	const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	safe.stack = [`Error: ${safe.message}`, ...frames].join('\n');
	return safe;
}
