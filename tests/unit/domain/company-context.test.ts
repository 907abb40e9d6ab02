import { describe, expect, it } from 'vitest';
import {
	COMPANY_CONTEXT_FIELDS,
	CONTEXT_ERROR_CODES,
	REVENUE_MODELS,
	SALES_CYCLES,
	SALES_MOTIONS,
	companyContextSchema
} from '$lib/domain/company-context';

const valid = {
	headcount: 40,
	revenueModel: 'recurring',
	salesMotion: 'inside',
	selfDirectedJourneyPct: 70,
	salesCycle: '1_to_3_months',
	segmentCount: 3
};

function codes(input: unknown): Record<string, string> {
	const result = companyContextSchema.safeParse(input);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('companyContextSchema', () => {
	it('accepts a complete context', () => {
		expect(companyContextSchema.parse(valid)).toEqual(valid);
	});

	it('accepts form strings, including a French decimal comma', () => {
		const parsed = companyContextSchema.parse({
			...valid,
			headcount: ' 12 ',
			selfDirectedJourneyPct: '72,5',
			segmentCount: '1'
		});
		expect(parsed).toMatchObject({ headcount: 12, selfDirectedJourneyPct: 72.5, segmentCount: 1 });
	});

	it('reports every missing field as required', () => {
		expect(codes({})).toEqual({
			headcount: 'required',
			revenueModel: 'required',
			salesMotion: 'required',
			selfDirectedJourneyPct: 'required',
			salesCycle: 'required',
			segmentCount: 'required'
		});
	});

	it('treats empty form fields as missing, not as zero', () => {
		expect(codes({ ...valid, headcount: '', salesMotion: '' })).toEqual({
			headcount: 'required',
			salesMotion: 'required'
		});
	});

	it.each([
		['headcount', 0, 'too_small'],
		['headcount', 1, undefined],
		['headcount', 100_000, undefined],
		['headcount', 100_001, 'too_big'],
		['headcount', 1.5, 'not_integer'],
		['headcount', 'abc', 'not_a_number'],
		['selfDirectedJourneyPct', -1, 'too_small'],
		['selfDirectedJourneyPct', 0, undefined],
		['selfDirectedJourneyPct', 100, undefined],
		['selfDirectedJourneyPct', 100.1, 'too_big'],
		['segmentCount', 0, 'too_small'],
		['segmentCount', 2.5, 'not_integer'],
		['revenueModel', 'subscription', 'invalid_option'],
		['salesMotion', 'retail', 'invalid_option'],
		['salesCycle', '2_years', 'invalid_option']
	])('%s = %j → %s', (field, value, expected) => {
		expect(codes({ ...valid, [field]: value })[field]).toBe(expected);
	});

	it('only produces documented codes', () => {
		const bad = [
			{},
			{ headcount: -3, revenueModel: 1, selfDirectedJourneyPct: 'x', segmentCount: 0.5 }
		];
		for (const input of bad) {
			for (const code of Object.values(codes(input))) {
				expect(CONTEXT_ERROR_CODES).toContain(code);
			}
		}
	});
});

describe('COMPANY_CONTEXT_FIELDS', () => {
	it('describes exactly the schema fields', () => {
		expect(COMPANY_CONTEXT_FIELDS.map((f) => f.id).sort()).toEqual(
			Object.keys(companyContextSchema.shape).sort()
		);
	});

	it('labels every field and option in both languages, differently', () => {
		for (const field of COMPANY_CONTEXT_FIELDS) {
			const texts = [
				field.label,
				field.help,
				...(field.kind === 'choice' ? field.options.map((o) => o.label) : [])
			];
			for (const text of texts) {
				expect(text.en.trim()).not.toBe('');
				expect(text.fr.trim()).not.toBe('');
				expect(text.fr).not.toBe(text.en);
			}
		}
	});

	it('offers every enum value as an option', () => {
		const options = (id: string): string[] => {
			const field = COMPANY_CONTEXT_FIELDS.find((f) => f.id === id);
			return field?.kind === 'choice' ? field.options.map((o) => o.value) : [];
		};
		expect(options('revenueModel')).toEqual([...REVENUE_MODELS]);
		expect(options('salesMotion')).toEqual([...SALES_MOTIONS]);
		expect(options('salesCycle')).toEqual([...SALES_CYCLES]);
	});
});
