/**
 * Moving through the workshop deck: which slide the address asks for, what a key press does, and
 * where a command leads. Pure, so the page and its tests share it. Slides are numbered from 1,
 * as the counter and the `?slide=` parameter show them.
 */

/** The query parameter that keeps the current slide in the address, so a reload stays put. */
export const SLIDE_PARAM = 'slide';

export type DeckCommand =
	'next' | 'previous' | 'first' | 'last' | 'toggleFullscreen' | 'exitFullscreen';

/** The commands that move to another slide. */
export type MoveCommand = Exclude<DeckCommand, 'toggleFullscreen' | 'exitFullscreen'>;

/** What the keyboard handler needs to know about a key press. */
export interface KeyPress {
	readonly key: string;
	readonly shiftKey?: boolean;
	readonly ctrlKey?: boolean;
	readonly altKey?: boolean;
	readonly metaKey?: boolean;
	/** Focus is in a text field: every key belongs to it. */
	readonly typing?: boolean;
	/** Focus is on a link, button or disclosure: Space and Enter activate it. */
	readonly onControl?: boolean;
}

/** The slide the `?slide=` value points to, within 1…count; the first one when it is not a number. */
export function parseSlideNumber(raw: string | null | undefined, count: number): number {
	const last = Math.max(1, Math.floor(count));
	if (raw === null || raw === undefined || !/^\s*\d+\s*$/.test(raw)) return 1;
	const value = Number.parseInt(raw, 10);
	return Math.min(Math.max(value, 1), last);
}

/**
 * The deck command of a key press, or null when the deck should leave the key alone: with a
 * modifier (browser shortcuts), while typing, and Space or Enter on a focused control.
 */
export function commandForKey(press: KeyPress): DeckCommand | null {
	if (press.ctrlKey || press.altKey || press.metaKey || press.typing) return null;
	switch (press.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case ' ':
		case 'Spacebar':
			if (press.onControl) return null;
			return press.shiftKey ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'toggleFullscreen';
		case 'Escape':
			return 'exitFullscreen';
		default:
			return null;
	}
}

/** The slide a moving command leads to from `current`; it stops at both ends. */
export function targetSlide(command: MoveCommand, current: number, count: number): number {
	const last = Math.max(1, count);
	switch (command) {
		case 'next':
			return Math.min(current + 1, last);
		case 'previous':
			return Math.max(current - 1, 1);
		case 'first':
			return 1;
		case 'last':
			return last;
	}
}

/** The address of slide `slide`, keeping the page's other query parameters. */
export function slideHref(url: URL, slide: number): string {
	const params = new URLSearchParams(url.search);
	params.set(SLIDE_PARAM, String(slide));
	return `${url.pathname}?${params.toString()}`;
}
