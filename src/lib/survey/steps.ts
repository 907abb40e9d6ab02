import {
	SCREENS,
	type JobFunction,
	type Level,
	type QuestionId,
	type Screen,
	type ScreenId
} from '$lib/domain/instrument';

/** Where the respondent is: the welcome page, one of the instrument's screens, or the review. */
export type StepId = 'welcome' | ScreenId | 'review';

/**
 * What a survey link fixes in advance (its audience). A preset profile field is never asked: the
 * server fills it in at submission, whatever the form carries.
 */
export interface Preset {
	level: Level | null;
	function: JobFunction | null;
}

export const NO_PRESET: Preset = Object.freeze({ level: null, function: null });

/** The questions a screen asks this respondent (profile fields fixed by the link are left out). */
export function questionsOf(screen: Screen, preset: Preset): QuestionId[] {
	return screen.itemIds.filter(
		(id) => !(id === 'level' && preset.level) && !(id === 'function' && preset.function)
	);
}

/** The instrument's screens this respondent sees, in order (a fully preset profile is skipped). */
export function screensFor(preset: Preset): Screen[] {
	return SCREENS.filter((screen) => questionsOf(screen, preset).length > 0);
}

/** Every step of the flow, in order: welcome, the screens, review. */
export function stepsFor(preset: Preset): StepId[] {
	return ['welcome', ...screensFor(preset).map((screen) => screen.id), 'review'];
}

export function screenById(id: StepId): Screen | undefined {
	return SCREENS.find((screen) => screen.id === id);
}

export function isStepId(value: unknown, preset: Preset): value is StepId {
	return typeof value === 'string' && (stepsFor(preset) as string[]).includes(value);
}

/** The questions shown on a step (none on the welcome and review steps). */
export function questionsOnStep(step: StepId, preset: Preset): QuestionId[] {
	const screen = screenById(step);
	return screen ? questionsOf(screen, preset) : [];
}

/** The step that asks a question, or undefined when the link presets it. */
export function stepOfQuestion(id: QuestionId, preset: Preset): StepId | undefined {
	return screensFor(preset).find((screen) => questionsOf(screen, preset).includes(id))?.id;
}

/** Position among the question screens (1-based) and their count, for the progress indicator. */
export function progressOf(step: StepId, preset: Preset): { position: number; total: number } {
	const screens = screensFor(preset);
	const index = screens.findIndex((screen) => screen.id === step);
	return {
		position: index === -1 ? (step === 'review' ? screens.length : 0) : index + 1,
		total: screens.length
	};
}
