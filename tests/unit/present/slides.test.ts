import { describe, expect, it } from 'vitest';
import type { Gap } from '../../../src/lib/domain/gaps';
import type { DimensionReport, HiddenFigure, Report } from '../../../src/lib/domain/report/types';
import { DIMENSIONS } from '../../../src/lib/domain/instrument';
import {
	DECK_SLIDES,
	deckSlides,
	hasResults,
	largestGaps,
	topActions
} from '../../../src/lib/present/slides';

const hidden = (k: number): HiddenFigure => ({ hidden: true, reason: 'fewer_than_k', k });

function respondents(all: number | HiddenFigure): Pick<Report, 'respondents'> {
	return { respondents: { all } as Report['respondents'] };
}

function gapOf(difference: number): Gap {
	return { difference } as Gap;
}

/** Only what the selection reads: the id and the executive − frontline gap. */
function dimensions(gaps: (Gap | HiddenFigure | null)[]): DimensionReport[] {
	return gaps.map((gap, i) => ({ id: DIMENSIONS[i]!.id, gap }) as unknown as DimensionReport);
}

describe('deckSlides', () => {
	it('presents the whole deck once the diagnostic has results', () => {
		expect(deckSlides(respondents(42))).toEqual(DECK_SLIDES);
		expect(DECK_SLIDES[0]).toBe('title');
		expect(DECK_SLIDES.at(-1)).toBe('method');
	});

	it('shows one slide saying so when fewer than k answered', () => {
		expect(hasResults(respondents(hidden(5)))).toBe(false);
		expect(deckSlides(respondents(hidden(5)))).toEqual(['empty']);
	});

	it('shows the same single slide when nobody answered', () => {
		expect(deckSlides(respondents(0))).toEqual(['empty']);
	});

	it('covers every part of the report a workshop needs, once each', () => {
		expect(new Set(DECK_SLIDES).size).toBe(DECK_SLIDES.length);
		for (const id of [
			'headline',
			'blindSpots',
			'dimensions',
			'gaps',
			'mirror',
			'heatmap'
		] as const) {
			expect(DECK_SLIDES).toContain(id);
		}
		for (const id of ['paradigm', 'recommendation', 'actions', 'method'] as const) {
			expect(DECK_SLIDES).toContain(id);
		}
	});
});

describe('largestGaps', () => {
	it('orders the gaps by size, whatever their sign, and keeps the largest', () => {
		const list = dimensions([
			gapOf(3),
			gapOf(-12),
			gapOf(8),
			gapOf(1),
			gapOf(10),
			gapOf(-2),
			gapOf(0)
		]);
		expect(largestGaps(list, 4).map((d) => (d.gap as Gap).difference)).toEqual([-12, 10, 8, 3]);
	});

	it('never lists a hidden or missing gap', () => {
		const list = dimensions([hidden(5), null, gapOf(4), hidden(5), gapOf(-6), null, null]);
		const chosen = largestGaps(list, 4);
		expect(chosen.map((d) => d.id)).toEqual([DIMENSIONS[4]!.id, DIMENSIONS[2]!.id]);
	});
});

describe('topActions', () => {
	it('keeps the plan’s order and its first items only', () => {
		expect(topActions([1, 2, 3, 4, 5, 6, 7])).toEqual([1, 2, 3, 4, 5]);
		expect(topActions(['a', 'b'], 5)).toEqual(['a', 'b']);
	});
});
