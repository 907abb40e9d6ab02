import { describe, expect, it } from 'vitest';
import { demoAnswers, seededRandom } from '../../../src/lib/demo/answers';
import { responseAnswersSchema, type Level } from '../../../src/lib/domain/instrument';

const alignedShare = (list: ReturnType<typeof demoAnswers>, level: Level) => {
	const answered = list.filter(
		(a) => a.level === level && a['overall.alignment'] !== null && a['overall.alignment'] !== 0
	);
	return answered.filter((a) => (a['overall.alignment'] as number) >= 4).length / answered.length;
};

describe('demo answers', () => {
	it('are reproducible from the seed and differ between seeds', () => {
		expect(demoAnswers({ count: 40, seed: 7 })).toEqual(demoAnswers({ count: 40, seed: 7 }));
		expect(demoAnswers({ count: 40, seed: 7 })).not.toEqual(demoAnswers({ count: 40, seed: 8 }));
		const random = seededRandom(1);
		const values = Array.from({ length: 1000 }, random);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
	});

	it('are valid responses, with the requested count and level quotas', () => {
		const list = demoAnswers({ count: 150, seed: 2025 });
		expect(list).toHaveLength(150);
		for (const answers of list) expect(responseAnswersSchema.parse(answers)).toEqual(answers);
		expect(list.filter((a) => a.level === 'executive')).toHaveLength(24);
		expect(list.filter((a) => a.level === 'senior_manager')).toHaveLength(18);
		expect(list.filter((a) => a.level === 'frontline')).toHaveLength(108);
		expect(new Set(list.map((a) => a.function))).toEqual(new Set(['sales', 'marketing', 'other']));
		const comments = list.filter((a) => a.comment);
		expect(comments.length).toBeGreaterThan(10);
		expect(comments.some((a) => /[éèàù’]/.test(a.comment!))).toBe(true);
	});

	it('make executives far more positive than frontline, and improve frontline in a follow-up', () => {
		const first = demoAnswers({ count: 3000, seed: 11 });
		expect(alignedShare(first, 'executive')).toBeGreaterThan(0.72);
		expect(alignedShare(first, 'frontline')).toBeGreaterThan(0.25);
		expect(alignedShare(first, 'frontline')).toBeLessThan(0.45);
		const later = demoAnswers({ count: 3000, seed: 11, improvement: 1 });
		expect(alignedShare(later, 'frontline')).toBeGreaterThan(
			alignedShare(first, 'frontline') + 0.1
		);
	});
});
