import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalEach } from '$tests/helpers/ingest';
import {
	booleanSql,
	detectNumberStyle,
	idSql,
	looksLikeNumber,
	numberSql,
	parseBoolean,
	parseNumber,
	textSql,
	type NumberStyle
} from './values';

const DOT: NumberStyle = { decimal: '.' };
const COMMA: NumberStyle = { decimal: ',' };

// [input, value with decimal '.', value with decimal ',']
const NUMBERS: [string, number | null, number | null][] = [
	['12', 12, 12],
	['-3', -3, -3],
	['+4', 4, 4],
	['0', 0, 0],
	['007', 7, 7],
	['12.5', 12.5, null],
	['12,5', null, 12.5],
	['1,234.5', 1234.5, null],
	['1.234,5', null, 1234.5],
	['1,234', 1234, 1.234],
	['1.234', 1.234, 1234],
	['12,345,678.9', 12345678.9, null],
	['12.345.678,9', null, 12345678.9],
	['1 234,5', null, 1234.5],
	['1 234.5', 1234.5, null],
	['1\u00a0234,50', null, 1234.5],
	['1\u202f234', 1234, 1234],
	["1'234.5", 1234.5, null],
	['.5', 0.5, null],
	['5.', 5, null],
	[',5', null, 0.5],
	['1e3', 1000, 1000],
	['-2.5E-2', -0.025, null],
	['¥1,234.50', 1234.5, null],
	['￥1,234.50', 1234.5, null],
	['$12', 12, 12],
	['$ 12.00', 12, null],
	['€12,50', null, 12.5],
	['12,50 €', null, 12.5],
	['£3.99', 3.99, null],
	['RMB 88', 88, 88],
	['rmb88', 88, 88],
	['88 CNY', 88, 88],
	['USD 1,000', 1000, 1],
	['88元', 88, 88],
	['-$3', -3, -3],
	['$-3', -3, -3],
	['(12.50)', -12.5, null],
	['($12.50)', -12.5, null],
	['$(12.50)', -12.5, null],
	['( 7 )', -7, -7],
	[' \t42\r\n', 42, 42],
	['\u300042\u3000', 42, 42],
	['', null, null],
	['   ', null, null],
	['12%', null, null],
	['NaN', null, null],
	['nan', null, null],
	['inf', null, null],
	['-Infinity', null, null],
	['1e309', null, null],
	['-1e309', null, null],
	['1_000', null, null],
	['0x10', null, null],
	['1,2,3', null, null],
	['1.2.3', null, null],
	['--5', null, null],
	['-', null, null],
	['$', null, null],
	['()', null, null],
	['-(5)', null, null],
	['12 apples', null, null],
	['N/A', null, null],
	['1234567890123456789', 1234567890123456800, 1234567890123456800]
];

describe('numberSql on DuckDB', () => {
	it.each([
		['.', DOT, 1],
		[',', COMMA, 2]
	] as const)('decimal %s', async (_, style, col) => {
		const inputs = NUMBERS.map((c) => c[0]);
		const out = await evalEach(inputs, (e) => numberSql(e, style));
		expect(inputs.map((v, i) => [v, out[i]])).toEqual(NUMBERS.map((c) => [c[0], c[col]]));
	});

	it('gives DOUBLE', async () => {
		expect(await evalEach(['1'], (e) => `typeof(${numberSql(e, DOT)})`)).toEqual(['DOUBLE']);
	});

	it('accepts a non-text column', async () => {
		expect(await evalEach(['3'], (e) => numberSql(`CAST(${e} AS INTEGER)`, DOT))).toEqual([3]);
	});
});

