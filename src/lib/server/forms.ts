import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export interface FormFailure {
	errors: FieldErrors;
	/** What the user typed, so the form can be shown again as it was (never passwords). */
	values: Record<string, string>;
	message?: string;
}

const SECRET_FIELD = /password/i;

/** Reads a form post and validates it; on failure returns the `fail(400)` to give back. */
export async function parseForm<Schema extends z.ZodType>(
	request: Request,
	schema: Schema
): Promise<
	{ ok: true; data: z.infer<Schema> } | { ok: false; failure: ActionFailure<FormFailure> }
> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, failure: fail(400, { errors: {}, values: {}, message: 'invalid' }) };
	}
	const raw: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !(key in raw)) raw[key] = value;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		failure: fail(400, { errors: fieldErrors(result.error), values: keptValues(raw) })
	};
}

export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.join('.') || 'form';
		errors[field] ??= issue.message;
	}
	return errors;
}

export function keptValues(raw: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELD.test(key)));
}

/** A failure that concerns the whole form rather than one field. */
export function formError(
	status: number,
	message: string,
	values: Record<string, string> = {}
): ActionFailure<FormFailure> {
	return fail(status, { errors: {}, values: keptValues(values), message });
}

/** A failure on one field, such as "email already registered". */
export function fieldError(
	field: string,
	code: string,
	values: Record<string, string> = {}
): ActionFailure<FormFailure> {
	return fail(400, { errors: { [field]: code }, values: keptValues(values) });
}
