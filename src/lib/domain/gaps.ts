/**
 * Differences between two groups: the perception gap (executives − frontline), the mirror
 * (sales − marketing) and the blind spot (one level's guess − the other level's answer).
 *
 * Means are compared with Welch's interval, which does not assume equal variances (executive
 * groups are small and often more homogeneous than frontline ones). The effect size is Hedges' g,
 * which does pool the variances, as its definition requires.
 */
import { NORMAL_QUANTILE_975 } from './distributions';
import { tCritical95, type GroupSummary, type Interval, type MeasureSummary } from './group-stats';

/** What a comparison needs from each group, on any one scale. */
export interface Moments {
	readonly n: number;
	readonly mean: number;
	/** Sample SD (n − 1 denominator). */
	readonly sd: number;
}

export function momentsOf(summary: MeasureSummary): Moments | null {
	if (summary.mean === null || summary.sd === null) return null;
	return { n: summary.n, mean: summary.mean, sd: summary.sd };
}

export interface WelchDifference {
	/** mean(A) − mean(B). */
	readonly difference: number;
	readonly se: number;
	/** Welch–Satterthwaite degrees of freedom; null when both groups have zero variance. */
	readonly df: number | null;
	/** difference ± t(0.975, df) · se; null when both groups have zero variance. */
	readonly ci95: Interval | null;
}

/** Welch's difference of means; null when either group has fewer than 2 answers. */
export function welchDifference(a: Moments, b: Moments): WelchDifference | null {
	if (a.n < 2 || b.n < 2) return null;
	const difference = a.mean - b.mean;
	const va = (a.sd * a.sd) / a.n;
	const vb = (b.sd * b.sd) / b.n;
	const se = Math.sqrt(va + vb);
	if (se === 0) return { difference, se, df: null, ci95: null };
	const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
	const half = tCritical95(df) * se;
	return { difference, se, df, ci95: { lower: difference - half, upper: difference + half } };
}

export const EFFECT_LABELS = ['negligible', 'small', 'medium', 'large'] as const;
export type EffectLabel = (typeof EFFECT_LABELS)[number];

/** Cohen's conventional bounds, applied to |g|; each bound belongs to the larger label. */
export const EFFECT_BOUNDS = { small: 0.2, medium: 0.5, large: 0.8 } as const;

export function effectLabel(g: number): EffectLabel {
	const size = Math.abs(g);
	if (size >= EFFECT_BOUNDS.large) return 'large';
	if (size >= EFFECT_BOUNDS.medium) return 'medium';
	if (size >= EFFECT_BOUNDS.small) return 'small';
	return 'negligible';
}

export interface HedgesG {
	readonly g: number;
	readonly se: number;
	readonly ci95: Interval;
	readonly label: EffectLabel;
}

/**
 * Hedges' g for mean(A) − mean(B); null when a group has fewer than 2 answers or when both have
 * zero spread (no unit to express the difference in).
 *
 *   s_p  = √(((n₁ − 1) s₁² + (n₂ − 1) s₂²) / (n₁ + n₂ − 2))
 *   d    = (m₁ − m₂) / s_p
 *   J    = 1 − 3 / (4 (n₁ + n₂) − 9)              small-sample correction
 *   g    = J · d
 *   V(d) = (n₁ + n₂) / (n₁ n₂) + d² / (2 (n₁ + n₂))   large-sample approximation
 *   V(g) = J² · V(d)
 *   95 % CI = g ± z₀.₉₇₅ · √V(g),  z₀.₉₇₅ = 1.959964
 *
 * (Hedges & Olkin 1985; Borenstein, Hedges, Higgins & Rothstein 2009, ch. 4.)
 */
export function hedgesG(a: Moments, b: Moments): HedgesG | null {
	if (a.n < 2 || b.n < 2) return null;
	const total = a.n + b.n;
	const pooledVariance = ((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / (total - 2);
	if (pooledVariance === 0) return null;
	const d = (a.mean - b.mean) / Math.sqrt(pooledVariance);
	const j = 1 - 3 / (4 * total - 9);
	const g = j * d;
	const varianceD = total / (a.n * b.n) + (d * d) / (2 * total);
	const se = Math.sqrt(j * j * varianceD);
	const half = NORMAL_QUANTILE_975 * se;
	return { g, se, ci95: { lower: g - half, upper: g + half }, label: effectLabel(g) };
}

export interface Gap extends WelchDifference {
	readonly hedgesG: HedgesG | null;
}

/** Gap A − B: Welch difference and Hedges' g. Null when either group has fewer than 2 answers. */
export function gap(a: Moments | null, b: Moments | null): Gap | null {
	if (a === null || b === null) return null;
	const welch = welchDifference(a, b);
	if (welch === null) return null;
	return { ...welch, hedgesG: hedgesG(a, b) };
}

/** Gap between two summaries of the same measure, on their scale (0–100 for dimensions). */
export function summaryGap(a: MeasureSummary, b: MeasureSummary): Gap | null {
	return gap(momentsOf(a), momentsOf(b));
}

export interface BlindSpot extends WelchDifference {
	/** Mean guess of the guessing level, 1–5. */
	readonly guess: number;
	/** Real mean answer of the other level on the overall item, 1–5. */
	readonly actual: number;
}

/** Guess − reality: positive means the guessing level thinks the other sees more alignment. */
export function blindSpot(guess: Moments | null, actual: Moments | null): BlindSpot | null {
	if (guess === null || actual === null) return null;
	const welch = welchDifference(guess, actual);
	if (welch === null) return null;
	return { ...welch, guess: guess.mean, actual: actual.mean };
}

export interface BlindSpots {
	/** Executives' guess of frontline's overall rating vs frontline's real answers. */
	readonly executives: BlindSpot | null;
	/** Frontline's guess of executives' overall rating vs executives' real answers. */
	readonly frontline: BlindSpot | null;
}

export function blindSpots(executive: GroupSummary, frontline: GroupSummary): BlindSpots {
	return {
		executives: blindSpot(momentsOf(executive.meta.frontlineView), momentsOf(frontline.overall)),
		frontline: blindSpot(momentsOf(frontline.meta.execView), momentsOf(executive.overall))
	};
}
