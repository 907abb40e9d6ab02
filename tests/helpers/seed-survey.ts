import type { JobFunction, Level } from '../../src/lib/domain/instrument';
import type { Locale } from '../../src/lib/i18n/locales';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { changeStatus, createDiagnostic } from '../../src/lib/server/diagnostics';
import type { Database } from '../../src/lib/server/db/client';
import { rateLimits, type ExecutiveMode } from '../../src/lib/server/db/schema';
import { createOrganisation } from '../../src/lib/server/organisations';
import {
	createInvitations,
	createSurveyLink,
	revokeSurveyLink
} from '../../src/lib/server/survey-access';
import { createUser } from '../../src/lib/server/users';
import { sampleContext } from './fixtures';
import type { DatabaseKind } from './databases';
import { startApp, type RunningApp } from './server';

/** A diagnostic to create before the app starts, with the ways into its survey. */
export interface DiagnosticPlan {
	status?: 'draft' | 'open' | 'closed';
	languages?: readonly Locale[];
	k?: number;
	executiveMode?: ExecutiveMode;
	/** Survey links by name; a preset audience skips the profile questions it fixes. */
	links?: Record<string, { presetLevel?: Level; presetFunction?: JobFunction; revoked?: boolean }>;
	invitations?: readonly string[];
	/** Uses up the submission allowance of the current minute, to meet the 429. */
	submissionsExhausted?: boolean;
}

export interface SeededDiagnostic {
	id: string;
	/** Link tokens by name (the secret part of /s/<token>). */
	links: Record<string, string>;
	/** Invitation tokens by email address. */
	invitations: Record<string, string>;
}

let counter = 0;

async function createPlanned(db: Database, plan: DiagnosticPlan): Promise<SeededDiagnostic> {
	counter += 1;
	const owner = await createUser(db, {
		email: `survey-owner${counter}.${Date.now().toString(36)}@example.com`,
		name: `Survey Owner ${counter}`,
		password: 'a long enough password',
		locale: 'en'
	});
	if (!owner) throw new Error('could not create the owner');
	const organisation = await createOrganisation(db, owner.id, `Survey Org ${counter}`);
	const diagnostic = await createDiagnostic(db, organisation.id, {
		title: `Alignment ${counter}`,
		languages: [...(plan.languages ?? ['en', 'fr'])],
		context: sampleContext,
		expected: null,
		k: plan.k ?? 5,
		executiveMode: plan.executiveMode ?? 'standard',
		previousDiagnosticId: null
	});
	const status = plan.status ?? 'open';
	if (status !== 'draft') await changeStatus(db, organisation.id, diagnostic.id, 'open');
	if (status === 'closed') await changeStatus(db, organisation.id, diagnostic.id, 'close');
	const links: Record<string, string> = {};
	for (const [name, link] of Object.entries(plan.links ?? { main: {} })) {
		const token = await createSurveyLink(db, diagnostic.id, {
			label: name,
			presetLevel: link.presetLevel ?? null,
			presetFunction: link.presetFunction ?? null
		});
		// A link's id is the hash of its token.
		if (link.revoked) await revokeSurveyLink(db, diagnostic.id, hashToken(token));
		links[name] = token;
	}
	const invitations = Object.fromEntries(
		(await createInvitations(db, diagnostic.id, plan.invitations ?? [])).map((i) => [
			i.email,
			i.token
		])
	);
	if (plan.submissionsExhausted) {
		await db
			.insert(rateLimits)
			.values({ key: `submit:${diagnostic.id}`, count: 600, windowStart: new Date() });
	}
	return { id: diagnostic.id, links, invitations };
}

/**
 * Starts the production build on a fresh database holding the planned diagnostics (created
 * through the app's own server functions before it starts), and returns their tokens.
 */
export async function startSurveyApp<Name extends string>(
	kind: DatabaseKind,
	plans: Record<Name, DiagnosticPlan>,
	env: Record<string, string> = {}
): Promise<{ app: RunningApp; diagnostics: Record<Name, SeededDiagnostic> }> {
	const diagnostics = {} as Record<Name, SeededDiagnostic>;
	const app = await startApp(kind, env, {
		async seed(db) {
			for (const [name, plan] of Object.entries(plans) as [Name, DiagnosticPlan][]) {
				diagnostics[name] = await createPlanned(db, plan);
			}
		}
	});
	return { app, diagnostics };
}
