import fc from 'fast-check';
import { formatCsv } from '../../../../src/lib/domain/csv';
import { IMPORT_COLUMNS, templateCsv } from '../../../../src/lib/domain/response-import';
import type { Encoding, Part } from './encode';

/** Over any field's maximum length, under the app's 512 KB body limit. */
export const HUGE = 300_000;

const nasty = [
	'',
	' ',
	'0',
	'-1',
	'1e309',
	'NaN',
	'null',
	'undefined',
	'true',
	'[]',
	'{}',
	'[object Object]',
	'__proto__',
	"' OR '1'='1' --",
	'"; drop table users; --',
	'<script>alert(1)</script>',
	'{{7*7}}',
	'${7*7}',
	'../../../../etc/passwd',
	'%00',
	'\r\n\r\nX-Injected: yes',
	'=HYPERLINK("http://evil.example")',
	'９９',
	'Ⅻ',
	'\u202egnp.exe',
	'\ufeff',
	'\u0000',
	'a\u0000b'
];

const loneSurrogates = fc
	.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 4 })
	.map((codes) => `x${String.fromCharCode(...codes)}y`);

/** Strings a hostile client may put anywhere: odd, huge, nested, unicode and control characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...nasty) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: loneSurrogates },
	{ weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${text}`) },
	{ weight: 1, arbitrary: fc.integer({ min: 2_000, max: HUGE }).map((n) => 'A'.repeat(n)) },
	{ weight: 1, arbitrary: fc.integer({ min: 500, max: 50_000 }).map((n) => '🙂'.repeat(n)) },
	{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)) },
	{
		weight: 1,
		arbitrary: fc.integer({ min: 50, max: 5_000 }).map((n) => '['.repeat(n) + ']'.repeat(n))
	},
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.bigInt().map(String) }
);

const hostileName: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'name[]', 'a.b', '0', '', 'k\u0000x'),
	fc.string({ maxLength: 20 })
);

/** CSV files the import must survive: the right header with hostile cells, or anything at all. */
export const hostileCsv: fc.Arbitrary<string | Uint8Array> = fc.oneof(
	fc
		.array(fc.array(hostileString, { maxLength: IMPORT_COLUMNS.length + 2 }), { maxLength: 4 })
		.map((rows) => formatCsv([IMPORT_COLUMNS, ...rows], ',', { bom: false })),
	fc.uint8Array({ maxLength: 4_000 }),
	hostileString
);

/** Each field of the valid request kept, dropped, replaced, or sent twice; extra fields added. */
export function mutatedParts(base: Part[]): fc.Arbitrary<Part[]> {
	const perPart = base.map((part) =>
		fc.oneof(
			{ weight: 3, arbitrary: fc.constant([part]) },
			{ weight: 1, arbitrary: fc.constant([] as Part[]) },
			{
				weight: 3,
				arbitrary:
					'file' in part
						? hostileCsv.map((content): Part[] => [
								{ name: part.name, file: { ...part.file, content } }
							])
						: hostileString.map((value): Part[] => [{ name: part.name, value }])
			},
			{
				weight: 1,
				arbitrary: hostileString.map((value): Part[] => [part, { name: part.name, value }])
			}
		)
	);
	const extras = fc.array(
		fc.tuple(hostileName, hostileString).map(([name, value]): Part => ({ name, value })),
		{ maxLength: 3 }
	);
	return fc.tuple(fc.tuple(...perPart), extras).map(([kept, added]) => [...kept.flat(), ...added]);
}

export const anyEncoding: fc.Arbitrary<Encoding> = fc.oneof(
	{ weight: 5, arbitrary: fc.constant<Encoding>('urlencoded') },
	{ weight: 3, arbitrary: fc.constant<Encoding>('multipart') },
	{ weight: 1, arbitrary: fc.constantFrom<Encoding>('json', 'text', 'broken-multipart', 'empty') }
);

/** A request that must be refused, with the reason it must be (shown when it is not). */
export interface Refusal {
	reason: string;
	parts: Part[];
	encoding: Encoding;
}

function withField(base: Part[], name: string, value: string | undefined): Part[] {
	const kept = base.filter((part) => part.name !== name);
	return value === undefined ? kept : [...kept, { name, value }];
}

/** A valid import file with one profile or rating cell broken (the comment takes any text). */
const brokenImportFile = fc
	.tuple(fc.integer({ min: 0, max: IMPORT_COLUMNS.length - 2 }), hostileString)
	.map(([column, cell]) => {
		const lines = templateCsv('en', ',').split('\r\n');
		const cells = lines[1]!.split(',');
		cells[column] = `x${cell.replace(/[",\r\n]/g, '')}`;
		return [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n');
	});

/**
 * Requests a handler must refuse, one arbitrary per way of breaking it (so that every way is
 * tried): a required field missing, huge or holding a NUL, a free-text field too long or
 * holding a NUL, a broken import file, the body in the wrong format. Junk fields come on top.
 */
export function refusals(
	base: Part[],
	required: readonly string[],
	text: readonly string[]
): fc.Arbitrary<Refusal>[] {
	const breakers: fc.Arbitrary<Omit<Refusal, 'encoding'> & { encoding?: Encoding }>[] = [];
	for (const name of required) {
		breakers.push(
			fc.constant({ reason: `${name} missing`, parts: withField(base, name, undefined) })
		);
	}
	for (const name of new Set([...required, ...text])) {
		breakers.push(
			fc.constant({ reason: `${name} huge`, parts: withField(base, name, 'x'.repeat(HUGE)) })
		);
		breakers.push(
			fc.string({ maxLength: 8 }).map((around) => ({
				reason: `${name} with NUL`,
				parts: withField(base, name, `${around}\u0000${around}`)
			}))
		);
	}
	if (base.some((part) => 'file' in part)) {
		breakers.push(
			brokenImportFile.map((content) => ({
				reason: 'broken file',
				parts: base.map((part) =>
					'file' in part ? { ...part, file: { ...part.file, content } } : part
				)
			}))
		);
	}
	if (required.length > 0) {
		for (const encoding of ['json', 'broken-multipart', 'empty'] as const) {
			breakers.push(fc.constant({ reason: `${encoding} body`, parts: base, encoding }));
		}
	}
	const names = new Set(base.map((part) => part.name));
	const junk = fc.array(
		fc
			.tuple(hostileName, hostileString)
			.filter(([name]) => !names.has(name))
			.map(([name, value]): Part => ({ name, value })),
		{ maxLength: 2 }
	);
	return breakers.map((breaker) =>
		fc
			.tuple(breaker, junk, fc.constantFrom<Encoding>('urlencoded', 'multipart'))
			.map(([broken, extra, encoding]) => ({
				reason: broken.reason,
				parts: [...broken.parts, ...extra],
				encoding: broken.encoding ?? encoding
			}))
	);
}
