import { describe, expect, it } from 'vitest';
import {
	addMonths,
	isDueForDeletion,
	isValidRetention,
	retentionDueAt,
	type RetentionCandidate
} from '../../../src/lib/domain/retention';

const closed = (closedAt: string, retentionMonths: number | null = 6): RetentionCandidate => ({
	status: 'closed',
	closedAt: new Date(closedAt),
	rawAnswersDeletedAt: null,
	retentionMonths
});

describe('addMonths', () => {
	it('adds calendar months in UTC, keeping the time of day', () => {
		expect(addMonths(new Date('2025-03-15T10:30:00Z'), 6).toISOString()).toBe(
			'2025-09-15T10:30:00.000Z'
		);
	});

	it('crosses years both ways', () => {
		expect(addMonths(new Date('2025-11-30T00:00:00Z'), 3).toISOString()).toBe(
			'2026-02-28T00:00:00.000Z'
		);
		expect(addMonths(new Date('2025-01-10T00:00:00Z'), 120).toISOString()).toBe(
			'2035-01-10T00:00:00.000Z'
		);
	});

	it('clamps to the last day of a shorter month', () => {
		expect(addMonths(new Date('2025-01-31T12:00:00Z'), 1).toISOString()).toBe(
			'2025-02-28T12:00:00.000Z'
		);
		expect(addMonths(new Date('2024-01-31T12:00:00Z'), 1).toISOString()).toBe(
			'2024-02-29T12:00:00.000Z'
		);
	});
});

describe('isValidRetention', () => {
	it('accepts whole months from 1 to 120 only', () => {
		expect([1, 6, 120].map(isValidRetention)).toEqual([true, true, true]);
		expect([0, -1, 121, 1.5, Number.NaN].map(isValidRetention)).toEqual([
			false,
			false,
			false,
			false,
			false
		]);
	});
});

describe('retention decision', () => {
	const now = new Date('2026-06-01T12:00:00Z');

	it('deletes N months after closing, not a second earlier', () => {
		const candidate = closed('2025-12-01T12:00:00Z', 6);
		expect(retentionDueAt(candidate)?.toISOString()).toBe('2026-06-01T12:00:00.000Z');
		expect(isDueForDeletion(candidate, now)).toBe(true);
		expect(isDueForDeletion(candidate, new Date(now.getTime() - 1))).toBe(false);
	});

	it('is due for a diagnostic closed N+1 months ago, not for one closed N−1 months ago', () => {
		expect(isDueForDeletion(closed('2025-11-01T12:00:00Z', 6), now)).toBe(true);
		expect(isDueForDeletion(closed('2026-01-01T12:00:00Z', 6), now)).toBe(false);
	});

	it('keeps everything when the organisation has no setting', () => {
		expect(isDueForDeletion(closed('2010-01-01T00:00:00Z', null), now)).toBe(false);
	});

	it('ignores diagnostics that are not closed, have no close date, or were already emptied', () => {
		const old = closed('2020-01-01T00:00:00Z', 1);
		expect(isDueForDeletion({ ...old, status: 'open' }, now)).toBe(false);
		expect(isDueForDeletion({ ...old, status: 'draft' }, now)).toBe(false);
		expect(isDueForDeletion({ ...old, closedAt: null }, now)).toBe(false);
		expect(isDueForDeletion({ ...old, rawAnswersDeletedAt: new Date('2021-01-01') }, now)).toBe(
			false
		);
		expect(isDueForDeletion(old, now)).toBe(true);
	});

	it('never acts on an out-of-range setting', () => {
		expect(isDueForDeletion(closed('2020-01-01T00:00:00Z', 0), now)).toBe(false);
		expect(isDueForDeletion(closed('2000-01-01T00:00:00Z', 121), now)).toBe(false);
	});
});
