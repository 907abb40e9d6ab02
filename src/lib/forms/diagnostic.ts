/**
 * The diagnostic forms (create and settings, survey links, invitations, lifecycle) as zod schemas
 * over the flat strings an HTML form posts. Messages are stable codes that the pages translate
 * (src/lib/i18n/messages/diagnostics.ts), so every form also works without JavaScript.
 */
import { z } from 'zod';
import { companyContextSchema, type CompanyContext } from '$lib/domain/company-context';
import type { ExpectedHeadcounts } from '$lib/domain/headcounts';
import { JOB_FUNCTIONS, LEVELS, type JobFunction, type Level } from '$lib/domain/instrument';
import { locales, type Locale } from '$lib/i18n/locales';
import type { ExecutiveMode } from '$lib/server/db/schema';

export const TITLE_MAX = 120;
export const LINK_LABEL_MAX = 80;
export const EXPECTED_MAX = 100_000;
/** k: never below 3 (DESIGN §5); the upper bound only catches typing mistakes. */
export const K_LIMITS = { min: 3, max: 50, default: 5 } as const;

/** Listed from a record so that adding a mode to the schema fails to compile until it is here. */
const modes: Record<ExecutiveMode, true> = { standard: true, pool: true, k3: true };
export const EXECUTIVE_MODES = Object.keys(modes) as [ExecutiveMode, ...ExecutiveMode[]];

export function languageField(locale: Locale): `language_${Locale}` {
	return `language_${locale}`;
}

export type ExpectedFieldName = `expected_${Level}_${JobFunction}`;

export function expectedField(level: Level, fn: JobFunction): ExpectedFieldName {
	return `expected_${level}_${fn}`;
}

/** '' and missing both mean "not given"; a decimal comma is accepted. */
function numberFromForm(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

const expectedCount = z.preprocess(
	numberFromForm,
	z
		.number({ error: 'not_a_number' })
		.int({ error: 'not_integer' })
		.min(0, { error: 'too_small' })
		.max(EXPECTED_MAX, { error: 'too_big' })
		.optional()
);

const expectedShape = Object.fromEntries(
	LEVELS.flatMap((level) => JOB_FUNCTIONS.map((fn) => [expectedField(level, fn), expectedCount]))
) as Record<ExpectedFieldName, typeof expectedCount>;

function kField(locked: number | undefined) {
	const base = z
		.number({
			error: (issue) =>
				issue.input === undefined || issue.input === null ? 'required' : 'not_a_number'
		})
		.int({ error: 'not_integer' })
		.min(K_LIMITS.min, { error: 'k_too_small' })
		.max(K_LIMITS.max, { error: 'k_too_big' });
	return z.preprocess((value) => numberFromForm(value) ?? locked, base);
}

function modeField(locked: ExecutiveMode | undefined) {
	return z.preprocess(
		(value) => (value === undefined || value === '' ? locked : value),
		z.enum(EXECUTIVE_MODES, {
			error: (issue) => (issue.input === undefined ? 'required' : 'invalid_choice')
		})
	);
}

export interface DiagnosticFormOptions {
	/** Diagnostics this one may follow (earlier ones of the same organisation). */
	previousIds: readonly string[];
	/**
	 * Once a diagnostic has been opened its anonymity inputs are disabled, so browsers do not post
	 * them: the stored values stand in. A posted value that differs is still refused by
	 * `updateDiagnostic` ('anonymity_locked').
	 */
	locked?: { k: number; executiveMode: ExecutiveMode };
}

export interface DiagnosticFormData {
	title: string;
	languages: Locale[];
	context: CompanyContext;
	expected: ExpectedHeadcounts | null;
	k: number;
	executiveMode: ExecutiveMode;
	previousDiagnosticId: string | null;
}

/** The create and settings form: same fields, and the errors are keyed by input name. */
export function diagnosticFormSchema(
	options: DiagnosticFormOptions
): z.ZodType<DiagnosticFormData> {
	const previous = z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((id) => id === '' || options.previousIds.includes(id), { error: 'invalid_choice' })
	);
	const shape = z.object({
		title: z.string({ error: 'required' }).trim().min(1, 'required').max(TITLE_MAX, 'too_long'),
		languages: z.array(z.enum(locales)).min(1, 'language_required'),
		...companyContextSchema.shape,
		...expectedShape,
		k: kField(options.locked?.k),
		executiveMode: modeField(options.locked?.executiveMode),
		previousDiagnosticId: previous
	});
	return z.preprocess(
		(raw) => {
			// Checkboxes post "on" when ticked and nothing otherwise.
			const fields = (raw ?? {}) as Record<string, unknown>;
			return { ...fields, languages: locales.filter((l) => fields[languageField(l)]) };
		},
		shape.transform((data) => ({
			title: data.title,
			languages: data.languages,
			context: {
				headcount: data.headcount,
				revenueModel: data.revenueModel,
				salesMotion: data.salesMotion,
				selfDirectedJourneyPct: data.selfDirectedJourneyPct,
				salesCycle: data.salesCycle,
				segmentCount: data.segmentCount
			},
			expected: expectedFrom(data),
			k: data.k,
			executiveMode: data.executiveMode,
			previousDiagnosticId: data.previousDiagnosticId || null
		}))
	);
}

