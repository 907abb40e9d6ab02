import { describe, expect, it } from 'vitest';
import {
	EXECUTIVE_MODES,
	executiveK,
	reportingLevel,
	suppressionOptions
} from '$lib/domain/reporting-level';

describe('reportingLevel', () => {
	it('reports senior managers with executives only when pooling', () => {
		expect(EXECUTIVE_MODES.map((mode) => reportingLevel('senior_manager', mode))).toEqual([
			'frontline',
			'executive',
			'frontline'
		]);
	});

	it('never moves executives or frontline staff', () => {
		for (const mode of EXECUTIVE_MODES) {
			expect(reportingLevel('executive', mode)).toBe('executive');
			expect(reportingLevel('frontline', mode)).toBe('frontline');
		}
	});
});

describe('executiveK', () => {
	it('is 3 in k3 mode and k otherwise', () => {
		expect(executiveK(5, 'k3')).toBe(3);
		expect(executiveK(8, 'k3')).toBe(3);
		expect(executiveK(3, 'k3')).toBe(3);
		expect(executiveK(5, 'standard')).toBe(5);
		expect(executiveK(7, 'pool')).toBe(7);
	});

	it('gives the suppression options of a diagnostic', () => {
		expect(suppressionOptions(6, 'k3')).toEqual({ k: 6, execK: 3 });
		expect(suppressionOptions(6, 'pool')).toEqual({ k: 6, execK: 6 });
	});
});
