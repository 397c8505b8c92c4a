import { describe, expect, it } from 'vitest';
import { ident, literal, literalList } from './sql';

describe('ident', () => {
	it.each([
		['amount', '"amount"'],
		['客户编号', '"客户编号"'],
		['a"b', '"a""b"'],
		['"; DROP TABLE transactions; --', '"""; DROP TABLE transactions; --"']
	])('quotes %s', (input, expected) => expect(ident(input)).toBe(expected));
	it('rejects NUL', () => expect(() => ident('a\0b')).toThrow(/NUL/));
});

describe('literal', () => {
	it.each<[Parameters<typeof literal>[0], string]>([
		[null, 'NULL'],
		[true, 'TRUE'],
		[42, '42'],
		[0.1, '0.1'],
		[Number.NaN, 'NULL'],
		[10n, '10'],
		["O'Brien", "'O''Brien'"],
		["'); DROP TABLE x; --", "'''); DROP TABLE x; --'"],
		[new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), "TIMESTAMP '2024-01-02 03:04:05.000'"]
	])('quotes %s', (input, expected) => expect(literal(input)).toBe(expected));
	it('lists', () => {
		expect(literalList(['a', "b'"])).toBe("('a', 'b''')");
		expect(literalList([])).toBe('(NULL)');
	});
});
