import { describe, expect, it } from 'vitest';
import {
	CELLS,
	GROUPS,
	PARTITIONS,
	cellsInMask,
	cellsOf,
	groupMask,
	maskOf
} from '$lib/domain/segments';

describe('segments', () => {
	it('has six cells and twelve published groups', () => {
		expect(CELLS).toEqual([
			'executive:sales',
			'executive:marketing',
			'executive:other',
			'frontline:sales',
			'frontline:marketing',
			'frontline:other'
		]);
		expect(GROUPS).toHaveLength(12);
	});

	it('builds each group from its cells', () => {
		expect(cellsOf('all')).toEqual(CELLS);
		expect(cellsOf('executive')).toEqual([
			'executive:sales',
			'executive:marketing',
			'executive:other'
		]);
		expect(cellsOf('marketing')).toEqual(['executive:marketing', 'frontline:marketing']);
		expect(cellsOf('frontline:other')).toEqual(['frontline:other']);
	});

	it('has partitions whose members are disjoint and add up to the parent', () => {
		expect(PARTITIONS).toHaveLength(7);
		for (const { parent, children } of PARTITIONS) {
			const masks = children.map(groupMask);
			expect(masks.reduce((a, b) => a | b, 0)).toBe(groupMask(parent));
			expect(masks.reduce((a, b) => a + b, 0)).toBe(groupMask(parent));
		}
	});

	it('round-trips cell sets through bit masks', () => {
		for (let mask = 0; mask < 64; mask++) expect(maskOf(cellsInMask(mask))).toBe(mask);
	});
});
