/**
 * The report of a diagnostic: its JSON type (`Report`, documented field by field in
 * ./report/types.ts) and `buildReport`, the pure assembly from per-cell statistics, comments and
 * settings. The SQL side that produces the statistics is src/lib/server/reports.ts.
 */
export { buildReport, structureQuantity, type ReportInput } from './report/build';
export {
	REPORT_SPEC,
	STRUCTURE_ITEM_MAX,
	emptyStructureCounts,
	mergeStructureCounts,
	structureCountsOf,
	type StructureCounts
} from './report/spec';
export {
	isHidden,
	type ByGroup,
	type DimensionReport,
	type HiddenFigure,
	type MeasureReport,
	type ReliabilityByLevel,
	type Report,
	type ReportComments,
	type ReportSettings,
	type Shown
} from './report/types';
