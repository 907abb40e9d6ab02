import { describe, expect, it } from 'vitest';
import {
	DIMENSION_IDS,
	DIMENSION_LABELS,
	STRUCTURE_ITEM_IDS,
	STRUCTURE_ITEM_LABELS,
	isDimensionId,
	isStructureItemId
} from '$lib/domain/dimension-ids';
import * as instrument from '$lib/domain/instrument/types';

describe('dimension and structure ids', () => {
	it('match the instrument’s own lists exactly, in order', () => {
		// Two modules declare these ids; this test stops them drifting apart.
		expect([...DIMENSION_IDS]).toEqual([...instrument.DIMENSION_IDS]);
		expect([...STRUCTURE_ITEM_IDS]).toEqual([...instrument.STRUCTURE_ITEM_IDS]);
	});

	it('recognise their own ids only', () => {
		expect(DIMENSION_IDS.every(isDimensionId)).toBe(true);
		expect(STRUCTURE_ITEM_IDS.every(isStructureItemId)).toBe(true);
		expect(isDimensionId('structure.influence')).toBe(false);
		expect(isStructureItemId('trust')).toBe(false);
		expect(isDimensionId(undefined)).toBe(false);
	});

	it('label every id in both languages', () => {
		for (const text of [
			...DIMENSION_IDS.map((id) => DIMENSION_LABELS[id]),
			...STRUCTURE_ITEM_IDS.map((id) => STRUCTURE_ITEM_LABELS[id])
		]) {
			expect(text.en).not.toBe('');
			expect(text.fr).not.toBe('');
			expect(text.fr).not.toBe(text.en);
		}
	});
});
