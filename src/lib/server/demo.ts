/**
 * The demo organisation of `npm run demo`: an owner and a consultant account, "Demo — Northwind
 * Industrial" with a closed first diagnostic (about 150 responses, executives far rosier than
 * frontline), its action plan generated and partly edited, and a closed follow-up wave (about 120
 * responses, some improvement). Built with the app's own server functions.
 *
 * Running it again is safe: the accounts are kept (their passwords reset to the printed one) and
 * the demo owner's organisation(s) named `DEMO_ORGANISATION_NAME` are deleted and recreated.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { demoAnswers } from '$lib/demo/answers';
import type { CompanyContext } from '$lib/domain/company-context';
import type { ExpectedHeadcounts } from '$lib/domain/headcounts';
import type { ResponseAnswers } from '$lib/domain/instrument';
import { hashPassword } from './auth/password';
import type { Database } from './db/client';
import { memberships, organisations, responseComments, responses } from './db/schema';
import { changeStatus, createDiagnostic, type Diagnostic } from './diagnostics';
import { acceptMemberInvite, createMemberInvite, createOrganisation } from './organisations';
import { addCustomPlanItem, listPlanItems, savePlanOnce, updatePlanItem } from './plans';
import { loadReport } from './reports';
import { responseRow } from './responses';
import { createUser, findUserByEmail, updatePasswordHash, type User } from './users';

export const DEMO_PASSWORD = 'northwind-demo';
export const DEMO_OWNER = { email: 'demo@accord.example', name: 'Claire Martin (CMO, demo)' };
export const DEMO_CONSULTANT = {
	email: 'consultant@accord.example',
	name: 'Hugo Bernard (consultant, demo)'
};
export const DEMO_ORGANISATION_NAME = 'Demo — Northwind Industrial';
export const DEMO_FIRST_WAVE_COUNT = 150;
export const DEMO_FOLLOW_UP_COUNT = 120;

const DAY = 24 * 60 * 60 * 1000;

const context: CompanyContext = {
	headcount: 180,
	revenueModel: 'mixed',
	salesMotion: 'field',
	selfDirectedJourneyPct: 55,
	salesCycle: '3_to_6_months',
	segmentCount: 4
};

const expected: ExpectedHeadcounts = {
	executive: { sales: 14, marketing: 11, other: 5 },
	senior_manager: { sales: 12, marketing: 8, other: 4 },
	frontline: { sales: 62, marketing: 48, other: 16 }
};

export interface DemoSummary {
	organisationId: string;
	ownerId: string;
	consultantId: string;
	firstWave: { id: string; responses: number };
	followUp: { id: string; responses: number };
	planItems: number;
}

/** Finds the account or creates it, and (re)sets its password to `DEMO_PASSWORD`. */
async function demoUser(db: Database, input: { email: string; name: string }): Promise<User> {
	const created = await createUser(db, { ...input, password: DEMO_PASSWORD, locale: 'en' });
	if (created) return created;
	const existing = await findUserByEmail(db, input.email);
	if (!existing) throw new Error(`could not create or find ${input.email}`);
	await updatePasswordHash(db, existing.id, await hashPassword(DEMO_PASSWORD));
	return existing;
}

/** Deletes the demo organisations the demo owner owns (everything in them cascades). */
async function removePreviousDemo(db: Database, ownerId: string): Promise<number> {
	const owned = await db
		.select({ id: organisations.id })
		.from(organisations)
		.innerJoin(memberships, eq(memberships.organisationId, organisations.id))
		.where(
			and(
				eq(memberships.userId, ownerId),
				eq(memberships.role, 'owner'),
				eq(organisations.name, DEMO_ORGANISATION_NAME)
			)
		);
	if (owned.length === 0) return 0;
	await db.delete(organisations).where(
		inArray(
			organisations.id,
			owned.map((o) => o.id)
		)
	);
	return owned.length;
}

/** Bulk insert the way the app stores answers: one row each, comments apart, spread over days. */
async function insertDemoResponses(
	db: Database,
	diagnosticId: string,
	list: readonly ResponseAnswers[],
	openedAt: Date,
	days: number
): Promise<void> {
	const dayOf = (index: number) =>
		new Date(openedAt.getTime() + Math.floor((index * days) / list.length) * DAY);
	await db
		.insert(responses)
		.values(list.map((answers, i) => responseRow(diagnosticId, answers, 'online', dayOf(i))));
	const comments = list.filter((a) => a.comment);
	if (comments.length > 0) {
		await db.insert(responseComments).values(
			comments.map((a) => ({
				diagnosticId,
				level: a.level,
				function: a.function,
				body: a.comment as string
			}))
		);
	}
}