function expectedFrom(data: Partial<Record<ExpectedFieldName, number>>): ExpectedHeadcounts | null {
	const expected: ExpectedHeadcounts = {};
	let any = false;
	for (const level of LEVELS) {
		for (const fn of JOB_FUNCTIONS) {
			const value = data[expectedField(level, fn)];
			if (typeof value !== 'number') continue;
			(expected[level] ??= {})[fn] = value;
			any = true;
		}
	}
	return any ? expected : null;
}

/** A stored diagnostic as the strings its settings form shows. */
export function diagnosticFormValues(settings: DiagnosticFormData): Record<string, string> {
	const values: Record<string, string> = {
		title: settings.title,
		k: String(settings.k),
		executiveMode: settings.executiveMode,
		previousDiagnosticId: settings.previousDiagnosticId ?? ''
	};
	for (const locale of settings.languages) values[languageField(locale)] = 'on';
	for (const [field, value] of Object.entries(settings.context)) values[field] = String(value);
	for (const level of LEVELS) {
		for (const fn of JOB_FUNCTIONS) {
			const value = settings.expected?.[level]?.[fn];
			if (value !== undefined) values[expectedField(level, fn)] = String(value);
		}
	}
	return values;
}

/** What a new diagnostic's form starts with. */
export function newDiagnosticValues(locale: Locale): Record<string, string> {
	return {
		[languageField(locale)]: 'on',
		k: String(K_LIMITS.default),
		executiveMode: 'standard'
	};
}

export const LIFECYCLE_PAGES = ['overview', 'progress', 'settings'] as const;
export type LifecyclePage = (typeof LIFECYCLE_PAGES)[number];

/** Where to go back after a status change; anything else falls back to the overview. */
export const lifecycleSchema = z.object({
	from: z.enum(LIFECYCLE_PAGES).catch('overview')
});

const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		(value) => (value === undefined || value === '' ? null : value),
		z.enum(values, { error: 'invalid_choice' }).nullable()
	);

export const surveyLinkSchema = z.object({
	label: z.preprocess((value) => value ?? '', z.string().trim().max(LINK_LABEL_MAX, 'too_long')),
	presetLevel: optionalChoice(LEVELS),
	presetFunction: optionalChoice(JOB_FUNCTIONS)
});

export const linkIdSchema = z.object({
	linkId: z.string({ error: 'required' }).regex(/^[0-9a-f]{64}$/, 'invalid')
});

export const MAX_EMAILS_PER_POST = 500;
const EMAIL_MAX = 254;
const emailSchema = z.email();

export interface EmailLineError {
	/** 1-based, as the textarea shows it. */
	line: number;
	value: string;
	code: 'invalid_email';
}

export interface EmailList {
	/** Valid, lower-cased, without duplicates, in the order pasted. */
	emails: string[];
	/** Repeated addresses dropped from the paste. */
	duplicates: number;
	invalid: EmailLineError[];
}

/**
 * `"Doe, Jane" <jane@example.com>` (as mail programs copy a recipient list) → the bare address;
 * quoted names go first because they may hold commas.
 */
function bareAddresses(line: string): string {
	return line.replace(/"[^"]*"/g, ' ').replace(/[^,;<>]*<([^<>\s]+)>/g, ' $1 ');
}

/**
 * A pasted list of addresses: separated by new lines, commas, semicolons or spaces, with or
 * without names. Each bad entry is reported with its line so that it can be found in a long paste.
 */
export function parseEmailList(text: string): EmailList {
	const emails: string[] = [];
	const seen = new Set<string>();
	const invalid: EmailLineError[] = [];
	let duplicates = 0;
	text.split(/\r\n|\r|\n/).forEach((line, index) => {
		for (const entry of bareAddresses(line).split(/[,;\s]+/)) {
			if (entry === '') continue;
			const email = entry.toLowerCase();
			if (email.length > EMAIL_MAX || !emailSchema.safeParse(email).success) {
				invalid.push({ line: index + 1, value: entry.slice(0, 100), code: 'invalid_email' });
			} else if (seen.has(email)) {
				duplicates += 1;
			} else {
				seen.add(email);
				emails.push(email);
			}
		}
	});
	return { emails, duplicates, invalid };
}

export const invitationSchema = z.object({
	emails: z.string({ error: 'required' }).max(100_000, 'too_long'),
	language: z.enum(locales, { error: 'invalid_choice' })
});

export const reminderSchema = z.object({
	language: z.enum(locales, { error: 'invalid_choice' })
});