describe('parseNumber (JS mirror)', () => {
	it.each(NUMBERS)('%j', (input, dot, comma) => {
		expect(parseNumber(input, DOT)).toBe(dot);
		expect(parseNumber(input, COMMA)).toBe(comma);
	});

	it('agrees with numberSql on random number-like text', async () => {
		const piece = fc.constantFrom(
			...'0123456789'.split(''),
			',',
			'.',
			' ',
			'-',
			'+',
			'(',
			')',
			'$',
			'¥',
			'e',
			'RMB',
			'%',
			'\u00a0'
		);
		const inputs = fc.sample(
			fc.array(piece, { maxLength: 10 }).map((p) => p.join('')),
			{ numRuns: 400, seed: 42 }
		);
		for (const style of [DOT, COMMA]) {
			const sql = await evalEach(inputs, (e) => numberSql(e, style));
			const js = inputs.map((v) => parseNumber(v, style));
			expect(inputs.map((v, i) => [v, sql[i]])).toEqual(inputs.map((v, i) => [v, js[i]]));
		}
	});
});

describe('detectNumberStyle', () => {
	it.each<[string, string[], NumberStyle['decimal']]>([
		['plain decimals', ['12.5', '3.99', '100'], '.'],
		['thousands commas', ['1,234.50', '12,000.00'], '.'],
		['decimal commas', ['12,5', '3,99', '100'], ','],
		['European thousands', ['1.234,50', '12.000,00'], ','],
		['currency and decimal comma', ['12,50 €', '3,99 €'], ','],
		['ambiguous thousands go to the point', ['1,234', '5,678'], '.'],
		['integers', ['1', '2', '3'], '.'],
		['grouped by dots only', ['1.234.567'], ','],
		['grouped by commas only', ['1,234,567'], '.'],
		['mostly points', ['1.5', '2.5', '3,5'], '.'],
		['empty', [], '.']
	])('%s', (_, samples, decimal) => expect(detectNumberStyle(samples)).toEqual({ decimal }));
});

describe('looksLikeNumber', () => {
	it.each([
		['12,5', true],
		['¥1,234.50', true],
		['(3)', true],
		['00001', true],
		['12%', false],
		['Quantity', false],
		['', false]
	])('%j → %s', (v, expected) => expect(looksLikeNumber(v)).toBe(expected));
});

describe('idSql on DuckDB', () => {
	it.each<[string, string | null]>([
		['17850', '17850'],
		['17850.0', '17850'],
		['17850.000', '17850'],
		['00042', '00042'],
		['00042.0', '00042'],
		['  C536379 ', 'C536379'],
		['17850.5', '17850.5'],
		['1.0E4', '1.0E4'],
		['A.0', 'A.0'],
		['.0', '.0'],
		['7590-VHVEG', '7590-VHVEG'],
		['会员001', '会员001'],
		['\t\u00a0', null],
		['', null]
	])('%j → %j', async (input, expected) => {
		expect(await evalEach([input], idSql)).toEqual([expected]);
	});

	it('accepts numbers read as DOUBLE', async () => {
		expect(await evalEach(['17850'], (e) => idSql(`CAST(${e} AS DOUBLE)`))).toEqual(['17850']);
	});
});

describe('booleanSql on DuckDB', () => {
	const cases: [string, boolean | null][] = [
		['Yes', true],
		['yes', true],
		['Y', true],
		['1', true],
		['TRUE', true],
		['t', true],
		['是', true],
		['√', true],
		['Churned', true],
		[' yes ', true],
		['No', false],
		['n', false],
		['0', false],
		['False', false],
		['F', false],
		['否', false],
		['Active', false],
		['retained', false],
		['Maybe', null],
		['2', null],
		['', null],
		['  ', null]
	];

	it.each(cases)('%j → %s', async (input, expected) => {
		expect(await evalEach([input], booleanSql)).toEqual([expected]);
		expect(parseBoolean(input)).toBe(expected);
	});
});

describe('textSql on DuckDB', () => {
	it.each<[string, string | null]>([
		['  Paris ', 'Paris'],
		['\tSET OF 3, CAKE\r\n', 'SET OF 3, CAKE'],
		['\u3000北京\u3000', '北京'],
		["O'Brien", "O'Brien"],
		['a  b', 'a  b'],
		['', null],
		[' \u00a0 ', null]
	])('%j → %j', async (input, expected) => {
		expect(await evalEach([input], textSql)).toEqual([expected]);
	});
});
