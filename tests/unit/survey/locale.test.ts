import { describe, expect, it } from 'vitest';
import { chooseSurveyLocale, surveyLanguages } from '$lib/survey/locale';
import { answerLabel, questionText } from '$lib/survey/labels';

describe('the survey language', () => {
	it('follows the respondent when the diagnostic offers their language', () => {
		expect(chooseSurveyLocale(['fr', 'en'], ['en', 'fr'])).toBe('fr');
		expect(chooseSurveyLocale([undefined, 'en'], ['en', 'fr'])).toBe('en');
	});

	it('never shows a language the diagnostic does not offer', () => {
		expect(chooseSurveyLocale(['en', 'en'], ['fr'])).toBe('fr');
		expect(chooseSurveyLocale(['de'], ['en'])).toBe('en');
	});

	it('offers every language when the setting is empty or invalid', () => {
		expect(surveyLanguages([])).toEqual(['en', 'fr']);
		expect(surveyLanguages(undefined)).toEqual(['en', 'fr']);
		expect(surveyLanguages(['fr', 'xx', 'fr'])).toEqual(['fr']);
	});
});

describe('answers read back on the review', () => {
	it('names each answer in the survey language', () => {
		expect(answerLabel('trust.1', '7', 'fr')).toBe('Tout à fait d’accord');
		expect(answerLabel('trust.1', '0', 'en')).toBe('Don’t know');
		expect(answerLabel('overall.alignment', '5', 'en')).toBe('Highly aligned');
		expect(answerLabel('structure.influence', '4', 'fr')).toBe('Poids égal');
		expect(answerLabel('level', 'frontline', 'en')).toBe('Frontline');
		expect(answerLabel('comment', 'Plus de terrain', 'en')).toBe('Plus de terrain');
		expect(answerLabel('trust.1', undefined, 'en')).toBeUndefined();
		expect(questionText('function', 'fr')).toBe('Dans quelle fonction travaillez-vous\u00a0?');
	});
});
