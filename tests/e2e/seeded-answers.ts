import type { ResponseAnswers } from '../../src/lib/domain/instrument';
import { realisticAnswers } from '../unit/report/generators';

/**
 * About 150 answers for the report's views: frontline staff (and senior managers, who count as
 * frontline in the standard mode) from the realistic generator, and 18 rosier executives drawn
 * from it too, of whom only 2 work in marketing: with k = 5 that cell must never show a figure,
 * in any view.
 */
export function seededAnswers(): ResponseAnswers[] {
	const frontline = realisticAnswers(140, 5).filter((a) => a.level !== 'executive');
	const executives = realisticAnswers(500, 21)
		.filter((a) => a.level === 'executive')
		.slice(0, 18)
		.map((a, i): ResponseAnswers => {
			const fn = i < 2 ? 'marketing' : i % 3 === 0 ? 'other' : 'sales';
			return { ...a, function: fn };
		});
	return [...executives, ...frontline];
}
