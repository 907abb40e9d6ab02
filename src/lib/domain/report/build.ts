/**
 * Assembles the whole report from per-cell sufficient statistics, the comments and the
 * diagnostic's settings. Pure: the time and the random source of the comment shuffle are inputs.
 *
 * Order of work: one suppression plan for every count a figure is built from; the statistics of
 * every group (merged from its cells) summarised and published through the plan; gaps, mirror,
 * blind spots and α computed from the unpublished summaries and then gated on every group they
 * use; the paradigm diagnosis, the recommendation and the plan computed only from figures that
 * were published, so nothing downstream can carry a hidden group's numbers.
 */
import { generatePlan, type ActionPlan, type DimensionFinding } from '../action-plan';
import { companyContextSchema } from '../company-context';
import { blindSpots, summaryGap } from '../gaps';
import {
	summarizeGroup,
	summarizeSums,
	type GroupSummary,
	type MeasureSummary
} from '../group-stats';
import { STRUCTURE_ITEM_IDS, type DimensionId, type StructureItemId } from '../instrument';
import { diagnoseParadigms, type ParadigmGroupInput } from '../paradigm';
import {
	planFromCellStats,
	publishBlindSpot,
	publishGap,
	publishGroupSummary,
	publishReliability,
	type PublishedGroupSummary
} from '../publication';
import { pickCurrentDiagnosis, recommendParadigm, type Recommendation } from '../recommendation';
import { cronbachAlpha } from '../reliability';
import { suppressionOptions } from '../reporting-level';
import { CELLS, GROUPS, cellsOf, type CellCounts, type CellId, type GroupId } from '../segments';
import {
	ALIGNMENT_INDEX_ID,
	statsForGroup,
	type ItemCounts,
	type MeasureSums,
	type SegmentStats
} from '../sufficient-stats';
import {
	COMMENT_MIN_GROUP,
	planSuppression,
	publish,
	publishComments,
	type CommentRow,
	type Disclosure,
	type Published,
	type SuppressionPlan
} from '../suppression';
import { REPORT_SPEC, mergeStructureCounts, type StructureCounts } from './spec';
import {
	isHidden,
	type ByGroup,
	type DimensionReport,
	type HiddenFigure,
	type Report,
	type ReportSettings,
	type Shown
} from './types';

export interface ReportInput {
	/** Sufficient statistics of every atomic cell (what the SQL aggregation returns). */
	readonly cells: Readonly<Record<CellId, SegmentStats>>;
	/** Structure item answers of every atomic cell. */
	readonly structure: Readonly<Record<CellId, StructureCounts>>;
	/** Comments with the cell of their author, in any order. */
	readonly comments: readonly CommentRow[];
	readonly settings: ReportSettings;
	readonly generatedAt: Date;
	/** Uniform in [0, 1); shuffles the comments. */
	readonly random: () => number;
}

const spec = REPORT_SPEC;

/** Quantity id of a structure item in the suppression plan. */
export const structureQuantity = (itemId: StructureItemId): string => `structure:${itemId}`;

function hiddenFigure(hidden: {
	readonly reason: 'fewer_than_k';
	readonly k: number;
}): HiddenFigure {
	return { hidden: true, reason: hidden.reason, k: hidden.k };
}

function shown<T>(published: Published<T>): Shown<T> {
	return published.visible ? published.value : hiddenFigure(published);
}

function shownCount(disclosure: Disclosure): Shown<number> {
	return disclosure.visible ? disclosure.n : hiddenFigure(disclosure);
}

function byGroup<T>(value: (group: GroupId) => Shown<T>): ByGroup<T> {
	return Object.fromEntries(GROUPS.map((group) => [group, value(group)])) as Record<
		GroupId,
		Shown<T>
	>;
}

function perCell(read: (cell: CellId) => number): CellCounts {
	return Object.fromEntries(CELLS.map((cell) => [cell, read(cell)])) as Record<CellId, number>;
}

/** n, Σx, Σx² and histogram of a 1..max item from its answer counts ("don't know" left out). */
function itemSums(counts: ItemCounts): MeasureSums {
	const histogram: Record<number, number> = {};
	let n = 0;
	let scaledSum = 0;
	let scaledSumSq = 0;
	counts.forEach((count, value) => {
		if (value === 0 || count === 0) return;
		histogram[value] = count;
		n += count;
		scaledSum += value * count;
		scaledSumSq += value * value * count;
	});
	return { scale: 1, n, scaledSum, scaledSumSq, histogram };
}

