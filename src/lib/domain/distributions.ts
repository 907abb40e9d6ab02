/**
 * Student t distribution, written out so the analysis has no statistics dependency.
 *
 * The CDF goes through the regularized incomplete beta function, evaluated with its continued
 * fraction (modified Lentz); the quantile inverts the CDF with Newton steps kept inside a
 * bisection bracket, so it converges for any real degrees of freedom, including the fractional
 * ones of Welch's test.
 */

/** z such that P(Z ≤ z) = 0.975 for a standard normal Z. */
export const NORMAL_QUANTILE_975 = 1.959963984540054;

// Lanczos approximation, g = 7, nine coefficients: about 15 significant digits for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];

/** Natural logarithm of the gamma function, for x > 0. */
export function logGamma(x: number): number {
	if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
	if (x < 0.5) {
		// Reflection keeps the series in the range where it is accurate.
		return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	}
	const z = x - 1;
	let series = LANCZOS[0] ?? 0;
	for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] ?? 0) / (z + i);
	const t = z + LANCZOS_G + 0.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Stirling's series for ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π]; error below 1e-15 for x ≥ 20. */
function stirlingCorrection(x: number): number {
	const x2 = x * x;
	return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
}

/**
 * ln B(a, b). For a large argument, ln Γ(a) − ln Γ(a + b) is a difference of two huge numbers, so
 * it is rewritten with log1p; this keeps t quantiles accurate for the df of very large samples.
 */
function logBeta(a: number, b: number): number {
	const large = Math.max(a, b);
	const small = Math.min(a, b);
	if (large < 20) return logGamma(a) + logGamma(b) - logGamma(a + b);
	const sum = large + small;
	const ratio =
		-(large - 0.5) * Math.log1p(small / large) -
		small * Math.log(sum) +
		small +
		stirlingCorrection(large) -
		stirlingCorrection(sum);
	return logGamma(small) + ratio;
}

const TINY = 1e-300;
const CF_EPSILON = 1e-16;
const CF_MAX_ITERATIONS = 100_000;

/** Continued fraction of I_x(a, b), converging fast when x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < TINY) d = TINY;
	d = 1 / d;
	let result = d;
	for (let m = 1; m <= CF_MAX_ITERATIONS; m++) {
		const m2 = 2 * m;
		// Even step of the fraction.
		let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
		d = 1 + numerator * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + numerator / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		result *= d * c;
		// Odd step.
		numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
		d = 1 + numerator * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + numerator / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		const delta = d * c;
		result *= delta;
		if (Math.abs(delta - 1) < CF_EPSILON) return result;
	}
	throw new Error(`incomplete beta did not converge (x=${x}, a=${a}, b=${b})`);
}

/** Regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
	if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
	return incompleteBeta(x, 1 - x, a, b);
}

/**
 * I_x(a, b) with y = 1 − x supplied by the caller: when x is close to 1, y computed separately
 * (for the t distribution, t² / (df + t²)) is far more precise than 1 − x.
 */
function incompleteBeta(x: number, y: number, a: number, b: number): number {
	if (!(a > 0) || !(b > 0)) throw new RangeError('incomplete beta needs a > 0 and b > 0');
	if (x <= 0) return 0;
	if (y <= 0) return 1;
	const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
	const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
	const logFront = a * logX + b * logY - logBeta(a, b);
	// The fraction converges quickly only on one side of the mean; use the symmetry on the other.
	if (x < (a + 1) / (a + b + 2)) {
		return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
	}
	return 1 - (Math.exp(logFront) * betaContinuedFraction(y, b, a)) / b;
}

function checkDf(df: number): void {
	if (!(df > 0) || !Number.isFinite(df)) {
		throw new RangeError(`degrees of freedom must be a positive finite number, got ${df}`);
	}
}

/** P(T > t) for t ≥ 0; computed directly so that small tails keep their precision. */
function upperTail(t: number, df: number): number {
	const t2 = t * t;
	return 0.5 * incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** Cumulative distribution function of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
	checkDf(df);
	if (Number.isNaN(t)) return Number.NaN;
	if (t === Infinity) return 1;
	if (t === -Infinity) return 0;
	return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** Density of Student's t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
	checkDf(df);
	const logDensity =
		logGamma((df + 1) / 2) -
		logGamma(df / 2) -
		0.5 * Math.log(df * Math.PI) -
		((df + 1) / 2) * Math.log1p((t * t) / df);
	return Math.exp(logDensity);
}

/** The t such that P(T ≤ t) = p, for 0 < p < 1 and any real df > 0. */
export function studentTQuantile(p: number, df: number): number {
	checkDf(df);
	if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
	if (p === 0.5) return 0;
	if (p < 0.5) return -studentTQuantile(1 - p, df);
	// Solve upperTail(t) = tail for t > 0; upperTail decreases from 0.5 to 0.
	const tail = 1 - p;
	let low = 0;
	let high = 1;
	while (upperTail(high, df) > tail) {
		low = high;
		high *= 2;
		if (!Number.isFinite(high)) throw new Error('t quantile out of range');
	}
	let t = (low + high) / 2;
	for (let i = 0; i < 500; i++) {
		const excess = upperTail(t, df) - tail;
		if (excess === 0) return t;
		if (excess > 0) low = t;
		else high = t;
		// Newton step on the tail (its derivative is −density); fall back to bisection when it
		// would leave the bracket.
		let next = t + excess / studentTPdf(t, df);
		if (!(next > low && next < high)) next = (low + high) / 2;
		if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
		t = next;
	}
	return t;
}
