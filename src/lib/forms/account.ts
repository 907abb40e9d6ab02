import { z } from 'zod';
import { locales } from '$lib/i18n/locales';

// Messages are stable codes: the page translates them into the visitor's language.
const email = z
	.string({ error: 'required' })
	.trim()
	.min(1, 'required')
	.max(254, 'too_long')
	.pipe(z.email('invalid_email'));

const newPassword = z
	.string({ error: 'required' })
	.min(1, 'required')
	.min(8, 'password_too_short')
	.max(256, 'password_too_long');

export const signupSchema = z.object({
	name: z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'too_long'),
	email,
	password: newPassword
});

export const loginSchema = z.object({
	email,
	password: z.string({ error: 'required' }).min(1, 'required').max(256, 'password_too_long')
});

export const changePasswordSchema = z
	.object({
		currentPassword: z.string({ error: 'required' }).min(1, 'required').max(256, 'too_long'),
		newPassword,
		confirmPassword: z.string({ error: 'required' }).min(1, 'required')
	})
	.refine((values) => values.newPassword === values.confirmPassword, {
		message: 'passwords_differ',
		path: ['confirmPassword']
	});

export const localeSchema = z.object({
	locale: z.enum(locales, { error: 'invalid_choice' })
});