async function closedDiagnostic(
	db: Database,
	organisationId: string,
	input: {
		title: string;
		previousDiagnosticId: string | null;
		answers: readonly ResponseAnswers[];
		openedAt: Date;
		days: number;
	}
): Promise<Diagnostic> {
	const diagnostic = await createDiagnostic(db, organisationId, {
		title: input.title,
		languages: ['fr', 'en'],
		context,
		expected,
		k: 5,
		executiveMode: 'standard',
		previousDiagnosticId: input.previousDiagnosticId
	});
	if (!(await changeStatus(db, organisationId, diagnostic.id, 'open', input.openedAt))) {
		throw new Error('could not open the demo diagnostic');
	}
	await insertDemoResponses(db, diagnostic.id, input.answers, input.openedAt, input.days);
	const closedAt = new Date(input.openedAt.getTime() + input.days * DAY);
	if (!(await changeStatus(db, organisationId, diagnostic.id, 'close', closedAt))) {
		throw new Error('could not close the demo diagnostic');
	}
	return { ...diagnostic, status: 'closed', openedAt: input.openedAt, closedAt };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Seeds (or re-seeds) the demo organisation; the database must be migrated. */
export async function seedDemo(db: Database, now = new Date()): Promise<DemoSummary> {
	const owner = await demoUser(db, DEMO_OWNER);
	const consultant = await demoUser(db, DEMO_CONSULTANT);
	await removePreviousDemo(db, owner.id);

	const organisation = await createOrganisation(db, owner.id, DEMO_ORGANISATION_NAME);
	const token = await createMemberInvite(
		db,
		{ organisationId: organisation.id, role: 'consultant', createdBy: owner.id },
		now
	);
	const accepted = await acceptMemberInvite(db, token, consultant.id, now);
	if (!accepted.ok) throw new Error('could not add the demo consultant');

	const firstAnswers = demoAnswers({ count: DEMO_FIRST_WAVE_COUNT, seed: 2025 });
	const first = await closedDiagnostic(db, organisation.id, {
		title: 'Sales–marketing alignment — wave 1',
		previousDiagnosticId: null,
		answers: firstAnswers,
		openedAt: new Date(now.getTime() - 200 * DAY),
		days: 21
	});

	const report = await loadReport(db, first, { now: first.closedAt ?? now });
	await savePlanOnce(db, first.id, report.actionPlan);
	const items = await listPlanItems(db, first.id);
	const edits = [
		{
			owner: 'Head of sales + Head of marketing',
			status: 'done',
			dueOn: -120,
			notes: 'Agreed in the joint workshop; signed by both leadership teams.'
		},
		{
			owner: 'Marketing operations',
			status: 'in_progress',
			dueOn: 20,
			notes: 'Premier tableau de bord commun livré, reste la boucle de retour sur les leads.'
		},
		{ owner: 'CMO', status: 'in_progress', dueOn: 45, notes: '' },
		{ owner: 'Sales enablement', status: 'todo', dueOn: 90, notes: '' },
		{ owner: '', status: 'dropped', dueOn: null, notes: 'Not a priority this year.' }
	] as const;
	for (const [index, edit] of edits.entries()) {
		const item = items[index];
		if (!item) break;
		await updatePlanItem(db, first.id, item.id, {
			owner: edit.owner,
			status: edit.status,
			dueOn: edit.dueOn === null ? null : isoDay(new Date(now.getTime() + edit.dueOn * DAY)),
			notes: edit.notes
		});
	}
	await addCustomPlanItem(db, first.id, {
		title: 'Monthly joint pipeline review',
		description: 'Sales and marketing managers review the pipeline and lead quality together.',
		owner: 'VP Sales',
		dueOn: isoDay(new Date(now.getTime() + 30 * DAY))
	});

	const followUpAnswers = demoAnswers({
		count: DEMO_FOLLOW_UP_COUNT,
		seed: 2026,
		improvement: 0.6
	});
	const followUp = await closedDiagnostic(db, organisation.id, {
		title: 'Sales–marketing alignment — wave 2 (follow-up)',
		previousDiagnosticId: first.id,
		answers: followUpAnswers,
		openedAt: new Date(now.getTime() - 25 * DAY),
		days: 18
	});

	return {
		organisationId: organisation.id,
		ownerId: owner.id,
		consultantId: consultant.id,
		firstWave: { id: first.id, responses: firstAnswers.length },
		followUp: { id: followUp.id, responses: followUpAnswers.length },
		planItems: (await listPlanItems(db, first.id)).length
	};
}

/**
 * PGlite is single-process: another process using `folder` would corrupt it. Returns the ids of
 * the processes (other than this one) with a file open in the folder, read from /proc; `null`
 * where /proc is not available (not Linux).
 */
export function processesUsingFolder(folder: string): number[] | null {
	if (!existsSync('/proc/self/fd')) return null;
	const prefix = folder.endsWith(sep) ? folder : folder + sep;
	const holders: number[] = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid) || pid === process.pid) continue;
		let fds: string[];
		try {
			fds = readdirSync(join('/proc', entry, 'fd'));
		} catch {
			continue; // another user's process, or gone
		}
		for (const fd of fds) {
			let target = '';
			try {
				target = readlinkSync(join('/proc', entry, 'fd', fd));
			} catch {
				continue;
			}
			if (target === folder || target.startsWith(prefix)) {
				holders.push(pid);
				break;
			}
		}
	}
	return holders;
}

/**
 * Why the PGlite folder must not be opened now, or null when it is free. PGlite writes
 * `postmaster.pid` while open and removes it on a clean close; on Linux, the open files tell a
 * running app from a stale file left by a crash.
 */
export function pgliteFolderBusy(folder: string): string | null {
	const holders = processesUsingFolder(folder);
	if (holders && holders.length > 0) return `in use by process ${holders.join(', ')}`;
	if (holders === null && existsSync(join(folder, 'postmaster.pid'))) {
		return 'marked as open (postmaster.pid present)';
	}
	return null;
}
