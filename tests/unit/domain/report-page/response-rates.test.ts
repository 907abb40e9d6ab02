import { describe, expect, it } from 'vitest';
import { expectedFor, responseRates } from '$lib/components/report/response-rates';
import type { ExpectedHeadcounts } from '$lib/domain/headcounts';
import type { ByGroup, HiddenFigure } from '$lib/domain/report/types';

const hidden: HiddenFigure = { hidden: true, reason: 'fewer_than_k', k: 5 };

/** Counts as a suppressed report publishes them: two marketing executives, so hidden (and one more). */
const respondents: ByGroup<number> = {
	all: 150,
	executive: 18,
	frontline: 132,
	sales: 80,
	marketing: 50,
	other: 20,
	'executive:sales': 11,
	'executive:marketing': hidden,
	'executive:other': hidden,
	'frontline:sales': 69,
	'frontline:marketing': 48,
	'frontline:other': 15
};

const expected: ExpectedHeadcounts = {
	executive: { sales: 14, marketing: 11, other: 5 },
	senior_manager: { sales: 12, marketing: 8, other: 4 },
	frontline: { sales: 62, marketing: 48, other: 16 }
};

describe('response rates of the report', () => {
	it('maps senior managers to the level the analysis reports them under', () => {
		// standard: senior managers with frontline; pool: with executives.
		expect(expectedFor('frontline:sales', expected, 'standard')).toBe(74);
		expect(expectedFor('executive:sales', expected, 'standard')).toBe(14);
		expect(expectedFor('executive:sales', expected, 'pool')).toBe(26);
		expect(expectedFor('frontline', expected, 'k3')).toBe(150);
		expect(expectedFor('all', expected, 'standard')).toBe(180);
		expect(expectedFor('all', null, 'standard')).toBeNull();
		expect(expectedFor('all', {}, 'standard')).toBeNull();
	});

	it('divides shown counts by the expected headcount and keeps hidden rates hidden', () => {
		const rates = responseRates(respondents, expected, 'standard');
		expect(rates.hasExpected).toBe(true);
		const [executives, frontline, everyone] = rates.rows;
		expect(executives?.cells.sales).toEqual({
			group: 'executive:sales',
			received: 11,
			expected: 14,
			rate: 11 / 14
		});
		// Hidden: the count stays the marker and no rate is computed, although 11 were expected.
		expect(executives?.cells.marketing).toEqual({
			group: 'executive:marketing',
			received: hidden,
			expected: 11,
			rate: null
		});
		expect(executives?.total.rate).toBeCloseTo(18 / 30, 12);
		expect(frontline?.cells.sales.rate).toBeCloseTo(69 / 74, 12);
		expect(frontline?.total).toMatchObject({ expected: 150, rate: 132 / 150 });
		expect(everyone?.level).toBe('all');
		expect(everyone?.cells.marketing).toMatchObject({ expected: 67, rate: 50 / 67 });
		expect(everyone?.total).toMatchObject({ group: 'all', expected: 180, rate: 150 / 180 });
	});

	it('shows counts only when no headcount was expected', () => {
		const rates = responseRates(respondents, null, 'standard');
		expect(rates.hasExpected).toBe(false);
		for (const row of rates.rows) {
			for (const figure of [...Object.values(row.cells), row.total]) {
				expect(figure.expected).toBeNull();
				expect(figure.rate).toBeNull();
			}
		}
		expect(rates.rows[2]?.total.received).toBe(150);
	});

	it('gives no rate for a group nobody was expected in', () => {
		const rates = responseRates(respondents, { frontline: { sales: 10 } }, 'standard');
		expect(rates.rows[1]?.cells.sales).toMatchObject({ expected: 10, rate: 6.9 });
		expect(rates.rows[1]?.cells.marketing).toMatchObject({ expected: 0, rate: null });
	});
});
