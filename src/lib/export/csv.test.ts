import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { toCsv } from './csv';

const ROWS = [
	{ id: 'C1', name: '王伟', note: '=HYPERLINK("http://x")', amount: -12.5 },
	{ id: 'C2', name: 'Emma, "Em"', note: '+1', amount: 3 }
];

it('writes a plain table with a BOM, CRLF and neutralised formulas', () => {
	const csv = toCsv(ROWS, ['id', 'name', 'note', 'amount']);
	expect(csv.startsWith('\uFEFFid,name,note,amount\r\n')).toBe(true);
	const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
	expect(rows).toEqual([
		['id', 'name', 'note', 'amount'],
		['C1', '王伟', `'=HYPERLINK("http://x")`, '-12.5'],
		['C2', 'Emma, "Em"', "'+1", '3']
	]);
});

it('puts the notes first, one per line, then a blank line, then the table', () => {
	const csv = toCsv(
		ROWS,
		['id', 'note'],
		[
			'Birthdays this month as of 2025-01-01',
			'Customer branch: Shanghai, Beijing',
			'=cmd|/C calc!A0'
		]
	);
	const lines = csv.slice(1).split('\r\n');
	expect(lines.slice(0, 5)).toEqual([
		'Birthdays this month as of 2025-01-01',
		'"Customer branch: Shanghai, Beijing"',
		"'=cmd|/C calc!A0",
		'',
		'id,note'
	]);
	expect(csv.startsWith('\uFEFFBirthdays')).toBe(true);
});

it('neutralises column headers like cells: headers come from user data too', () => {
	const rows = [{ '=HYPERLINK("http://x")': 1, '@SUM(1+1)': 2, plain: 3 }];
	const csv = toCsv(rows, ['=HYPERLINK("http://x")', '@SUM(1+1)', 'plain']);
	const [header, row] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
	expect(header).toEqual([`'=HYPERLINK("http://x")`, "'@SUM(1+1)", 'plain']);
	expect(row).toEqual(['1', '2', '3']);
});
