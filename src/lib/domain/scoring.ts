/**
 * Respondent-level scoring: from one person's answers to dimension scores and the alignment index.
 *
 * Storage convention (shared with the instrument): an answer is an integer on the item's scale,
 * 0 for "don't know", null or absent when unanswered. "Don't know" is never a point of the scale,
 * so for scoring it is missing exactly like an unanswered item.
 */

export type Answer = number | null | undefined;
export type Answers = Readonly<Record<string, Answer>>;

export interface ScoredItem {
	readonly id: string;
	/** Reverse-worded: agreement means less of the dimension, so it is scored 8 − x. */
	readonly reverse: boolean;
}

export interface DimensionSpec {
	readonly id: string;
	readonly items: readonly ScoredItem[];
}

export const DONT_KNOW = 0;
export const AGREEMENT_MAX = 7;

/**
 * Reads one stored answer: the value on the scale (reverse-coded when asked), or null when it is
 * missing or "don't know". Anything else is a bug upstream, so it throws instead of guessing.
 */
export function codedAnswer(answer: Answer, reverse: boolean, max = AGREEMENT_MAX): number | null {
	if (answer === null || answer === undefined) return null;
	if (!Number.isInteger(answer) || answer < 0 || answer > max) {
		throw new RangeError(`answer ${String(answer)} is not an integer in 0..${max}`);
	}
	if (answer === DONT_KNOW) return null;
	return reverse ? max + 1 - answer : answer;
}

/** The integers behind a dimension score: how many items count, and their coded sum. */
export interface DimensionTally {
	readonly answered: number;
	readonly sum: number;
}

export function tallyDimension(answers: Answers, dimension: DimensionSpec): DimensionTally {
	let answered = 0;
	let sum = 0;
	for (const item of dimension.items) {
		const value = codedAnswer(answers[item.id], item.reverse);
		if (value !== null) {
			answered += 1;
			sum += value;
		}
	}
	return { answered, sum };
}

/** True when enough items are answered for a score: at least half of them. */
export function isScorable(answered: number, itemCount: number): boolean {
	return answered > 0 && 2 * answered >= itemCount;
}

/** Mean of the answered, reverse-coded items on 1–7, or null when fewer than half are answered. */
export function dimensionScore(answers: Answers, dimension: DimensionSpec): number | null {
	const { answered, sum } = tallyDimension(answers, dimension);
	return isScorable(answered, dimension.items.length) ? sum / answered : null;
}

/** 1–7 to 0–100. Linear, so means, medians and CI bounds convert the same way. */
export function toPercent(score: number): number {
	return ((score - 1) / 6) * 100;
}

/** SDs and differences only stretch: no offset. */
export function toPercentSpread(spread: number): number {
	return (spread / 6) * 100;
}

/** A strict majority of the dimensions: 4 of 7. */
export function minDimensionsForIndex(dimensionCount: number): number {
	return Math.floor(dimensionCount / 2) + 1;
}

/**
 * Alignment index on 1–7: mean of the available dimension scores, when at least `minPresent` of
 * them are available, else null.
 */
export function alignmentIndex(
	scores: readonly (number | null)[],
	minPresent = minDimensionsForIndex(scores.length)
): number | null {
	const present = scores.filter((score): score is number => score !== null);
	if (present.length === 0 || present.length < minPresent) return null;
	return present.reduce((sum, score) => sum + score, 0) / present.length;
}

export interface RespondentScores {
	/** Dimension id → score on 1–7 or null. */
	readonly dimensions: Readonly<Record<string, number | null>>;
	readonly index: number | null;
}

export function scoreRespondent(
	answers: Answers,
	dimensions: readonly DimensionSpec[]
): RespondentScores {
	const scores = dimensions.map((dimension) => dimensionScore(answers, dimension));
	return {
		dimensions: Object.fromEntries(
			dimensions.map((dimension, i) => [dimension.id, scores[i] ?? null])
		),
		index: alignmentIndex(scores)
	};
}
