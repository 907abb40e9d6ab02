import { describe, expect, it } from 'vitest';
import type { ActionPlan, PlanReason } from '$lib/domain/action-plan';
import { ACTION_LIBRARY } from '$lib/domain/actions';
import { summarisePlan } from '../../../../src/routes/(app)/orgs/[org]/diagnostics/[diagnostic]/report/plan-summary';

const [first, second] = ACTION_LIBRARY;
if (!first || !second) throw new Error('the action library is empty');

const reason: PlanReason = {
	kind: 'weakness',
	dimension: 'trust',
	score: 38,
	text: { en: 'Weak spot: trust at only 38/100.', fr: 'Point faible\u00a0: la confiance à 38/100.' }
};
const generated: ActionPlan = {
	items: [
		{ rank: 1, actionId: first.id, score: 80, reason },
		{ rank: 2, actionId: second.id, score: 60, reason }
	]
};

describe('the action plan on the report', () => {
	it('shows the saved plan with its owners, dates and status, custom actions included', () => {
		const plan = summarisePlan(
			[
				{
					actionId: second.id,
					customTitle: null,
					reason,
					owner: 'CMO',
					dueOn: '2026-03-01',
					status: 'in_progress'
				},
				{
					actionId: null,
					customTitle: 'Monthly joint pipeline review',
					reason: null,
					owner: '',
					dueOn: null,
					status: 'todo'
				}
			],
			generated,
			'fr'
		);
		expect(plan.stored).toBe(true);
		expect(plan.items).toEqual([
			{
				rank: 1,
				title: second.title.fr,
				custom: false,
				reason: reason.text.fr,
				owner: 'CMO',
				dueOn: '2026-03-01',
				status: 'in_progress',
				suggestedOwner: null,
				horizon: null
			},
			{
				rank: 2,
				title: 'Monthly joint pipeline review',
				custom: true,
				reason: null,
				owner: '',
				dueOn: null,
				status: 'todo',
				suggestedOwner: null,
				horizon: null
			}
		]);
	});

	it('falls back to the generated plan, with the library’s owner and horizon', () => {
		const plan = summarisePlan([], generated, 'en');
		expect(plan.stored).toBe(false);
		expect(plan.items.map((item) => item.title)).toEqual([first.title.en, second.title.en]);
		expect(plan.items[0]).toMatchObject({
			rank: 1,
			reason: reason.text.en,
			status: null,
			owner: null,
			horizon: `Within ${first.horizonDays} days`
		});
		expect(plan.items[0]?.suggestedOwner).toBeTruthy();
	});
});
