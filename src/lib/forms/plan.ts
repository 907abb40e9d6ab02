import { z } from 'zod';
import { planStatuses } from '$lib/domain/plan-status';

/** A date input's value: empty (no due date) or YYYY-MM-DD. */
const dueOn = z
	.string()
	.trim()
	.optional()
	.refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), 'invalid_date')
	.refine((value) => !value || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'invalid_date')
	.transform((value) => value || null);

const owner = z
	.string()
	.trim()
	.max(120, 'too_long')
	.optional()
	.transform((value) => value ?? '');

const longText = z
	.string()
	.trim()
	.max(2000, 'too_long')
	.optional()
	.transform((value) => value ?? '');

export const itemIdSchema = z.object({
	itemId: z.string({ error: 'required' }).min(1, 'required').max(64, 'too_long')
});

export const planItemUpdateSchema = itemIdSchema.extend({
	owner,
	dueOn,
	status: z.enum(planStatuses, { error: 'invalid_choice' }),
	notes: longText
});

export const planMoveSchema = itemIdSchema.extend({
	direction: z.enum(['up', 'down'], { error: 'invalid_choice' })
});

export const customActionSchema = z.object({
	title: z.string({ error: 'required' }).trim().min(1, 'required').max(200, 'too_long'),
	description: longText,
	owner,
	dueOn
});
