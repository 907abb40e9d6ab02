import { describe, expect, it } from 'vitest';
import { derivableSets, isInSpan, spanBasis } from '$lib/domain/disclosure-audit';
import { groupMask, maskOf, type GroupId } from '$lib/domain/segments';

const masks = (groups: readonly GroupId[]) => groups.map(groupMask);

describe('derivableSets', () => {
	it('finds only the whole when only the total is published', () => {
		expect(derivableSets(masks(['all']))).toEqual([groupMask('all')]);
	});

	it('finds the other level by subtraction from the total', () => {
		const sets = derivableSets(masks(['all', 'executive']));
		expect(sets).toContain(groupMask('frontline'));
		expect(sets).toHaveLength(3);
	});

	it('finds combinations that no single partition shows', () => {
		// marketing + other − executive + executive:sales = frontline:marketing + frontline:other
		const published = masks(['executive', 'marketing', 'other', 'executive:sales']);
		const target = maskOf(['frontline:marketing', 'frontline:other']);
		expect(isInSpan(spanBasis(published), target)).toBe(true);
		expect(isInSpan(spanBasis(published), groupMask('frontline:marketing'))).toBe(false);
	});

	it('gives every set once all six cells are published', () => {
		const cells = masks([
			'executive:sales',
			'executive:marketing',
			'executive:other',
			'frontline:sales',
			'frontline:marketing',
			'frontline:other'
		]);
		expect(derivableSets(cells)).toHaveLength(63);
		expect(derivableSets([])).toEqual([]);
	});
});
