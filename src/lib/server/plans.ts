import { and, asc, eq, max } from 'drizzle-orm';
import type { ActionPlan } from '$lib/domain/action-plan';
import { generateId } from './auth/tokens';
import type { Database } from './db/client';
import type { PlanStatus } from '$lib/domain/plan-status';
import { diagnostics, planItems } from './db/schema';

export type PlanItemRow = typeof planItems.$inferSelect;

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Serialises changes to one diagnostic's plan by locking the diagnostic row until commit. */
async function lockPlan(tx: Transaction, diagnosticId: string): Promise<void> {
	await tx
		.select({ id: diagnostics.id })
		.from(diagnostics)
		.where(eq(diagnostics.id, diagnosticId))
		.for('update');
}

export async function listPlanItems(db: Database, diagnosticId: string): Promise<PlanItemRow[]> {
	return db
		.select()
		.from(planItems)
		.where(eq(planItems.diagnosticId, diagnosticId))
		.orderBy(asc(planItems.position));
}

/**
 * Stores the generated plan as the diagnostic's editable plan, unless it already has one: two
 * people pressing "generate" together get one plan (the diagnostic row is locked meanwhile).
 */
export async function savePlanOnce(
	db: Database,
	diagnosticId: string,
	plan: ActionPlan
): Promise<boolean> {
	return db.transaction(async (tx) => {
		await lockPlan(tx, diagnosticId);
		const [existing] = await tx
			.select({ id: planItems.id })
			.from(planItems)
			.where(eq(planItems.diagnosticId, diagnosticId))
			.limit(1);
		if (existing || plan.items.length === 0) return false;
		await tx.insert(planItems).values(
			plan.items.map((item, index) => ({
				id: generateId(),
				diagnosticId,
				position: index + 1,
				actionId: item.actionId,
				reason: item.reason
			}))
		);
		return true;
	});
}

export interface PlanItemChanges {
	owner: string;
	dueOn: string | null;
	status: PlanStatus;
	notes: string;
}

export async function updatePlanItem(
	db: Database,
	diagnosticId: string,
	itemId: string,
	changes: PlanItemChanges
): Promise<boolean> {
	const updated = await db
		.update(planItems)
		.set(changes)
		.where(and(eq(planItems.id, itemId), eq(planItems.diagnosticId, diagnosticId)))
		.returning({ id: planItems.id });
	return updated.length === 1;
}

/** Swaps an item with its neighbour above or below; false when it is already at that end. */
export async function movePlanItem(
	db: Database,
	diagnosticId: string,
	itemId: string,
	direction: 'up' | 'down'
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const items = await tx
			.select({ id: planItems.id, position: planItems.position })
			.from(planItems)
			.where(eq(planItems.diagnosticId, diagnosticId))
			.orderBy(asc(planItems.position))
			.for('update');
		const index = items.findIndex((item) => item.id === itemId);
		const neighbour = items[direction === 'up' ? index - 1 : index + 1];
		const item = items[index];
		if (!item || !neighbour) return false;
		await tx
			.update(planItems)
			.set({ position: neighbour.position })
			.where(eq(planItems.id, item.id));
		await tx
			.update(planItems)
			.set({ position: item.position })
			.where(eq(planItems.id, neighbour.id));
		return true;
	});
}

export interface CustomAction {
	title: string;
	description: string;
	owner: string;
	dueOn: string | null;
}

/** Adds an action the team wrote itself, at the end of the plan. */
export async function addCustomPlanItem(
	db: Database,
	diagnosticId: string,
	action: CustomAction
): Promise<string> {
	return db.transaction(async (tx) => {
		await lockPlan(tx, diagnosticId);
		const [last] = await tx
			.select({ position: max(planItems.position) })
			.from(planItems)
			.where(eq(planItems.diagnosticId, diagnosticId));
		const id = generateId();
		await tx.insert(planItems).values({
			id,
			diagnosticId,
			position: (last?.position ?? 0) + 1,
			customTitle: action.title,
			customDescription: action.description,
			owner: action.owner,
			dueOn: action.dueOn
		});
		return id;
	});
}

/** The library actions of a diagnostic's plan, in plan order (for the next wave's follow-up). */
export async function planActionIds(db: Database, diagnosticId: string): Promise<string[]> {
	const items = await listPlanItems(db, diagnosticId);
	return items.flatMap((item) => (item.actionId ? [item.actionId] : []));
}
