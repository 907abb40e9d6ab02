/** Where an action of the plan stands. */
export const planStatuses = ['todo', 'in_progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof planStatuses)[number];