const total = (counts: ItemCounts, from: number): number =>
	counts.reduce((sum, count, value) => (value >= from ? sum + count : sum), 0);

/**
 * Structure items are not in `SegmentStats`, so their counts are planned here, with the same
 * respondents and thresholds: the scored n first, then everyone who answered ("don't know" too).
 */
function planWithStructure(
	base: SuppressionPlan,
	structure: Readonly<Record<CellId, StructureCounts>>,
	respondents: CellCounts,
	options: { k: number; execK: number }
): SuppressionPlan {
	const quantities = Object.fromEntries(
		STRUCTURE_ITEM_IDS.map((id) => [
			structureQuantity(id),
			[
				perCell((cell) => total(structure[cell][id], 1)),
				perCell((cell) => total(structure[cell][id], 0))
			]
		])
	);
	const extra = planSuppression({ ...options, respondents, quantities });
	return { ...base, quantities: { ...base.quantities, ...extra.quantities } };
}

/** A published mean, or null when hidden or absent: what the diagnosis and the plan may use. */
function visibleMean(value: Shown<MeasureSummary>): number | null {
	return isHidden(value) ? null : value.mean;
}

function paradigmInput(
	group: GroupId,
	respondents: ByGroup<number>,
	published: PublishedGroupSummary,
	structure: Readonly<Record<StructureItemId, ByGroup<MeasureSummary>>>
): ParadigmGroupInput | null {
	if (isHidden(respondents[group])) return null;
	return {
		dimensions: Object.fromEntries(
			spec.dimensions.map((d) => {
				const summary = published.dimensions[d.id];
				return [d.id, summary === undefined ? null : visibleMean(shown(summary))];
			})
		),
		structure: Object.fromEntries(
			STRUCTURE_ITEM_IDS.map((id) => [id, visibleMean(structure[id][group])])
		)
	};
}

function recommendationFor(
	settings: ReportSettings,
	diagnoses: ReturnType<typeof diagnoseParadigms>,
	published: Readonly<Record<GroupId, PublishedGroupSummary>>
): Recommendation | null {
	const context = companyContextSchema.safeParse(settings.context);
	if (!context.success) return null;
	const current = pickCurrentDiagnosis(diagnoses);
	const group = (['all', 'frontline', 'executive'] as const).find((g) => diagnoses[g] === current);
	const leadership = published[group ?? 'all'].dimensions['leadership'];
	return recommendParadigm(context.data, {
		diagnosis: current,
		leadership: leadership === undefined ? null : visibleMean(shown(leadership))
	});
}

function actionPlanFor(
	dimensions: readonly DimensionReport[],
	recommendation: Recommendation | null
): ActionPlan {
	const findings: DimensionFinding[] = dimensions.map((d) => {
		const executive = d.groups.executive;
		const frontline = d.groups.frontline;
		const gap = d.gap;
		return {
			dimension: d.id,
			executive: isHidden(executive) ? null : executive.mean,
			frontline: isHidden(frontline) ? null : frontline.mean,
			gap:
				gap === null || isHidden(gap) || gap.hedgesG === null
					? null
					: { value: gap.difference, effect: gap.hedgesG.label }
		};
	});
	const move = recommendation?.move;
	return generatePlan({
		findings,
		recommended: recommendation?.recommended ?? null,
		move: move ? { from: move.from, to: move.to, steps: move.steps } : null
	});
}

