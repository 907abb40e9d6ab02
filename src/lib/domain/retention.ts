/**
 * The retention rule: an organisation may choose to delete the raw answers of a diagnostic N
 * months after it closes (1 to 120); the report stays, frozen. Pure decisions, with "now" given.
 */

export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 120;

export interface RetentionCandidate {
	status: 'draft' | 'open' | 'closed';
	closedAt: Date | null;
	rawAnswersDeletedAt: Date | null;
	/** The organisation's setting; null keeps raw answers. */
	retentionMonths: number | null;
}

/**
 * `date` plus `months` calendar months, in UTC; a day that does not exist in the target month
 * becomes that month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: Date, months: number): Date {
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() + months;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const result = new Date(date.getTime());
	result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
	return result;
}

export function isValidRetention(months: number): boolean {
	return (
		Number.isInteger(months) && months >= RETENTION_MIN_MONTHS && months <= RETENTION_MAX_MONTHS
	);
}

/** When the raw answers become due for deletion, or null when they never are (yet). */
export function retentionDueAt(candidate: RetentionCandidate): Date | null {
	const { status, closedAt, rawAnswersDeletedAt, retentionMonths } = candidate;
	if (status !== 'closed' || !closedAt || rawAnswersDeletedAt) return null;
	if (retentionMonths === null || !isValidRetention(retentionMonths)) return null;
	return addMonths(closedAt, retentionMonths);
}

/** True when the diagnostic closed at least N months before `now` and still has raw answers. */
export function isDueForDeletion(candidate: RetentionCandidate, now: Date): boolean {
	const due = retentionDueAt(candidate);
	return due !== null && due.getTime() <= now.getTime();
}
