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

/**
 * NUL can be typed by no one and stored by no PostgreSQL text column: a field the form reads
 * that holds one gets the form refused, before any of it reaches a query.
 */
const NUL = '\u0000';

/** The fields an object schema reads; undefined when the schema does not say. */
function schemaKeys(schema: z.ZodType): Set<string> | undefined {
	const shape: unknown = (schema as { shape?: unknown }).shape;
	return shape && typeof shape === 'object' ? new Set(Object.keys(shape)) : undefined;
}

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
	const known = schemaKeys(schema);
	const raw: Record<string, string> = {};
	const seen = new Set<string>();
	let withNul: string | undefined;
	for (const [key, value] of form) {
		if (typeof value !== 'string' || seen.has(key)) continue;
		seen.add(key);
		if (!key.includes(NUL) && !value.includes(NUL)) raw[key] = value;
		// A field the form does not read is ignored, NUL or not.
		else if (!known || known.has(key)) withNul ??= key;
	}
	if (withNul !== undefined) {
		return {
			ok: false,
			failure: fail(400, {
				errors: { [withNul]: 'invalid' },
				values: keptValues(raw),
				message: 'invalid'
			})
		};
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
