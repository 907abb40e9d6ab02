/**
 * Suppression: the one gate every number leaves the server through (page, chart, CSV, slides,
 * PDF, live mode, API).
 *
 * THE RULE, for a product manager. A group's results are shown only when at least k people
 * answered (k = 5 by default, never below 3; executives may get their own k, e.g. 3, when the
 * diagnostic discloses it). Hiding one group is not enough when it sits in a set of groups that
 * add up to a larger one — the two levels make up everyone, the three functions make up
 * everyone, and inside each level its three function cells, inside each function its two level
 * cells — because the hidden one would be "total minus the others". So, as Viva Glint's
 * complementary suppression does, whenever a set contains hidden groups that together hold
 * between 1 and k − 1 people, the smallest group still shown in that set is hidden too, and this
 * is repeated until every such set is safe. Because cells belong both to a level and to a
 * function, hiding in one set can expose another: the rule is re-applied across all sets until
 * nothing changes. Finally, an exact check looks at every combination of the six level × function
 * cells and asks whether its number of people could be computed by adding and subtracting the
 * figures still shown (assuming the observer even knows which cells are empty); if any such
 * combination holds between 1 and k − 1 people, the smallest group that makes it computable is
 * hidden as well, and everything is checked again. What is hidden is never shown as zero, only
 * as "fewer than k answers", the same words for the small group and for the groups hidden to
 * protect it, so the label itself tells nothing more.
 *
 * The same procedure runs for every measure separately (people skip questions, so a measure's n
 * can be smaller than the group's), starting from what is already hidden for the group. A
 * measure may carry several counts (the scored n, and the number of people behind its shares):
 * each is protected. Comments are shown for a group only when it has at least 10 respondents,
 * or pooled over the whole diagnostic once it has k, always shuffled and without dates, and the
 * same subtraction check applies to them with 10 in place of k.
 */
import { derivableSets, isInSpan, spanBasis } from './disclosure-audit';
import {
	ALL_CELLS_MASK,
	CELLS,
	EXECUTIVE_MASK,
	GROUPS,
	PARTITIONS,
	groupMask,
	totalOver,
	type CellCounts,
	type CellMask,
	type CellId,
	type GroupId
} from './segments';

export const DEFAULT_K = 5;
export const MIN_K = 3;
export const COMMENT_MIN_GROUP = 10;

export type Hidden = {
	readonly visible: false;
	readonly reason: 'fewer_than_k';
	readonly k: number;
};
export type Disclosure = { readonly visible: true; readonly n: number } | Hidden;
export type Published<T> = { readonly visible: true; readonly value: T } | Hidden;

export interface SuppressionOptions {
	readonly k?: number;
	/** Threshold for groups made only of executives; defaults to k. */
	readonly execK?: number;
}

export interface SuppressionInput extends SuppressionOptions {
	/** Respondents per atomic cell. */
	readonly respondents: CellCounts;
	/**
	 * Per published quantity (a measure, an item, α…), counts per cell: first the n shown with
	 * it, then any other count its figures are built from. Omitted quantities cannot be published.
	 */
	readonly quantities?: Readonly<Record<string, readonly CellCounts[]>>;
}

export interface SuppressionPlan {
	readonly k: number;
	readonly execK: number;
	readonly respondents: Readonly<Record<GroupId, Disclosure>>;
	readonly quantities: Readonly<Record<string, Readonly<Record<GroupId, Disclosure>>>>;
}

function checkK(value: number, name: string): number {
	if (!Number.isInteger(value) || value < MIN_K) {
		throw new RangeError(`${name} must be an integer ≥ ${MIN_K}, got ${value}`);
	}
	return value;
}

function checkCounts(counts: CellCounts): CellCounts {
	for (const cell of CELLS) {
		const value = counts[cell];
		if (!Number.isInteger(value) || value < 0) {
			throw new RangeError(`count for ${cell} must be a non-negative integer, got ${value}`);
		}
	}
	return counts;
}

/** Threshold for a set of cells, given as a mask. */
type Threshold = (mask: CellMask) => number;

/** Cells of `mask` that are not empty in `counts`: thresholds depend on who is really there. */
function support(counts: CellCounts, mask: CellMask): CellMask {
	return CELLS.reduce((acc, cell, i) => (counts[cell] > 0 ? acc : acc & ~(1 << i)), mask);
}

/** True when the cells of `mask` hold between 1 and threshold − 1 people in one of the counts. */
function isExposed(
	countsList: readonly CellCounts[],
	threshold: Threshold,
	mask: CellMask
): boolean {
	return countsList.some((counts) => {
		const total = totalOver(counts, mask);
		return total > 0 && total < threshold(support(counts, mask));
	});
}

