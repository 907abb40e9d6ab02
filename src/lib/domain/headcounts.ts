import { z } from 'zod';
import { JOB_FUNCTIONS, LEVELS, type JobFunction, type Level } from './instrument';

/** How many people of each level × function were asked to answer, when the CMO knows it. */
export type ExpectedHeadcounts = Partial<Record<Level, Partial<Record<JobFunction, number>>>>;

const count = z.number().int('invalid').min(0, 'too_small').max(100_000, 'too_large');

export const expectedHeadcountsSchema = z.partialRecord(
	z.enum(LEVELS),
	z.partialRecord(z.enum(JOB_FUNCTIONS), count)
);

/** Responses received as a share of the people expected, or null when nobody was expected. */
export function responseRate(received: number, expected: number | undefined): number | null {
	if (!expected || expected <= 0) return null;
	return received / expected;
}
