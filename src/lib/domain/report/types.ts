/**
 * The report of one diagnostic, exactly as it leaves the server (`report.json`) and as the report
 * page, the slides and the exports consume it. Everything in it has been through the suppression
 * gate: a figure the anonymity rule does not allow is replaced by a `HiddenFigure`, never by a
 * zero, a null or a smaller number.
 *
 * Scales: dimension scores and the alignment index on 0–100 (4 on the 7-point scale = 50); the
 * overall and meta items on their 1–5 scale; structure items on their raw 1–7 scale. Groups are
 * keyed by `GroupId`: 'all', 'executive', 'frontline', 'sales', 'marketing', 'other', and the six
 * cells 'executive:sales' … 'frontline:other'.
 */
import type { ActionPlan } from '../action-plan';
import type { CompanyContext } from '../company-context';
import type { BlindSpot, Gap } from '../gaps';
import type { DimensionSummary, MeasureSummary, OverallSummary } from '../group-stats';
import type { DimensionId, StructureItemId } from '../instrument';
import type { ParadigmDiagnosis } from '../paradigm';
import type { Recommendation } from '../recommendation';
import type { Reliability } from '../reliability';
import type { ExecutiveMode } from '../reporting-level';
import type { GroupId, SegmentLevel } from '../segments';

/** What stands in place of a figure that anonymity does not allow to show. */
export interface HiddenFigure {
	readonly hidden: true;
	readonly reason: 'fewer_than_k';
	/** The threshold the group did not reach: k, the executives' k, or 10 for comments. */
	readonly k: number;
}

/** A figure, or the marker that it is hidden. Tell them apart with `isHidden`. */
export type Shown<T> = T | HiddenFigure;

/** One figure per group. */
export type ByGroup<T> = Readonly<Record<GroupId, Shown<T>>>;

/** The diagnostic settings a report is built with. */
export interface ReportSettings {
	/** Anonymity threshold (≥ 3). */
	readonly k: number;
	readonly executiveMode: ExecutiveMode;
	/** The company context the CMO gave; drives the recommendation. */
	readonly context: CompanyContext;
	/** Instrument version of the diagnostic's answers. */
	readonly instrumentVersion: string;
}

/** A measure compared across groups. */
export interface MeasureReport<Summary> {
	/** The measure for every group (n, mean, SD, 95 % CI, median, and shares where they exist). */
	readonly groups: ByGroup<Summary>;
	/**
	 * Perception gap, executives − frontline, on the measure's scale: Welch difference with its
	 * 95 % CI and Hedges' g (CI, label). `null` when a level has fewer than 2 answers.
	 */
	readonly gap: Shown<Gap | null>;
	/** The mirror, sales − marketing, computed the same way. */
	readonly mirror: Shown<Gap | null>;
}

/** Cronbach's α of a dimension for everyone and per level (withheld below 30 complete cases). */
export type ReliabilityByLevel = Readonly<Record<'all' | SegmentLevel, Shown<Reliability>>>;

export interface DimensionReport extends MeasureReport<DimensionSummary> {
	readonly id: DimensionId;
	readonly reliability: ReliabilityByLevel;
}

export interface ReportComments {
	/** Every comment of the diagnostic, shuffled, once it has k respondents. */
	readonly pooled: Shown<readonly string[]>;
	/** Comments by group, shuffled, for groups of at least 10 respondents. */
	readonly byGroup: Readonly<Record<Exclude<GroupId, 'all'>, Shown<readonly string[]>>>;
}

export interface Report {
	/** Instrument version the answers were collected with; dimension and item ids refer to it. */
	readonly instrumentVersion: string;
	/** When the report was computed (ISO 8601). */
	readonly generatedAt: string;
	/** The anonymity rule the report applies. */
	readonly anonymity: {
		readonly k: number;
		/** Threshold of the groups made only of executives: 3 in `k3` mode, else k. */
		readonly executiveK: number;
		/** standard: senior managers count as frontline; pool: as executives; k3: as frontline. */
		readonly executiveMode: ExecutiveMode;
		/** Respondents a group needs before its own comments are shown. */
		readonly commentMinGroup: number;
	};
	/** Respondents per group. */
	readonly respondents: ByGroup<number>;
	/** The seven dimensions in instrument order, scores on 0–100. */
	readonly dimensions: readonly DimensionReport[];
	/** Alignment index: a respondent's mean dimension score (at least 4 of 7), on 0–100. */
	readonly alignmentIndex: MeasureReport<MeasureSummary>;
	/**
	 * The overall alignment item on 1–5, with the shares answering 4–5 ("aligned", Forrester's
	 * 82 %) and 5 ("highly aligned", 41 %).
	 */
	readonly overall: MeasureReport<OverallSummary>;
	/** Meta-perception on 1–5: each group's guess of the executives' and frontline's answer. */
	readonly meta: {
		readonly execView: ByGroup<MeasureSummary>;
		readonly frontlineView: ByGroup<MeasureSummary>;
	};
	/** Guess − reality on the overall item (1–5): one level's guess vs the other level's answers. */
	readonly blindSpots: {
		/** Executives' guess of frontline's rating vs frontline's answers. */
		readonly executives: Shown<BlindSpot | null>;
		/** Frontline's guess of executives' rating vs executives' answers. */
		readonly frontline: Shown<BlindSpot | null>;
	};
	/** Structure items on their raw 1–7 scale (the inputs of the paradigm map). */
	readonly structure: Readonly<Record<StructureItemId, ByGroup<MeasureSummary>>>;
	/**
	 * Current paradigm of executives, frontline and everyone (axes on the map, rule, borderline),
	 * and whether the two levels differ. A hidden group is diagnosed as `not_enough_answers`.
	 */
	readonly paradigms: ParadigmDiagnosis;
	/** Recommended paradigm with its fit scores and reasons; null if the context is unusable. */
	readonly recommendation: Recommendation | null;
	/** Actions picked from the library for the weak spots, gaps and the paradigm move. */
	readonly actionPlan: ActionPlan;
	readonly comments: ReportComments;
}

export function isHidden<T>(value: Shown<T>): value is HiddenFigure {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as Partial<HiddenFigure>).hidden === true &&
		(value as Partial<HiddenFigure>).reason === 'fewer_than_k'
	);
}
