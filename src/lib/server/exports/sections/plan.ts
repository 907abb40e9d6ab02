/**
 * The first actions of the plan: the stored (edited) plan when there is one, else the plan the
 * report proposes. Owner: the name typed in the plan, else the action's owner role.
 */
import { getAction, HORIZON_LABELS, OWNER_ROLE_LABELS } from '$lib/domain/actions';
import type { PlanStatus } from '$lib/domain/plan-status';
import type { Report } from '$lib/domain/report/types';
import type { Section } from '../document';
import type { Writer } from '../text';

/** What the export needs of a stored plan item. */
export interface StoredPlanItem {
	readonly actionId: string | null;
	readonly customTitle: string | null;
	readonly owner: string;
	/** ISO date (YYYY-MM-DD) or null. */
	readonly dueOn: string | null;
	readonly status: PlanStatus;
}

export const PLAN_ROWS = 6;

function dateText(iso: string, w: Writer): string {
	const date = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(w.locale === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'medium',
		timeZone: 'UTC'
	}).format(date);
}

function storedRow(item: StoredPlanItem, rank: number, w: Writer): string[] {
	const { m, locale } = w;
	const action = item.actionId ? getAction(item.actionId) : undefined;
	const title = action?.title[locale] ?? item.customTitle ?? m.plan.custom;
	const owner = item.owner.trim() || (action ? OWNER_ROLE_LABELS[action.owner][locale] : '');
	const when = item.dueOn
		? dateText(item.dueOn, w)
		: action
			? HORIZON_LABELS[action.horizonDays][locale]
			: '';
	return [String(rank), title, owner, when, m.plan.status[item.status]];
}

export function planSection(report: Report, stored: readonly StoredPlanItem[], w: Writer): Section {
	const { m, locale } = w;
	const rows: string[][] =
		stored.length > 0
			? stored.map((item, i) => storedRow(item, i + 1, w))
			: report.actionPlan.items.flatMap((item) => {
					const action = getAction(item.actionId);
					if (!action) return [];
					return [
						[
							String(item.rank),
							action.title[locale],
							OWNER_ROLE_LABELS[action.owner][locale],
							HORIZON_LABELS[action.horizonDays][locale],
							m.plan.status.todo
						]
					];
				});
	const shown = rows.slice(0, PLAN_ROWS);
	const more = rows.length - shown.length;
	return {
		id: 'plan',
		title: m.plan.title,
		inDeck: true,
		...(shown.length > 0
			? {
					table: {
						columns: m.plan.columns,
						rows: shown.map((row) => row.map((text) => ({ text })))
					}
				}
			: { paragraphs: [m.plan.none] }),
		notes: more > 0 ? [m.plan.more(more)] : []
	};
}
