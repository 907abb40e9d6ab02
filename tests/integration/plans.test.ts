import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemById } from '../../src/lib/domain/instrument';
import { compareWaves } from '../../src/lib/domain/waves';
import { createDiagnostic, type Diagnostic } from '../../src/lib/server/diagnostics';
import {
	addCustomPlanItem,
	listPlanItems,
	movePlanItem,
	planActionIds,
	savePlanOnce,
	updatePlanItem
} from '../../src/lib/server/plans';
import { loadReport } from '../../src/lib/server/reports';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/databases';
import { answersFor, createDiagnosticFixture, sampleContext } from '../helpers/fixtures';
import { insertResponses, seeded } from '../unit/report/generators';

/** Answers that make every dimension low (or high): reverse-worded items answered the other way. */
function wave(count: number, good: boolean, random: () => number) {
	return Array.from({ length: count }, (_, index) =>
		answersFor(
			index % 2 ? 'executive' : 'frontline',
			index % 3 ? 'sales' : 'marketing',
			(allowed, id) => {
				const item = itemById(id)!;
				const high = allowed.length - Math.floor(random() * 2);
				const low = 1 + Math.floor(random() * 2);
				return good !== item.reverse ? high : low;
			}
		)
	);
}

describe.each(databaseKinds())('action plans on %s', (kind) => {
	let database: TestDatabase;
	let diagnostic: Diagnostic;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		diagnostic = (await createDiagnosticFixture(database.db)).diagnostic;
	});
	afterAll(() => database.destroy());

	it('stores the generated plan once, even when asked twice at the same time', async () => {
		const report = await loadReport(database.db, diagnostic);
		expect(report.actionPlan.items.length).toBeGreaterThanOrEqual(6);
		const results = await Promise.all([
			savePlanOnce(database.db, diagnostic.id, report.actionPlan),
			savePlanOnce(database.db, diagnostic.id, report.actionPlan)
		]);
		expect(results.filter(Boolean)).toHaveLength(1);
		const items = await listPlanItems(database.db, diagnostic.id);
		expect(items.map((i) => i.actionId)).toEqual(report.actionPlan.items.map((i) => i.actionId));
		expect(items.every((i) => i.reason !== null && i.status === 'todo')).toBe(true);
	});

	it('edits, reorders and extends the plan', async () => {
		const [first, second] = await listPlanItems(database.db, diagnostic.id);
		expect(
			await updatePlanItem(database.db, diagnostic.id, first!.id, {
				owner: 'Head of sales',
				dueOn: '2027-03-31',
				status: 'in_progress',
				notes: 'Kick-off on Monday'
			})
		).toBe(true);
		expect(await movePlanItem(database.db, diagnostic.id, first!.id, 'down')).toBe(true);
		expect(await movePlanItem(database.db, diagnostic.id, second!.id, 'up')).toBe(false);
		const id = await addCustomPlanItem(database.db, diagnostic.id, {
			title: 'Quarterly joint offsite',
			description: '',
			owner: 'CMO',
			dueOn: null
		});
		const items = await listPlanItems(database.db, diagnostic.id);
		expect(items[0]!.id).toBe(second!.id);
		expect(items[1]).toMatchObject({
			id: first!.id,
			owner: 'Head of sales',
			dueOn: '2027-03-31',
			status: 'in_progress',
			notes: 'Kick-off on Monday'
		});
		expect(items.at(-1)).toMatchObject({
			id,
			customTitle: 'Quarterly joint offsite',
			actionId: null
		});
		expect(new Set(items.map((i) => i.position)).size).toBe(items.length);
	});

	it('never edits an item through another diagnostic', async () => {
		const other = (await createDiagnosticFixture(database.db)).diagnostic;
		const [item] = await listPlanItems(database.db, diagnostic.id);
		const changes = { owner: 'Intruder', dueOn: null, status: 'dropped' as const, notes: '' };
		expect(await updatePlanItem(database.db, other.id, item!.id, changes)).toBe(false);
		expect((await listPlanItems(database.db, diagnostic.id))[0]!.owner).not.toBe('Intruder');
	});

	it('shows in the next wave which dimensions and actions moved', async () => {
		const { organisationId, diagnostic: earlier } = await createDiagnosticFixture(database.db);
		const random = seeded(7);
		await insertResponses(database.db, earlier.id, wave(40, false, random));
		await savePlanOnce(
			database.db,
			earlier.id,
			(await loadReport(database.db, earlier)).actionPlan
		);
		const later = await createDiagnostic(database.db, organisationId, {
			title: 'Wave 2',
			languages: ['en'],
			context: sampleContext,
			expected: null,
			k: 5,
			executiveMode: 'standard',
			previousDiagnosticId: earlier.id
		});
		expect(later.previousDiagnosticId).toBe(earlier.id);
		await insertResponses(database.db, later.id, wave(40, true, random));
		const comparison = compareWaves(
			await loadReport(database.db, earlier),
			await loadReport(database.db, later),
			await planActionIds(database.db, earlier.id)
		);
		for (const change of comparison.dimensions) {
			expect(change.later! - change.earlier!).toBeCloseTo(change.change!.difference, 9);
			expect(change.change!.ci95!.lower).toBeGreaterThan(0);
		}
		expect(comparison.actions.length).toBeGreaterThanOrEqual(6);
		expect(comparison.actions.some((a) => a.verdict === 'improved')).toBe(true);
		expect(comparison.actions.filter((a) => a.verdict === 'worsened')).toEqual([]);
	});
});
