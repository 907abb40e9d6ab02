import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	logGamma,
	regularizedIncompleteBeta,
	studentTCdf,
	studentTPdf,
	studentTQuantile
} from '$lib/domain/distributions';

describe('studentTQuantile against printed tables', () => {
	// Values from standard t tables (two-sided 95 % column etc.), given to 9 decimals.
	it.each([
		[0.975, 1, 12.706204736],
		[0.975, 2, 4.30265273],
		[0.975, 5, 2.570581836],
		[0.975, 10, 2.228138852],
		[0.975, 30, 2.042272456],
		[0.975, 100, 1.983971519],
		[0.975, 1000, 1.962339081],
		[0.95, 20, 1.724718243],
		[0.995, 3, 5.84090931],
		[0.9, 4, 1.533206274]
	])('t(%f, %f) = %f', (p, df, expected) => {
		expect(studentTQuantile(p, df)).toBeCloseTo(expected, 6);
	});

	it('is symmetric around 0', () => {
		expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138852, 6);
		expect(studentTQuantile(0.5, 7)).toBe(0);
	});

	it('tends to the normal quantile for very large df', () => {
		expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 6);
	});

	it('handles fractional df (Welch), between its integer neighbours', () => {
		const q = studentTQuantile(0.975, 7.5);
		expect(q).toBeLessThan(studentTQuantile(0.975, 7));
		expect(q).toBeGreaterThan(studentTQuantile(0.975, 8));
		expect(studentTCdf(q, 7.5)).toBeCloseTo(0.975, 12);
	});

	it('matches the closed forms for df = 1 (Cauchy) and df = 2', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
				const cauchy = Math.tan(Math.PI * (p - 0.5));
				expect(studentTQuantile(p, 1)).toBeCloseTo(cauchy, 9);
				const two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
				expect(studentTQuantile(p, 2)).toBeCloseTo(two, 9);
			})
		);
	});

	it('inverts the CDF', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.0005, max: 0.9995, noNaN: true }),
				fc.double({ min: 0.3, max: 5000, noNaN: true }),
				(p, df) => {
					expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-12);
				}
			)
		);
	});

	it('rejects impossible arguments', () => {
		expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
		expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
		expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
		expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(RangeError);
	});
});

describe('studentTCdf and studentTPdf', () => {
	it('agree with the Cauchy distribution at df = 1', () => {
		expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
		expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 12);
		expect(studentTPdf(0, 1)).toBeCloseTo(1 / Math.PI, 12);
	});

	it('gives 0.5 at 0 and the limits at ±∞', () => {
		expect(studentTCdf(0, 3)).toBe(0.5);
		expect(studentTCdf(Infinity, 3)).toBe(1);
		expect(studentTCdf(-Infinity, 3)).toBe(0);
	});

	it('has the density as its derivative', () => {
		const h = 1e-5;
		for (const [t, df] of [
			[0.7, 3],
			[-1.9, 12.5],
			[2.5, 40]
		] as const) {
			const slope = (studentTCdf(t + h, df) - studentTCdf(t - h, df)) / (2 * h);
			expect(slope).toBeCloseTo(studentTPdf(t, df), 8);
		}
	});
});

describe('regularizedIncompleteBeta', () => {
	const x = fc.double({ min: 0.001, max: 0.999, noNaN: true });
	const shape = fc.double({ min: 0.1, max: 50, noNaN: true });

	it('has the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
		fc.assert(
			fc.property(x, shape, (xv, s) => {
				expect(regularizedIncompleteBeta(xv, s, 1)).toBeCloseTo(xv ** s, 12);
				expect(regularizedIncompleteBeta(xv, 1, s)).toBeCloseTo(1 - (1 - xv) ** s, 12);
			})
		);
	});

	it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a) and I_½(a, a) = ½', () => {
		fc.assert(
			fc.property(x, shape, shape, (xv, a, b) => {
				expect(regularizedIncompleteBeta(xv, a, b)).toBeCloseTo(
					1 - regularizedIncompleteBeta(1 - xv, b, a),
					12
				);
				expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
			})
		);
	});

	it('is 0 and 1 at the ends and rejects x outside [0, 1]', () => {
		expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
		expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
		expect(() => regularizedIncompleteBeta(1.1, 2, 3)).toThrow(RangeError);
		expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
	});
});

describe('logGamma', () => {
	it('gives ln((n − 1)!) at integers and ln √π at ½', () => {
		let factorial = 1;
		for (let n = 1; n <= 20; n++) {
			expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
			factorial *= n;
		}
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
	});

	it('satisfies Γ(x + 1) = x Γ(x)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (xv) => {
				expect(logGamma(xv + 1) - logGamma(xv)).toBeCloseTo(Math.log(xv), 10);
			})
		);
	});
});
