/**
 * From the level a respondent chose (executive, senior manager, frontline) to the two levels the
 * analysis reports on, and the anonymity threshold of the executive groups, per the diagnostic's
 * executive mode (chosen at setup, fixed once the diagnostic has opened):
 *
 *   standard  senior managers count as frontline; executives are shown from k answers
 *   pool      senior managers are reported together with the executives; executives use k
 *   k3        senior managers count as frontline; executives are shown from 3 answers (their
 *             survey page discloses it)
 *
 * The SQL aggregation and the comments use the same mapping, so a respondent's answers and their
 * comment always land in the same group.
 */
import type { Level } from './instrument';
import type { SegmentLevel } from './segments';
import { MIN_K, type SuppressionOptions } from './suppression';

export const EXECUTIVE_MODES = ['standard', 'pool', 'k3'] as const;
export type ExecutiveMode = (typeof EXECUTIVE_MODES)[number];

/** The executives' own threshold in `k3` mode. */
export const EXECUTIVE_K3 = 3;

/** The analysis level a stored level is reported under. */
export function reportingLevel(level: Level, mode: ExecutiveMode): SegmentLevel {
	switch (level) {
		case 'executive':
			return 'executive';
		case 'frontline':
			return 'frontline';
		case 'senior_manager':
			return mode === 'pool' ? 'executive' : 'frontline';
	}
}

/** The threshold for groups made only of executives. Never above k, never below the minimum. */
export function executiveK(k: number, mode: ExecutiveMode): number {
	return mode === 'k3' ? Math.max(MIN_K, Math.min(k, EXECUTIVE_K3)) : k;
}

/** The options the suppression module needs for a diagnostic. */
export function suppressionOptions(k: number, mode: ExecutiveMode): Required<SuppressionOptions> {
	return { k, execK: executiveK(k, mode) };
}
