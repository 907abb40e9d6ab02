import { describe, expect, it } from 'vitest';
import {
	ACTION_LIBRARY,
	EFFORTS,
	EFFORT_LABELS,
	HORIZONS,
	HORIZON_LABELS,
	OWNER_ROLES,
	OWNER_ROLE_LABELS,
	getAction
} from '$lib/domain/actions';
import { DIMENSION_IDS, STRUCTURE_ITEM_IDS } from '$lib/domain/dimension-ids';
import { MOVE_STEPS, PARADIGM_IDS } from '$lib/domain/paradigm';
import type { LocalizedText } from '$lib/i18n/locales';

function expectBilingual(text: LocalizedText): void {
	expect(text.en.trim().length).toBeGreaterThan(0);
	expect(text.fr.trim().length).toBeGreaterThan(0);
	expect(text.fr).not.toBe(text.en);
}

describe('action library', () => {
	it('holds at least 25 actions with unique kebab-case ids', () => {
		expect(ACTION_LIBRARY.length).toBeGreaterThanOrEqual(25);
		const ids = ACTION_LIBRARY.map((a) => a.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('writes every title and description in French and English', () => {
		for (const action of ACTION_LIBRARY) {
			expectBilingual(action.title);
			expectBilingual(action.description);
		}
	});

	it('uses only known dimensions, paradigms, moves, efforts, horizons and owners', () => {
		for (const a of ACTION_LIBRARY) {
			expect(a.dimensions.length).toBeGreaterThan(0);
			expect(new Set(a.dimensions).size).toBe(a.dimensions.length);
			for (const d of a.dimensions) expect(DIMENSION_IDS).toContain(d);
			expect(a.paradigms.length).toBeGreaterThan(0);
			for (const p of a.paradigms) expect(PARADIGM_IDS).toContain(p);
			for (const m of a.moves) expect(MOVE_STEPS).toContain(m);
			expect(EFFORTS).toContain(a.effort);
			expect(HORIZONS).toContain(a.horizonDays);
			expect(OWNER_ROLES).toContain(a.owner);
		}
	});

	it('names a measure to re-check made of known ids', () => {
		for (const a of ACTION_LIBRARY) {
			expect(a.measure.dimensions.length + a.measure.items.length).toBeGreaterThan(0);
			for (const d of a.measure.dimensions) expect(DIMENSION_IDS).toContain(d);
			for (const t of a.measure.items) {
				expect(STRUCTURE_ITEM_IDS).toContain(t.item);
				expect(['increase', 'decrease']).toContain(t.direction);
			}
		}
	});

	it.each([...DIMENSION_IDS])('covers dimension %s with at least two actions', (dimension) => {
		expect(
			ACTION_LIBRARY.filter((a) => a.dimensions.includes(dimension)).length
		).toBeGreaterThanOrEqual(2);
	});

	it.each([...PARADIGM_IDS])('serves paradigm %s with at least three actions', (paradigm) => {
		expect(
			ACTION_LIBRARY.filter((a) => a.paradigms.includes(paradigm)).length
		).toBeGreaterThanOrEqual(3);
	});

	it.each([...MOVE_STEPS])('supports move %s with at least one action', (step) => {
		expect(ACTION_LIBRARY.some((a) => a.moves.includes(step))).toBe(true);
	});

	it('includes the practices the seeds name', () => {
		for (const id of [
			'marketer-field-immersion',
			'gemba-time',
			'internal-pitch-contest',
			'co-location',
			'joint-training',
			'shared-smart-objectives',
			'one-reward-scheme',
			'sales-shape-offers',
			'closed-loop-crm-feedback',
			'written-sla',
			'mql-sql-workshop',
			'joint-buyer-personas',
			'lead-scoring',
			'weekly-joint-meeting',
			'sales-marketing-pairs',
			'co-written-content',
			'single-revenue-owner',
			'leaders-seen-together',
			'shared-attribution-rule'
		]) {
			expect(getAction(id)?.id).toBe(id);
		}
		expect(getAction('no-such-action')).toBeUndefined();
	});

	it('labels owners, efforts and horizons in both languages', () => {
		for (const text of [
			...OWNER_ROLES.map((r) => OWNER_ROLE_LABELS[r]),
			...EFFORTS.map((e) => EFFORT_LABELS[e]),
			...HORIZONS.map((h) => HORIZON_LABELS[h])
		]) {
			expectBilingual(text);
		}
	});
});
