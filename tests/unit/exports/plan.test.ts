import { describe, expect, it } from 'vitest';
import { ACTION_LIBRARY } from '$lib/domain/actions';
import { planSection, PLAN_ROWS } from '$lib/server/exports/sections/plan';
import { writer } from '$lib/server/exports/text';
import { fullAnswers, reportOf } from './fixtures';

const report = reportOf(fullAnswers());
const action = ACTION_LIBRARY[0]!;

describe('action plan slide', () => {
	it('shows the stored plan: typed owner, due date, status, own actions', () => {
		const section = planSection(
			report,
			[
				{
					actionId: action.id,
					customTitle: null,
					owner: 'Claire',
					dueOn: '2026-03-31',
					status: 'in_progress'
				},
				{ actionId: null, customTitle: 'Joint offsite', owner: '', dueOn: null, status: 'todo' }
			],
			writer('fr')
		);
		expect(section.table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
			['1', action.title.fr, 'Claire', '31 mars 2026', 'en cours'],
			['2', 'Joint offsite', '', '', 'à faire']
		]);
	});

	it('falls back on the proposed plan, first actions only, and counts the rest', () => {
		const section = planSection(report, [], writer('en'));
		const proposed = report.actionPlan.items.length;
		expect(proposed).toBeGreaterThan(PLAN_ROWS);
		expect(section.table!.rows).toHaveLength(PLAN_ROWS);
		expect(section.table!.rows[0]![0]!.text).toBe('1');
		expect(section.notes).toEqual([`${proposed - PLAN_ROWS} more actions in the plan.`]);
	});
});
