import { describe, expect, it } from 'vitest';
import {
	commandForKey,
	parseSlideNumber,
	slideHref,
	targetSlide
} from '../../../src/lib/present/navigation';

describe('parseSlideNumber', () => {
	it('reads a slide number within the deck', () => {
		expect(parseSlideNumber('3', 11)).toBe(3);
		expect(parseSlideNumber(' 11 ', 11)).toBe(11);
	});

	it('starts at the first slide without a usable number', () => {
		for (const raw of [null, undefined, '', 'abc', '2.5', '-3', '1e3', '0x4']) {
			expect(parseSlideNumber(raw, 11), String(raw)).toBe(1);
		}
	});

	it('keeps the number inside the deck', () => {
		expect(parseSlideNumber('0', 11)).toBe(1);
		expect(parseSlideNumber('12', 11)).toBe(11);
		expect(parseSlideNumber('99999999999999999999', 11)).toBe(11);
	});

	it('has one slide even for an empty deck', () => {
		expect(parseSlideNumber('4', 0)).toBe(1);
		expect(parseSlideNumber('4', 1)).toBe(1);
	});
});

describe('commandForKey', () => {
	it('moves forward with the right arrow, Page Down and Space', () => {
		expect(commandForKey({ key: 'ArrowRight' })).toBe('next');
		expect(commandForKey({ key: 'PageDown' })).toBe('next');
		expect(commandForKey({ key: ' ' })).toBe('next');
	});

	it('moves back with the left arrow, Page Up and Shift+Space', () => {
		expect(commandForKey({ key: 'ArrowLeft' })).toBe('previous');
		expect(commandForKey({ key: 'PageUp' })).toBe('previous');
		expect(commandForKey({ key: ' ', shiftKey: true })).toBe('previous');
	});

	it('jumps to either end with Home and End', () => {
		expect(commandForKey({ key: 'Home' })).toBe('first');
		expect(commandForKey({ key: 'End' })).toBe('last');
	});

	it('toggles full screen with F and leaves it with Escape', () => {
		expect(commandForKey({ key: 'f' })).toBe('toggleFullscreen');
		expect(commandForKey({ key: 'F', shiftKey: true })).toBe('toggleFullscreen');
		expect(commandForKey({ key: 'Escape' })).toBe('exitFullscreen');
	});

	it('leaves browser shortcuts alone', () => {
		expect(commandForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
		expect(commandForKey({ key: 'End', metaKey: true })).toBeNull();
	});

	it('leaves every key to a text field', () => {
		expect(commandForKey({ key: 'ArrowRight', typing: true })).toBeNull();
		expect(commandForKey({ key: 'f', typing: true })).toBeNull();
	});

	it('lets Space activate a focused control, while arrows still move', () => {
		expect(commandForKey({ key: ' ', onControl: true })).toBeNull();
		expect(commandForKey({ key: 'ArrowRight', onControl: true })).toBe('next');
	});

	it('ignores other keys', () => {
		for (const key of ['a', 'Enter', 'Tab', 'ArrowUp', 'ArrowDown']) {
			expect(commandForKey({ key }), key).toBeNull();
		}
	});
});

describe('targetSlide', () => {
	it('steps one slide and stops at both ends', () => {
		expect(targetSlide('next', 3, 11)).toBe(4);
		expect(targetSlide('next', 11, 11)).toBe(11);
		expect(targetSlide('previous', 3, 11)).toBe(2);
		expect(targetSlide('previous', 1, 11)).toBe(1);
	});

	it('jumps to the first and the last slide', () => {
		expect(targetSlide('first', 7, 11)).toBe(1);
		expect(targetSlide('last', 2, 11)).toBe(11);
		expect(targetSlide('last', 1, 1)).toBe(1);
	});
});

describe('slideHref', () => {
	it('sets the slide and keeps the other parameters', () => {
		const url = new URL('http://localhost/orgs/o/diagnostics/d/present?lang=fr&slide=2');
		expect(slideHref(url, 5)).toBe('/orgs/o/diagnostics/d/present?lang=fr&slide=5');
	});

	it('adds the parameter when the address has none', () => {
		const url = new URL('http://localhost/orgs/o/diagnostics/d/present');
		expect(slideHref(url, 1)).toBe('/orgs/o/diagnostics/d/present?slide=1');
	});
});