interface Engine {
	/** The count shown with the figures; groups are ranked by it. */
	readonly main: CellCounts;
	readonly counts: readonly CellCounts[];
	readonly threshold: Threshold;
	readonly hidden: Set<GroupId>;
}

/** Smallest first, ties broken by the fixed group order, so the outcome is deterministic. */
function byMainCount(engine: Engine): (a: GroupId, b: GroupId) => number {
	const n = (g: GroupId): number => totalOver(engine.main, groupMask(g));
	return (a, b) => n(a) - n(b) || GROUPS.indexOf(a) - GROUPS.indexOf(b);
}

function smallest(engine: Engine, candidates: readonly GroupId[]): GroupId | undefined {
	return [...candidates].sort(byMainCount(engine))[0];
}

/** One pass of the complementary rule over the partitions; true when something was hidden. */
function complementStep(engine: Engine): boolean {
	for (const { children } of PARTITIONS) {
		const hidden = children.filter((g) => engine.hidden.has(g));
		const shown = children.filter((g) => !engine.hidden.has(g));
		if (hidden.length === 0 || shown.length === 0) continue;
		const hiddenMask = hidden.reduce((mask, g) => mask | groupMask(g), 0);
		if (!isExposed(engine.counts, engine.threshold, hiddenMask)) continue;
		const next = smallest(engine, shown);
		if (next !== undefined) {
			engine.hidden.add(next);
			return true;
		}
	}
	return false;
}

/** Sets an observer can total from the visible groups, knowing which cells are empty. */
function generators(engine: Engine, counts: CellCounts, without?: GroupId): CellMask[] {
	const visible = GROUPS.filter((g) => !engine.hidden.has(g) && g !== without).map(groupMask);
	const empty = CELLS.flatMap((cell, i) => (counts[cell] === 0 ? [1 << i] : []));
	return [...visible, ...empty];
}

/** The exact check; hides one more group and returns true when some derivable set is exposed. */
function auditStep(engine: Engine): boolean {
	for (const counts of engine.counts) {
		const breaches = derivableSets(generators(engine, counts))
			.filter((mask) => isExposed([counts], engine.threshold, mask))
			.sort((a, b) => totalOver(counts, a) - totalOver(counts, b) || a - b);
		const breach = breaches[0];
		if (breach === undefined) continue;
		const shown = GROUPS.filter((g) => !engine.hidden.has(g));
		const breaking = [...shown]
			.sort(byMainCount(engine))
			.find((g) => !isInSpan(spanBasis(generators(engine, counts, g)), breach));
		const next = breaking ?? smallest(engine, shown);
		if (next === undefined) return false;
		engine.hidden.add(next);
		return true;
	}
	return false;
}

/** Runs the whole rule to its fixed point and returns the hidden groups. */
function resolveHidden(
	counts: readonly CellCounts[],
	threshold: Threshold,
	initiallyHidden: ReadonlySet<GroupId>
): Set<GroupId> {
	const main = counts[0];
	if (main === undefined) throw new Error('a quantity needs at least one count per cell');
	const engine: Engine = { main, counts, threshold, hidden: new Set(initiallyHidden) };
	for (const g of GROUPS) {
		const mask = groupMask(g);
		const n = totalOver(main, mask);
		if (n < threshold(support(main, mask)) || isExposed(counts, threshold, mask)) {
			engine.hidden.add(g);
		}
	}
	// Each step hides one more group, so this ends after at most GROUPS.length steps.
	while (complementStep(engine) || auditStep(engine)) {
		/* repeat until stable */
	}
	return engine.hidden;
}

function disclosures(
	hidden: ReadonlySet<GroupId>,
	counts: CellCounts,
	label: (g: GroupId) => number
): Record<GroupId, Disclosure> {
	return Object.fromEntries(
		GROUPS.map((g): [GroupId, Disclosure] => [
			g,
			hidden.has(g)
				? { visible: false, reason: 'fewer_than_k', k: label(g) }
				: { visible: true, n: totalOver(counts, groupMask(g)) }
		])
	) as Record<GroupId, Disclosure>;
}

function thresholds(options: SuppressionOptions): {
	k: number;
	execK: number;
	threshold: Threshold;
} {
	const k = checkK(options.k ?? DEFAULT_K, 'k');
	const execK = checkK(options.execK ?? k, 'execK');
	const threshold: Threshold = (mask) => (mask !== 0 && (mask & ~EXECUTIVE_MASK) === 0 ? execK : k);
	return { k, execK, threshold };
}

