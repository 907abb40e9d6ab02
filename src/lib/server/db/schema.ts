import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { PlanReason } from '../../domain/action-plan';
import type { Report } from '../../domain/report';
import type { CompanyContext } from '../../domain/company-context';
import type { ExpectedHeadcounts } from '../../domain/headcounts';
import { allItemIds, JOB_FUNCTIONS, LEVELS, type ItemId } from '../../domain/instrument';
import { planStatuses } from '../../domain/plan-status';
import { roles } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	locale: text('locale'),
	createdAt: createdAt()
});

/** The id is the SHA-256 of the session token: the token itself is never stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(table) => [index('sessions_user_id_idx').on(table.userId)]
);

export const organisations = pgTable(
	'organisations',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		/**
		 * Months after a diagnostic closes when its raw answers and comments are deleted (its
		 * report is kept, frozen); null keeps them.
		 */
		retentionMonths: smallint('retention_months'),
		createdAt: createdAt()
	},
	(table) => [
		check(
			'organisations_retention_months_range',
			sql`${table.retentionMonths} is null or ${table.retentionMonths} between 1 and 120`
		)
	]
);

export const memberships = pgTable(
	'memberships',
	{
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: roles }).notNull(),
		createdAt: createdAt()
	},
	(table) => [
		primaryKey({ columns: [table.organisationId, table.userId] }),
		index('memberships_user_id_idx').on(table.userId)
	]
);

/** The id is the SHA-256 of the invitation token. */
export const memberInvites = pgTable(
	'member_invites',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role', { enum: roles }).notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		used: boolean('used').notNull().default(false),
		createdAt: createdAt()
	},
	(table) => [index('member_invites_organisation_id_idx').on(table.organisationId)]
);

/** Fixed-window counters shared by every app instance. */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	count: integer('count').notNull(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull()
});

export const diagnosticStatuses = ['draft', 'open', 'closed'] as const;
export type DiagnosticStatus = (typeof diagnosticStatuses)[number];

export const executiveModes = ['standard', 'pool', 'k3'] as const;
/**
 * How a small executive group is protected: `standard` uses k for executives too (senior
 * managers count as frontline); `pool` reports executives together with senior managers;
 * `k3` reports executives from 3 answers, which their survey page discloses.
 */
export type ExecutiveMode = (typeof executiveModes)[number];

