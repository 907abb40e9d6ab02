import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReleased, releaseDue } from '$lib/domain/live-release';

/** Replays stored counts seen over time through the rule; returns the count shown after each. */
function replay(stored: readonly number[], k: number): number[] {
	let released = 0;
	return stored.map((count) => (released = nextReleased(released, count, k)));
}

/** Stored counts only grow: each step adds 0 or more responses. */
const growth = fc.array(fc.nat({ max: 12 }), { maxLength: 60 }).map((steps) => {
	let total = 0;
	return steps.map((step) => (total += step));
});

describe('the live release rule', () => {
	it('releases nothing before k responses, then the first k at once', () => {
		expect(replay([1, 2, 4], 5)).toEqual([0, 0, 0]);
		expect(replay([1, 2, 4, 5], 5)).toEqual([0, 0, 0, 5]);
	});

	it('waits for k more after each release, then releases all that accumulated', () => {
		expect(replay([3, 4, 5, 6, 7, 8, 9], 3)).toEqual([3, 3, 3, 6, 6, 6, 9]);
		expect(replay([5, 9, 12], 5)).toEqual([5, 5, 12]);
		expect(releaseDue(5, 9, 5)).toBe(false);
		expect(releaseDue(5, 10, 5)).toBe(true);
	});

	it('never goes back when responses disappear', () => {
		expect(replay([6, 2, 7], 3)).toEqual([6, 6, 6]);
	});

	it('refuses a threshold that is not a positive integer', () => {
		expect(() => releaseDue(0, 5, 0)).toThrow(RangeError);
		expect(() => releaseDue(0, 5, 2.5)).toThrow(RangeError);
	});

	it('never releases a batch smaller than k', () => {
		fc.assert(
			fc.property(growth, fc.integer({ min: 3, max: 15 }), (stored, k) => {
				const shown = [0, ...replay(stored, k)];
				for (let i = 1; i < shown.length; i++) {
					const batch = shown[i]! - shown[i - 1]!;
					expect(batch === 0 || batch >= k).toBe(true);
				}
			})
		);
	});

	it('only ever increases the count shown, and shows only counts that were stored', () => {
		fc.assert(
			fc.property(growth, fc.integer({ min: 3, max: 15 }), (stored, k) => {
				const shown = replay(stored, k);
				shown.forEach((count, i) => {
					expect(count).toBeGreaterThanOrEqual(i === 0 ? 0 : shown[i - 1]!);
					expect(count).toBeLessThanOrEqual(stored[i]!);
					expect(count === 0 || stored.includes(count)).toBe(true);
				});
			})
		);
	});

	it('releases everything stored as soon as k new responses have accumulated', () => {
		fc.assert(
			fc.property(growth, fc.integer({ min: 3, max: 15 }), (stored, k) => {
				const shown = replay(stored, k);
				shown.forEach((count, i) => {
					// Fewer than k wait; never k or more.
					expect(stored[i]! - count).toBeLessThan(k);
				});
			})
		);
	});
});
