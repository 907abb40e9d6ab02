import { z } from 'zod';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '$lib/domain/retention';

/** Empty keeps raw answers; otherwise a whole number of months from 1 to 120. */
export const retentionSchema = z.object({
	retentionMonths: z
		.string({ error: 'invalid' })
		.trim()
		.max(4, 'retention_range')
		.transform((value, context) => {
			if (value === '') return null;
			const months = /^\d+$/.test(value) ? Number(value) : NaN;
			if (!(months >= RETENTION_MIN_MONTHS && months <= RETENTION_MAX_MONTHS)) {
				context.addIssue({ code: 'custom', message: 'retention_range' });
				return z.NEVER;
			}
			return months;
		})
});