export const diagnostics = pgTable(
	'diagnostics',
	{
		id: text('id').primaryKey(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		languages: jsonb('languages').$type<Locale[]>().notNull(),
		context: jsonb('context').$type<CompanyContext>().notNull(),
		/** Expected headcounts per level × function, to compute response rates; optional. */
		expected: jsonb('expected').$type<ExpectedHeadcounts | null>(),
		k: smallint('k').notNull().default(5),
		executiveMode: text('executive_mode', { enum: executiveModes }).notNull().default('standard'),
		status: text('status', { enum: diagnosticStatuses }).notNull().default('draft'),
		instrumentVersion: text('instrument_version').notNull(),
		previousDiagnosticId: text('previous_diagnostic_id').references(
			(): AnyPgColumn => diagnostics.id,
			{ onDelete: 'set null' }
		),
		createdAt: createdAt(),
		openedAt: timestamp('opened_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** When the retention setting deleted the raw answers; the report is then `reportArchives`. */
		rawAnswersDeletedAt: timestamp('raw_answers_deleted_at', { withTimezone: true })
	},
	(table) => [
		index('diagnostics_organisation_id_idx').on(table.organisationId),
		check('diagnostics_k_min', sql`${table.k} >= 3`)
	]
);

/** A shareable survey link. The id is the SHA-256 of the token in the link. */
export const surveyLinks = pgTable(
	'survey_links',
	{
		id: text('id').primaryKey(),
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		/** A preset audience: respondents of this link do not choose it themselves. */
		presetLevel: text('preset_level', { enum: LEVELS }),
		presetFunction: text('preset_function', { enum: JOB_FUNCTIONS }),
		label: text('label').notNull(),
		revoked: boolean('revoked').notNull().default(false),
		createdAt: createdAt()
	},
	(table) => [index('survey_links_diagnostic_id_idx').on(table.diagnosticId)]
);

/**
 * A personal invitation, kept only to send reminders. It records that it was used, never when
 * and never which response: nothing in `responses` points back to it.
 */
export const surveyInvitations = pgTable(
	'survey_invitations',
	{
		id: text('id').primaryKey(),
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		answered: boolean('answered').notNull().default(false)
	},
	(table) => [
		index('survey_invitations_diagnostic_id_idx').on(table.diagnosticId),
		uniqueIndex('survey_invitations_diagnostic_email_idx').on(table.diagnosticId, table.email)
	]
);

/** `trust.1` → `trust_1`: the response column of an item. */
export type ItemColumn<Id extends string> = Id extends `${infer Head}.${infer Tail}`
	? `${Head}_${Tail}`
	: never;
export function itemColumn<Id extends ItemId>(id: Id): ItemColumn<Id> {
	return id.replace('.', '_') as ItemColumn<Id>;
}

const answerColumns = Object.fromEntries(
	allItemIds.map((id) => [itemColumn(id), smallint(itemColumn(id))])
) as { [Id in ItemId as ItemColumn<Id>]: ReturnType<typeof smallint<ItemColumn<Id>>> };

/**
 * One anonymous response. By design it holds no account, address, browser, token, invitation
 * or person reference, a random id, and the date at day precision.
 */
export const responses = pgTable(
	'responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		submittedOn: date('submitted_on').notNull(),
		level: text('level', { enum: LEVELS }).notNull(),
		function: text('function', { enum: JOB_FUNCTIONS }).notNull(),
		source: text('source', { enum: ['online', 'import'] }).notNull(),
		...answerColumns
	},
	(table) => [index('responses_diagnostic_id_idx').on(table.diagnosticId)]
);

/** Comments live apart from answers, with only the group of their author, so they cannot be joined back. */
export const responseComments = pgTable(
	'response_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		level: text('level', { enum: LEVELS }).notNull(),
		function: text('function', { enum: JOB_FUNCTIONS }).notNull(),
		body: text('body').notNull()
	},
	(table) => [index('response_comments_diagnostic_id_idx').on(table.diagnosticId)]
);

/**
 * Idempotency keys of accepted submissions, in their own table so that a key (which the
 * respondent's browser knows) can never be used to find an answer.
 */
export const submissionReceipts = pgTable(
	'submission_receipts',
	{
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		keyHash: text('key_hash').notNull()
	},
	(table) => [primaryKey({ columns: [table.diagnosticId, table.keyHash] })]
);

/**
 * The diagnostic's action plan as the team edits it: actions from the library (with the finding
 * they answer, as generated) or custom ones, in the order the team chose.
 */
export const planItems = pgTable(
	'plan_items',
	{
		id: text('id').primaryKey(),
		diagnosticId: text('diagnostic_id')
			.notNull()
			.references(() => diagnostics.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** An action of the library, or null for a custom action. */
		actionId: text('action_id'),
		customTitle: text('custom_title'),
		customDescription: text('custom_description'),
		/** The finding the generated action answers (`PlanReason`); null for custom actions. */
		reason: jsonb('reason').$type<PlanReason | null>(),
		owner: text('owner').notNull().default(''),
		dueOn: date('due_on'),
		status: text('status', { enum: planStatuses }).notNull().default('todo'),
		notes: text('notes').notNull().default(''),
		createdAt: createdAt()
	},
	(table) => [index('plan_items_diagnostic_id_idx').on(table.diagnosticId, table.position)]
);

/**
 * The report of a diagnostic whose raw answers were deleted under the retention setting: the
 * suppressed report exactly as it was served just before, so it keeps working without answers.
 */
export const reportArchives = pgTable('report_archives', {
	diagnosticId: text('diagnostic_id')
		.primaryKey()
		.references(() => diagnostics.id, { onDelete: 'cascade' }),
	report: jsonb('report').$type<Report>().notNull(),
	archivedAt: timestamp('archived_at', { withTimezone: true }).notNull()
});
