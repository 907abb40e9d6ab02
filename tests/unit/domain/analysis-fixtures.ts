/** Shared fixtures for the analysis tests: a 7 × 4 instrument and fast-check generators. */
import fc from 'fast-check';
import type { Answers, DimensionSpec } from '$lib/domain/scoring';
import { CELLS, SEGMENT_FUNCTIONS, SEGMENT_LEVELS, type CellCounts } from '$lib/domain/segments';
import type { AnalysisSpec, RespondentRow } from '$lib/domain/sufficient-stats';

const DIMENSION_IDS = [
	'trust',
	'communication',
	'credit_sharing',
	'shared_goals',
	'lead_process',
	'leadership',
	'collaboration'
];

/** Item 3 of every dimension is reverse-worded, plus item 1 of `credit_sharing`. */
export const DIMENSIONS: readonly DimensionSpec[] = DIMENSION_IDS.map((id) => ({
	id,
	items: [1, 2, 3, 4].map((n) => ({
		id: `${id}.${n}`,
		reverse: n === 3 || (id === 'credit_sharing' && n === 1)
	}))
}));

export const SPEC: AnalysisSpec = {
	dimensions: DIMENSIONS,
	overallItem: 'overall.alignment',
	metaItems: { execView: 'meta.exec_view', frontlineView: 'meta.frontline_view' }
};

export const TRUST = DIMENSIONS[0] as DimensionSpec;

/** Answers with only the given items set. */
export function answers(values: Record<string, number | null>): Answers {
	return values;
}

const agreementAnswer = fc.oneof(
	{ weight: 6, arbitrary: fc.integer({ min: 1, max: 7 }) },
	{ weight: 1, arbitrary: fc.constant(0) },
	{ weight: 1, arbitrary: fc.constant(null) },
	{ weight: 1, arbitrary: fc.constant(undefined) }
);

const alignmentAnswer = fc.oneof(
	{ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
	{ weight: 1, arbitrary: fc.constant(0) },
	{ weight: 1, arbitrary: fc.constant(null) }
);

export const answersArb: fc.Arbitrary<Answers> = fc
	.tuple(
		fc.array(agreementAnswer, { minLength: 28, maxLength: 28 }),
		fc.array(alignmentAnswer, { minLength: 3, maxLength: 3 })
	)
	.map(([core, aligned]) => {
		const result: Record<string, number | null | undefined> = {};
		DIMENSIONS.flatMap((d) => d.items).forEach((item, i) => {
			result[item.id] = core[i];
		});
		[SPEC.overallItem, SPEC.metaItems.execView, SPEC.metaItems.frontlineView].forEach((id, i) => {
			result[id] = aligned[i];
		});
		return result;
	});

export const rowArb: fc.Arbitrary<RespondentRow> = fc.record({
	level: fc.constantFrom(...SEGMENT_LEVELS),
	fn: fc.constantFrom(...SEGMENT_FUNCTIONS),
	answers: answersArb
});

export const rowsArb = (maxLength = 25): fc.Arbitrary<RespondentRow[]> =>
	fc.array(rowArb, { maxLength });

export const cellCountsArb = (max = 30): fc.Arbitrary<CellCounts> =>
	fc
		.array(fc.integer({ min: 0, max }), { minLength: CELLS.length, maxLength: CELLS.length })
		.map(
			(values) => Object.fromEntries(CELLS.map((cell, i) => [cell, values[i] ?? 0])) as CellCounts
		);

/** Builds cell counts from a short literal: executives' sales, marketing, other, then frontline's. */
export function counts(
	executive: readonly [number, number, number],
	frontline: readonly [number, number, number]
): CellCounts {
	const values = [...executive, ...frontline];
	return Object.fromEntries(CELLS.map((cell, i) => [cell, values[i] ?? 0])) as CellCounts;
}

/** Deterministic numbers in [0, 1) from a linear congruential generator, for fixtures and shuffles. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}
