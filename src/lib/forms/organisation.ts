import { z } from 'zod';
import { invitableRoles, roles } from '$lib/domain/roles';

export const organisationNameSchema = z.object({
	name: z.string({ error: 'required' }).trim().min(1, 'required').max(120, 'too_long')
});

export const inviteSchema = z.object({
	role: z.enum(invitableRoles, { error: 'invalid_choice' })
});

export const memberRoleSchema = z.object({
	userId: z.string({ error: 'required' }).min(1, 'required').max(64, 'too_long'),
	role: z.enum(roles, { error: 'invalid_choice' })
});

export const memberSchema = z.object({
	userId: z.string({ error: 'required' }).min(1, 'required').max(64, 'too_long')
});

export const inviteIdSchema = z.object({
	inviteId: z.string({ error: 'required' }).regex(/^[0-9a-f]{64}$/, 'invalid')
});
