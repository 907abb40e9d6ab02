import { describe, expect, it } from 'vitest';
import {
	bySizeDescending,
	formatInterval,
	formatNumber,
	formatShare,
	formatSigned,
	scoreBand
} from '../../../src/lib/components/report/format';

describe('report number formatting', () => {
	it('writes decimals the English and the French way', () => {
		expect(formatNumber(61.26, 'en')).toBe('61.3');
		expect(formatNumber(61.26, 'fr')).toBe('61,3');
		expect(formatNumber(0.8234, 'en', 2)).toBe('0.82');
		expect(formatNumber(1234.5, 'en', 0)).toBe('1,235');
	});

	it('uses a true minus sign and never prints −0', () => {
		expect(formatNumber(-0.25, 'en', 2)).toBe('−0.25');
		expect(formatNumber(-0.04, 'en')).toBe('0.0');
		expect(formatSigned(-0.04, 'en')).toBe('0.0');
		expect(formatSigned(12.44, 'en')).toBe('+12.4');
		expect(formatSigned(-3, 'fr')).toBe('−3,0');
	});

	it('writes shares as whole percentages, with a no-break space in French', () => {
		expect(formatShare(0.8249, 'en')).toBe('82%');
		expect(formatShare(0.35, 'fr')).toBe('35\u00a0%');
	});

	it('writes intervals in brackets', () => {
		expect(formatInterval({ lower: -5.34, upper: 10.3 }, 'en')).toBe('[−5.3; 10.3]');
		expect(formatInterval({ lower: 58.1, upper: 64.46 }, 'fr')).toBe('[58,1\u00a0; 64,5]');
	});
});

describe('heatmap bands', () => {
	it('puts each bound in the higher band', () => {
		expect([0, 39.9, 40, 49.9, 50, 59.99, 60, 69.9, 70, 100].map(scoreBand)).toEqual([
			'band-1',
			'band-1',
			'band-2',
			'band-2',
			'band-3',
			'band-3',
			'band-4',
			'band-4',
			'band-5',
			'band-5'
		]);
	});
});

describe('ordering gaps by size', () => {
	it('sorts by absolute size, keeps ties in order and puts unknown sizes last', () => {
		const items = [
			{ id: 'a', d: 3 },
			{ id: 'b', d: null },
			{ id: 'c', d: -8 },
			{ id: 'd', d: 3 },
			{ id: 'e', d: 0 }
		];
		expect(bySizeDescending(items, (i) => i.d).map((i) => i.id)).toEqual(['c', 'a', 'd', 'e', 'b']);
	});
});
