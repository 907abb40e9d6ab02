import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHidden } from '../../src/lib/domain/report';
import { memberships, organisations, users } from '../../src/lib/server/db/schema';
import {
	DEMO_CONSULTANT,
	DEMO_FIRST_WAVE_COUNT,
	DEMO_FOLLOW_UP_COUNT,
	DEMO_ORGANISATION_NAME,
	DEMO_OWNER,
	DEMO_PASSWORD,
	seedDemo,
	type DemoSummary
} from '../../src/lib/server/demo';
import { findDiagnostic, listDiagnostics } from '../../src/lib/server/diagnostics';
import { listPlanItems } from '../../src/lib/server/plans';
import { loadReport } from '../../src/lib/server/reports';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';

describe.each(databaseKinds())('demo organisation on %s', (kind) => {
	let database: TestDatabase;
	let summary: DemoSummary;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		summary = await seedDemo(database.db, new Date('2026-01-15T10:00:00Z'));
	});
	afterAll(() => database.destroy());

	it('creates the organisation, its two closed waves and both accounts', async () => {
		const list = await listDiagnostics(database.db, summary.organisationId);
		expect(list).toHaveLength(2);
		const first = list.find((d) => d.id === summary.firstWave.id)!;
		const followUp = list.find((d) => d.id === summary.followUp.id)!;
		expect(first).toMatchObject({ status: 'closed', responseCount: DEMO_FIRST_WAVE_COUNT });
		expect(followUp).toMatchObject({
			status: 'closed',
			responseCount: DEMO_FOLLOW_UP_COUNT,
			previousDiagnosticId: first.id
		});
		const roles = await database.db
			.select({ email: users.email, role: memberships.role })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(eq(memberships.organisationId, summary.organisationId));
		expect(roles).toHaveLength(2);
		expect(roles).toEqual(
			expect.arrayContaining([
				{ email: DEMO_OWNER.email, role: 'owner' },
				{ email: DEMO_CONSULTANT.email, role: 'consultant' }
			])
		);
	});

	it('reports executives far more positive than frontline, and some progress in wave 2', async () => {
		const first = (await findDiagnostic(
			database.db,
			summary.organisationId,
			summary.firstWave.id
		))!;
		const report = await loadReport(database.db, first);
		const exec = report.alignmentIndex.groups.executive;
		const front = report.alignmentIndex.groups.frontline;
		if (isHidden(exec) || isHidden(front)) throw new Error('levels hidden');
		expect(exec.mean! - front.mean!).toBeGreaterThan(15);
		const overallExec = report.overall.groups.executive;
		const overallFront = report.overall.groups.frontline;
		if (isHidden(overallExec) || isHidden(overallFront)) throw new Error('overall hidden');
		expect(overallExec.aligned!).toBeGreaterThan(0.65);
		expect(overallFront.aligned!).toBeLessThan(0.5);
		expect(isHidden(report.comments.pooled)).toBe(false);

		const second = (await findDiagnostic(
			database.db,
			summary.organisationId,
			summary.followUp.id
		))!;
		const next = await loadReport(database.db, second);
		const nextFront = next.alignmentIndex.groups.frontline;
		if (isHidden(nextFront)) throw new Error('frontline hidden');
		expect(nextFront.mean!).toBeGreaterThan(front.mean!);
	});

	it('stores the action plan, partly edited', async () => {
		const items = await listPlanItems(database.db, summary.firstWave.id);
		expect(items.length).toBe(summary.planItems);
		expect(items.length).toBeGreaterThanOrEqual(5);
		const statuses = new Set(items.map((i) => i.status));
		expect(statuses).toEqual(new Set(['done', 'in_progress', 'todo', 'dropped']));
		expect(items.some((i) => i.owner === 'CMO')).toBe(true);
		expect(items.some((i) => i.customTitle !== null)).toBe(true);
	});

	it('can run again: the demo is replaced, not duplicated, and the password still works', async () => {
		const again = await seedDemo(database.db, new Date('2026-01-16T10:00:00Z'));
		expect(again.organisationId).not.toBe(summary.organisationId);
		expect(again.ownerId).toBe(summary.ownerId);
		expect(again.consultantId).toBe(summary.consultantId);
		const named = await database.db
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.name, DEMO_ORGANISATION_NAME));
		expect(named).toEqual([{ id: again.organisationId }]);
		const accounts = await database.db.select({ email: users.email }).from(users);
		expect(accounts.map((a) => a.email).sort()).toEqual(
			[DEMO_CONSULTANT.email, DEMO_OWNER.email].sort()
		);
		const [owner] = await database.db.select().from(users).where(eq(users.id, again.ownerId));
		expect(await verifyPassword(owner!.passwordHash, DEMO_PASSWORD)).toBe(true);
		expect(await listDiagnostics(database.db, again.organisationId)).toHaveLength(2);
		summary = again;
	});
});
