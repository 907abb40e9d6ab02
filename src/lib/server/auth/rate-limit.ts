import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';

export interface RateLimitRule {
	/** Attempts allowed per window. */
	limit: number;
	windowMs: number;
}

const MINUTE = 60_000;

export const LOGIN_PER_EMAIL: RateLimitRule = { limit: 10, windowMs: 15 * MINUTE };
export const LOGIN_PER_IP: RateLimitRule = { limit: 30, windowMs: 15 * MINUTE };
export const SIGNUP_PER_EMAIL: RateLimitRule = { limit: 5, windowMs: 60 * MINUTE };
export const SIGNUP_PER_IP: RateLimitRule = { limit: 20, windowMs: 60 * MINUTE };

export interface RateLimitResult {
	allowed: boolean;
	retryAfterSeconds: number;
}

/**
 * Counts one attempt against `key` in a fixed window kept in the database, so that every app
 * instance shares the same counters. One atomic upsert: concurrent attempts cannot both slip in.
 */
export async function consumeRateLimit(
	db: Database,
	key: string,
	rule: RateLimitRule,
	now = new Date()
): Promise<RateLimitResult> {
	// Dates go into raw SQL as ISO strings: drivers disagree on binding Date objects there.
	const windowStartLimit = sql`${new Date(now.getTime() - rule.windowMs).toISOString()}::timestamptz`;
	const nowValue = sql`${now.toISOString()}::timestamptz`;
	const [row] = await db
		.insert(rateLimits)
		.values({ key, count: 1, windowStart: now })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`case when ${rateLimits.windowStart} <= ${windowStartLimit} then 1 else ${rateLimits.count} + 1 end`,
				windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStartLimit} then ${nowValue} else ${rateLimits.windowStart} end`
			}
		})
		.returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
	if (!row) throw new Error('rate limit upsert returned no row');
	const resetAt = row.windowStart.getTime() + rule.windowMs;
	return {
		allowed: row.count <= rule.limit,
		retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000))
	};
}

export async function resetRateLimit(db: Database, key: string): Promise<void> {
	await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Consumes every rule and reports the strictest outcome. */
export async function consumeAll(
	db: Database,
	checks: readonly { key: string; rule: RateLimitRule }[],
	now = new Date()
): Promise<RateLimitResult> {
	const results = await Promise.all(
		checks.map((check) => consumeRateLimit(db, check.key, check.rule, now))
	);
	const blocked = results.filter((result) => !result.allowed);
	return blocked.length === 0
		? { allowed: true, retryAfterSeconds: 0 }
		: { allowed: false, retryAfterSeconds: Math.max(...blocked.map((r) => r.retryAfterSeconds)) };
}
