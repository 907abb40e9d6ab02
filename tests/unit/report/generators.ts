/**
 * Response sets for the report tests and the benchmark: fast-check arbitraries (any valid
 * answers, "don't know" and unanswered included), a seeded generator of realistic answers, the
 * bulk insert, and the reference rows `cellStatsOf` and `structureCountsOf` take.
 */
import fc from 'fast-check';
import {
	JOB_FUNCTIONS,
	LEVELS,
	SCALES,
	allItemIds,
	itemById,
	type JobFunction,
	type Level,
	type ResponseAnswers
} from '../../../src/lib/domain/instrument';
import { reportingLevel, type ExecutiveMode } from '../../../src/lib/domain/reporting-level';
import type { RespondentRow } from '../../../src/lib/domain/sufficient-stats';
import type { CommentRow } from '../../../src/lib/domain/suppression';
import { cellId } from '../../../src/lib/domain/segments';
import type { Database } from '../../../src/lib/server/db/client';
import { responseComments, responses } from '../../../src/lib/server/db/schema';
import { responseRow } from '../../../src/lib/server/responses';

/** Highest value of each item's scale. */
const MAX: ReadonlyMap<string, number> = new Map(
	allItemIds.map((id) => [id, SCALES[itemById(id)!.scale].max])
);

export const maxOf = (id: string): number => MAX.get(id) ?? 7;

/** Any stored answer: a point of the scale (most often), "don't know" (0) or unanswered. */
const answerArb = (max: number): fc.Arbitrary<number | null> =>
	fc.oneof(
		{ weight: 8, arbitrary: fc.integer({ min: 1, max }) },
		{ weight: 1, arbitrary: fc.constant(0) },
		{ weight: 2, arbitrary: fc.constant(null) }
	);

export const answersArb: fc.Arbitrary<ResponseAnswers> = fc
	.record({
		level: fc.constantFrom(...LEVELS),
		function: fc.constantFrom(...JOB_FUNCTIONS),
		items: fc.tuple(...allItemIds.map((id) => answerArb(maxOf(id)))),
		comment: fc.option(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }), {
			freq: 3
		})
	})
	.map(({ level, function: fn, items, comment }) => {
		const answers: Record<string, unknown> = { level, function: fn, comment };
		allItemIds.forEach((id, i) => (answers[id] = items[i] ?? null));
		return answers as ResponseAnswers;
	});

/** Mulberry32: deterministic numbers in [0, 1) from a 32-bit seed. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(random: () => number, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)] as T;
}

/** Standard normal from two uniforms (Box–Muller). */
function normal(random: () => number): number {
	const u = Math.max(random(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Realistic answers: each respondent has a view of the relationship (executives rosier than
 * frontline, as in the seeds), each dimension moves around it, each item around its dimension;
 * a few "don't know" and skipped items, a comment now and then.
 */
export function realisticAnswers(count: number, seed: number): ResponseAnswers[] {
	const random = seeded(seed);
	const result: ResponseAnswers[] = [];
	for (let r = 0; r < count; r++) {
		const u = random();
		const level: Level = u < 0.08 ? 'executive' : u < 0.2 ? 'senior_manager' : 'frontline';
		const fn: JobFunction = pick(random, ['sales', 'sales', 'marketing', 'marketing', 'other']);
		const view =
			(level === 'executive' ? 5.2 : level === 'senior_manager' ? 4.6 : 3.9) + normal(random);
		const answers: Record<string, unknown> = { level, function: fn, comment: null };
		let dimensionView = view;
		for (const id of allItemIds) {
			const item = itemById(id)!;
			if (id.endsWith('.1')) dimensionView = view + 0.6 * normal(random);
			const max = maxOf(id);
			const roll = random();
			if (roll < 0.03) answers[id] = null;
			else if (roll < 0.07) answers[id] = 0;
			else {
				const centre = max === 5 ? 1 + ((dimensionView - 1) * 4) / 6 : dimensionView;
				const value = Math.round(centre + 0.9 * normal(random));
				const clipped = Math.min(max, Math.max(1, value));
				answers[id] = item.reverse ? max + 1 - clipped : clipped;
			}
		}
		if (random() < 0.15)
			answers.comment = `Comment ${r}: ${pick(random, ['more', 'fewer', 'joint'])} meetings`;
		result.push(answers as ResponseAnswers);
	}
	return result;
}

/** Inserts the responses and their comments the way the app stores them, in chunks. */
export async function insertResponses(
	db: Database,
	diagnosticId: string,
	list: readonly ResponseAnswers[],
	today = new Date('2025-03-14T00:00:00Z')
): Promise<void> {
	const chunk = 500;
	for (let start = 0; start < list.length; start += chunk) {
		const part = list.slice(start, start + chunk);
		await db
			.insert(responses)
			.values(part.map((a) => responseRow(diagnosticId, a, 'online', today)));
		const comments = part.filter((a) => a.comment);
		if (comments.length > 0) {
			await db.insert(responseComments).values(
				comments.map((a) => ({
					diagnosticId,
					level: a.level,
					function: a.function,
					body: a.comment as string
				}))
			);
		}
	}
}

/** The rows `cellStatsOf` and `structureCountsOf` take, levels mapped per the executive mode. */
export function referenceRows(
	list: readonly ResponseAnswers[],
	mode: ExecutiveMode
): RespondentRow[] {
	return list.map((a) => ({
		level: reportingLevel(a.level, mode),
		fn: a.function,
		answers: Object.fromEntries(allItemIds.map((id) => [id, a[id]]))
	}));
}

/** The comment rows the report expects: author's cell per the mode, sorted by cell then text. */
export function referenceComments(
	list: readonly ResponseAnswers[],
	mode: ExecutiveMode
): CommentRow[] {
	return list
		.filter((a) => a.comment)
		.map((a) => ({
			cell: cellId(reportingLevel(a.level, mode), a.function),
			text: a.comment as string
		}))
		.sort((a, b) =>
			a.cell !== b.cell
				? a.cell < b.cell
					? -1
					: 1
				: a.text < b.text
					? -1
					: a.text > b.text
						? 1
						: 0
		);
}
