import { describe, expect, it } from 'vitest';
import { changePasswordSchema, loginSchema, signupSchema } from '$lib/forms/account';
import { fieldErrors, keptValues } from '$lib/server/forms';

describe('account forms', () => {
	it('accepts a valid sign-up and normalises the email spacing', () => {
		const result = signupSchema.safeParse({
			name: ' Ana ',
			email: ' ana@example.com ',
			password: '12345678'
		});
		expect(result.success && result.data).toEqual({
			name: 'Ana',
			email: 'ana@example.com',
			password: '12345678'
		});
	});

	it('reports one code per field', () => {
		const result = signupSchema.safeParse({ name: '', email: 'nope', password: 'x'.repeat(257) });
		expect(result.success).toBe(false);
		if (!result.success) {
			expect(fieldErrors(result.error)).toEqual({
				name: 'required',
				email: 'invalid_email',
				password: 'password_too_long'
			});
		}
	});

	it('enforces 8 to 256 characters for new passwords', () => {
		const base = { name: 'A', email: 'a@example.com' };
		expect(signupSchema.safeParse({ ...base, password: '1234567' }).success).toBe(false);
		expect(signupSchema.safeParse({ ...base, password: '12345678' }).success).toBe(true);
		expect(signupSchema.safeParse({ ...base, password: 'x'.repeat(256) }).success).toBe(true);
		expect(signupSchema.safeParse({ ...base, password: 'x'.repeat(257) }).success).toBe(false);
	});

	it('requires both password fields to match when changing password', () => {
		const result = changePasswordSchema.safeParse({
			currentPassword: 'old password',
			newPassword: 'new password 1',
			confirmPassword: 'new password 2'
		});
		expect(!result.success && fieldErrors(result.error)).toEqual({
			confirmPassword: 'passwords_differ'
		});
	});

	it('treats missing fields as required', () => {
		const result = loginSchema.safeParse({});
		expect(!result.success && fieldErrors(result.error)).toEqual({
			email: 'required',
			password: 'required'
		});
	});

	it('never sends passwords back to the form', () => {
		expect(
			keptValues({ email: 'a@b.c', password: 'x', newPassword: 'y', currentPassword: 'z' })
		).toEqual({ email: 'a@b.c' });
	});
});