export function buildReport(input: ReportInput): Report {
	const { cells, settings } = input;
	const options = suppressionOptions(settings.k, settings.executiveMode);
	const respondentsPerCell = perCell((cell) => cells[cell].respondents);
	const plan = planWithStructure(
		planFromCellStats(cells, spec, options),
		input.structure,
		respondentsPerCell,
		options
	);

	const stats = Object.fromEntries(
		GROUPS.map((group) => [group, statsForGroup(cells, group, spec)])
	) as Record<GroupId, SegmentStats>;
	const summaries = Object.fromEntries(
		GROUPS.map((group) => [group, summarizeGroup(stats[group], spec)])
	) as Record<GroupId, GroupSummary>;
	const published = Object.fromEntries(
		GROUPS.map((group) => [group, publishGroupSummary(plan, group, summaries[group], spec)])
	) as Record<GroupId, PublishedGroupSummary>;
	const respondents = byGroup((group) => shownCount(published[group].respondents));

	const exec = summaries.executive;
	const front = summaries.frontline;
	const sales = summaries.sales;
	const marketing = summaries.marketing;

	const dimensions: DimensionReport[] = spec.dimensions.map((dimension) => {
		const id = dimension.id as DimensionId;
		const summaryOf = (s: GroupSummary) => {
			const value = s.dimensions[id];
			if (value === undefined) throw new Error(`no summary for dimension ${id}`);
			return value;
		};
		const alpha = (group: GroupId) => {
			const sums = stats[group].completeCases[id];
			if (sums === undefined) throw new Error(`no complete cases for dimension ${id}`);
			return shown(publishReliability(plan, group, id, cronbachAlpha(sums)));
		};
		return {
			id,
			groups: byGroup((group) => {
				const value = published[group].dimensions[id];
				if (value === undefined) throw new Error(`no published summary for dimension ${id}`);
				return shown(value);
			}),
			gap: shown(
				publishGap(
					plan,
					id,
					'executive',
					'frontline',
					summaryGap(summaryOf(exec), summaryOf(front))
				)
			),
			mirror: shown(
				publishGap(
					plan,
					id,
					'sales',
					'marketing',
					summaryGap(summaryOf(sales), summaryOf(marketing))
				)
			),
			reliability: {
				all: alpha('all'),
				executive: alpha('executive'),
				frontline: alpha('frontline')
			}
		};
	});

	const structureSummaries = Object.fromEntries(
		STRUCTURE_ITEM_IDS.map((id) => [
			id,
			byGroup((group) => {
				const counts = mergeStructureCounts(cellsOf(group).map((cell) => input.structure[cell]));
				return shown(
					publish(plan, structureQuantity(id), group, summarizeSums(itemSums(counts[id])))
				);
			})
		])
	) as Record<StructureItemId, ByGroup<MeasureSummary>>;

	const spots = blindSpots(exec, front);
	const paradigms = diagnoseParadigms({
		executive: paradigmInput('executive', respondents, published.executive, structureSummaries),
		frontline: paradigmInput('frontline', respondents, published.frontline, structureSummaries),
		all: paradigmInput('all', respondents, published.all, structureSummaries)
	});
	const recommendation = recommendationFor(settings, paradigms, published);
	const comments = publishComments(input.comments, respondentsPerCell, {
		...options,
		random: input.random
	});

	return {
		instrumentVersion: settings.instrumentVersion,
		generatedAt: input.generatedAt.toISOString(),
		anonymity: {
			k: options.k,
			executiveK: options.execK,
			executiveMode: settings.executiveMode,
			commentMinGroup: COMMENT_MIN_GROUP
		},
		respondents,
		dimensions,
		alignmentIndex: {
			groups: byGroup((group) => shown(published[group].index)),
			gap: shown(
				publishGap(
					plan,
					ALIGNMENT_INDEX_ID,
					'executive',
					'frontline',
					summaryGap(exec.index, front.index)
				)
			),
			mirror: shown(
				publishGap(
					plan,
					ALIGNMENT_INDEX_ID,
					'sales',
					'marketing',
					summaryGap(sales.index, marketing.index)
				)
			)
		},
		overall: {
			groups: byGroup((group) => shown(published[group].overall)),
			gap: shown(
				publishGap(
					plan,
					spec.overallItem,
					'executive',
					'frontline',
					summaryGap(exec.overall, front.overall)
				)
			),
			mirror: shown(
				publishGap(
					plan,
					spec.overallItem,
					'sales',
					'marketing',
					summaryGap(sales.overall, marketing.overall)
				)
			)
		},
		meta: {
			execView: byGroup((group) => shown(published[group].meta.execView)),
			frontlineView: byGroup((group) => shown(published[group].meta.frontlineView))
		},
		blindSpots: {
			executives: shown(publishBlindSpot(plan, spec, 'executive', spots.executives)),
			frontline: shown(publishBlindSpot(plan, spec, 'frontline', spots.frontline))
		},
		structure: structureSummaries,
		paradigms,
		recommendation,
		actionPlan: actionPlanFor(dimensions, recommendation),
		comments: {
			pooled: shown(comments.pooled),
			byGroup: Object.fromEntries(
				Object.entries(comments.byGroup).map(([group, value]) => [group, shown(value)])
			) as Report['comments']['byGroup']
		}
	};
}