/** Decides, for every group and every quantity, what may be shown. */
export function planSuppression(input: SuppressionInput): SuppressionPlan {
	const { k, execK, threshold } = thresholds(input);
	const respondents = checkCounts(input.respondents);
	const label = (g: GroupId): number => threshold(groupMask(g));
	const hiddenGroups = resolveHidden([respondents], threshold, new Set());
	const quantities = Object.fromEntries(
		Object.entries(input.quantities ?? {}).map(([id, counts]) => {
			counts.forEach(checkCounts);
			const hidden = resolveHidden(counts, threshold, hiddenGroups);
			const shown = counts[0] ?? respondents;
			return [id, disclosures(hidden, shown, label)];
		})
	);
	return {
		k,
		execK,
		respondents: disclosures(hiddenGroups, respondents, label),
		quantities
	};
}

/** Visibility of a quantity (or, with `null`, of the group's respondent count). Fails closed. */
export function disclosureOf(
	plan: SuppressionPlan,
	quantity: string | null,
	group: GroupId
): Disclosure {
	const table = quantity === null ? plan.respondents : plan.quantities[quantity];
	if (table === undefined) throw new Error(`quantity ${quantity} was not planned for suppression`);
	return table[group];
}

/** Wraps a value computed for a group: the value itself only when the plan shows it. */
export function publish<T>(
	plan: SuppressionPlan,
	quantity: string | null,
	group: GroupId,
	value: T
): Published<T> {
	const disclosure = disclosureOf(plan, quantity, group);
	return disclosure.visible ? { visible: true, value } : disclosure;
}

/** A figure computed from several groups (a gap, a blind spot) is shown only if all of them are. */
export function publishCombined<T>(
	plan: SuppressionPlan,
	parts: readonly (readonly [quantity: string | null, group: GroupId])[],
	value: T
): Published<T> {
	for (const [quantity, group] of parts) {
		const disclosure = disclosureOf(plan, quantity, group);
		if (!disclosure.visible) return disclosure;
	}
	return { visible: true, value };
}

export interface CommentRow {
	readonly cell: CellId;
	readonly text: string;
}

export interface CommentOptions extends SuppressionOptions {
	/** Uniform in [0, 1); injected so tests are deterministic. */
	readonly random: () => number;
}

export interface PublishedComments {
	/** Every comment of the diagnostic. */
	readonly pooled: Published<readonly string[]>;
	/** Comments by group (executives, sales, one cell…). */
	readonly byGroup: Readonly<Record<Exclude<GroupId, 'all'>, Published<readonly string[]>>>;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.min(i, Math.floor(random() * (i + 1)));
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}

/**
 * Comments per group and pooled. Only the text leaves: no cell, no date, no order of arrival.
 * Group lists can be subtracted from each other like counts, so they go through the same
 * procedure, with a threshold of 10 for any part of the diagnostic and k for the whole of it.
 */
export function publishComments(
	comments: readonly CommentRow[],
	respondents: CellCounts,
	options: CommentOptions
): PublishedComments {
	const { k, threshold } = thresholds(options);
	checkCounts(respondents);
	for (const comment of comments) {
		if (!CELLS.includes(comment.cell)) throw new RangeError(`unknown cell ${comment.cell}`);
	}
	const everyone = support(respondents, ALL_CELLS_MASK);
	// The executives' own k never lowers the bar for comments, which identify more than numbers.
	const commentThreshold: Threshold = (mask) =>
		Math.max(mask === everyone ? k : COMMENT_MIN_GROUP, threshold(mask));
	const alreadyHidden = resolveHidden([respondents], threshold, new Set());
	const hidden = resolveHidden([respondents], commentThreshold, alreadyHidden);
	const entries = GROUPS.map((g): [GroupId, Published<readonly string[]>] => {
		if (hidden.has(g)) {
			const bar = Math.max(g === 'all' ? k : COMMENT_MIN_GROUP, threshold(groupMask(g)));
			return [g, { visible: false, reason: 'fewer_than_k', k: bar }];
		}
		const mask = groupMask(g);
		const texts = comments
			.filter((c) => (mask & (1 << CELLS.indexOf(c.cell))) !== 0)
			.map((c) => c.text);
		return [g, { visible: true, value: shuffled(texts, options.random) }];
	});
	const byGroup = Object.fromEntries(entries.filter(([g]) => g !== 'all'));
	const pooled = entries.find(([g]) => g === 'all')?.[1];
	if (pooled === undefined) throw new Error('group "all" is missing');
	return { pooled, byGroup: byGroup as PublishedComments['byGroup'] };
}
