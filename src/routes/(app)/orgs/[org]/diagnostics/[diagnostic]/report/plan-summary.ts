/**
 * The action plan as the report shows it: the plan saved for the diagnostic (owner, due date,
 * status) when there is one, else the plan the report generated from the results. Pure: the page
 * load passes the stored rows in.
 */
import type { ActionPlan, PlanReason } from '$lib/domain/action-plan';
import { getAction, HORIZON_LABELS, OWNER_ROLE_LABELS } from '$lib/domain/actions';
import type { PlanStatus } from '$lib/domain/plan-status';
import type { Locale } from '$lib/i18n/locales';

/** The columns of a stored plan item the report needs. */
export interface StoredPlanItem {
	readonly actionId: string | null;
	readonly customTitle: string | null;
	readonly reason: PlanReason | null;
	readonly owner: string;
	readonly dueOn: string | null;
	readonly status: PlanStatus;
}

export interface ReportPlanItem {
	readonly rank: number;
	readonly title: string;
	/** The team's own action rather than one of the library. */
	readonly custom: boolean;
	/** The finding the action answers. */
	readonly reason: string | null;
	/** Saved plan only: who owns it ('' when nobody yet), when it is due, where it stands. */
	readonly owner: string | null;
	readonly dueOn: string | null;
	readonly status: PlanStatus | null;
	/** Generated plan only: the library's suggested owner and horizon. */
	readonly suggestedOwner: string | null;
	readonly horizon: string | null;
}

export interface ReportPlan {
	readonly stored: boolean;
	readonly items: readonly ReportPlanItem[];
}

export function summarisePlan(
	stored: readonly StoredPlanItem[],
	generated: ActionPlan,
	locale: Locale
): ReportPlan {
	if (stored.length > 0) {
		return {
			stored: true,
			items: stored.map((item, index) => {
				const action = item.actionId ? getAction(item.actionId) : undefined;
				return {
					rank: index + 1,
					title: action ? action.title[locale] : (item.customTitle ?? item.actionId ?? ''),
					custom: item.actionId === null,
					reason: item.reason ? item.reason.text[locale] : null,
					owner: item.owner,
					dueOn: item.dueOn,
					status: item.status,
					suggestedOwner: null,
					horizon: null
				};
			})
		};
	}
	return {
		stored: false,
		items: generated.items.map((item) => {
			const action = getAction(item.actionId);
			return {
				rank: item.rank,
				title: action ? action.title[locale] : item.actionId,
				custom: false,
				reason: item.reason.text[locale],
				owner: null,
				dueOn: null,
				status: null,
				suggestedOwner: action ? OWNER_ROLE_LABELS[action.owner][locale] : null,
				horizon: action ? HORIZON_LABELS[action.horizonDays][locale] : null
			};
		})
	};
}
