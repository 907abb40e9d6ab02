/**
 * Cronbach's α per dimension, from the complete-case sums (respondents who answered every item
 * of the dimension; reverse items already coded 8 − x).
 *
 *   α = p / (p − 1) · (1 − Σᵢ var(xᵢ) / var(Σᵢ xᵢ)),   var(Σᵢ xᵢ) = Σᵢ Σⱼ cov(xᵢ, xⱼ)
 *
 * Below 30 complete cases α is too unstable to report, so it is withheld with that reason.
 * Below .70 it is reported and flagged: the dimension's items may not measure one thing here.
 */
import type { CompleteCaseSums } from './sufficient-stats';

export const ALPHA_MIN_CASES = 30;
export const ALPHA_FLAG_BELOW = 0.7;

export type AlphaUnavailableReason =
	'fewer_than_30_complete_cases' | 'fewer_than_2_items' | 'no_variance';

export type Reliability =
	| { readonly status: 'ok'; readonly n: number; readonly alpha: number; readonly flagged: boolean }
	| {
			readonly status: 'unavailable';
			readonly n: number;
			readonly alpha: null;
			readonly reason: AlphaUnavailableReason;
	  };

export function cronbachAlpha(sums: CompleteCaseSums): Reliability {
	const { n, itemSums, crossProducts } = sums;
	const p = itemSums.length;
	const unavailable = (reason: AlphaUnavailableReason): Reliability => ({
		status: 'unavailable',
		n,
		alpha: null,
		reason
	});
	if (p < 2) return unavailable('fewer_than_2_items');
	if (n < ALPHA_MIN_CASES) return unavailable('fewer_than_30_complete_cases');
	// n·Σxᵢxⱼ − ΣxᵢΣxⱼ is n(n − 1)·cov(xᵢ, xⱼ): an exact integer, and the common factor cancels.
	const big = BigInt(n);
	const scaledCov = (i: number, j: number): bigint =>
		big * BigInt(crossProducts[i]?.[j] ?? 0) - BigInt(itemSums[i] ?? 0) * BigInt(itemSums[j] ?? 0);
	let itemVariances = 0n;
	let totalVariance = 0n;
	for (let i = 0; i < p; i++) {
		itemVariances += scaledCov(i, i);
		for (let j = 0; j < p; j++) totalVariance += scaledCov(i, j);
	}
	if (totalVariance === 0n) return unavailable('no_variance');
	// One division at the end, so that a ratio of exactly .70 is not rounded below the flag.
	const alpha =
		Number(BigInt(p) * (totalVariance - itemVariances)) / Number(BigInt(p - 1) * totalVariance);
	return { status: 'ok', n, alpha, flagged: alpha < ALPHA_FLAG_BELOW };
}
