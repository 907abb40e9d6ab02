/**
 * The groups the analysis reports on. Every respondent falls in exactly one atomic cell
 * (level × function); every published group is a union of cells. Counts and sums are additive
 * over cells, which is what lets the SQL layer aggregate per cell and lets the suppression
 * reason about subtraction with linear algebra.
 *
 * The instrument also has a `senior_manager` level; which of the two analysis levels it joins is
 * decided per diagnostic before the data reaches these functions.
 */

import type { Locale, LocalizedText } from '$lib/i18n/locales';

export const SEGMENT_LEVELS = ['executive', 'frontline'] as const;
export type SegmentLevel = (typeof SEGMENT_LEVELS)[number];

export const SEGMENT_FUNCTIONS = ['sales', 'marketing', 'other'] as const;
export type SegmentFunction = (typeof SEGMENT_FUNCTIONS)[number];

export type CellId = `${SegmentLevel}:${SegmentFunction}`;

export function cellId(level: SegmentLevel, fn: SegmentFunction): CellId {
	return `${level}:${fn}`;
}

/** The six cells, executives first; the order is fixed because bit masks below rely on it. */
export const CELLS: readonly CellId[] = SEGMENT_LEVELS.flatMap((level) =>
	SEGMENT_FUNCTIONS.map((fn) => cellId(level, fn))
);

export type GroupId = 'all' | SegmentLevel | SegmentFunction | CellId;

/** Every published group: all respondents, the two levels, the three functions, the six cells. */
export const GROUPS: readonly GroupId[] = [
	'all',
	...SEGMENT_LEVELS,
	...SEGMENT_FUNCTIONS,
	...CELLS
];

/** The cells a group is made of. */
export function cellsOf(group: GroupId): readonly CellId[] {
	if (group === 'all') return CELLS;
	return CELLS.filter((cell) => {
		const [level, fn] = cell.split(':');
		return cell === group || level === group || fn === group;
	});
}

/** A set of cells as a bit mask (bit i = CELLS[i]); 63 is every cell. */
export type CellMask = number;

export const ALL_CELLS_MASK: CellMask = (1 << CELLS.length) - 1;

export function maskOf(cells: readonly CellId[]): CellMask {
	return cells.reduce((mask, cell) => mask | (1 << CELLS.indexOf(cell)), 0);
}

export function groupMask(group: GroupId): CellMask {
	return maskOf(cellsOf(group));
}

export function cellsInMask(mask: CellMask): CellId[] {
	return CELLS.filter((_, index) => (mask & (1 << index)) !== 0);
}

export const EXECUTIVE_MASK: CellMask = groupMask('executive');

/** One count (respondents, answers…) per atomic cell. */
export type CellCounts = Readonly<Record<CellId, number>>;

export function totalOver(counts: CellCounts, mask: CellMask): number {
	return CELLS.reduce(
		(sum, cell, index) => ((mask & (1 << index)) !== 0 ? sum + counts[cell] : sum),
		0
	);
}

/**
 * Groups that add up exactly to a larger group. Knowing the total and all members but one gives
 * the last one away, so these are the sets the complementary suppression works on.
 */
export const PARTITIONS: readonly {
	readonly parent: GroupId;
	readonly children: readonly GroupId[];
}[] = [
	{ parent: 'all', children: SEGMENT_LEVELS },
	{ parent: 'all', children: SEGMENT_FUNCTIONS },
	...SEGMENT_LEVELS.map((level) => ({
		parent: level,
		children: SEGMENT_FUNCTIONS.map((fn) => cellId(level, fn))
	})),
	...SEGMENT_FUNCTIONS.map((fn) => ({
		parent: fn,
		children: SEGMENT_LEVELS.map((level) => cellId(level, fn))
	}))
];

/** How each group is named in reports and exports. */
export const GROUP_LABELS: Readonly<Record<GroupId, LocalizedText>> = {
	all: { en: 'Everyone', fr: 'Tout le monde' },
	executive: { en: 'Executives', fr: 'Dirigeants' },
	frontline: { en: 'Frontline', fr: 'Terrain' },
	sales: { en: 'Sales', fr: 'Ventes' },
	marketing: { en: 'Marketing', fr: 'Marketing' },
	other: { en: 'Other functions', fr: 'Autres fonctions' },
	'executive:sales': { en: 'Executives, sales', fr: 'Dirigeants, ventes' },
	'executive:marketing': { en: 'Executives, marketing', fr: 'Dirigeants, marketing' },
	'executive:other': { en: 'Executives, other', fr: 'Dirigeants, autres' },
	'frontline:sales': { en: 'Frontline, sales', fr: 'Terrain, ventes' },
	'frontline:marketing': { en: 'Frontline, marketing', fr: 'Terrain, marketing' },
	'frontline:other': { en: 'Frontline, other', fr: 'Terrain, autres' }
};

/** The group labels of one language. */
export function groupLabels(locale: Locale): Record<GroupId, string> {
	return Object.fromEntries(
		Object.entries(GROUP_LABELS).map(([group, label]) => [group, label[locale]])
	) as Record<GroupId, string>;
}
