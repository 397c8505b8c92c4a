import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literal } from '../sql';
import { sniffText, whitespaceToCsvLines, type Delimiter, type SniffOptions } from './sniff';
import { chunked, collect, query } from '$tests/helpers/ingest';

interface Case {
	name: string;
	text: string;
	options?: SniffOptions;
	delimiter: Delimiter;
	hasHeader: boolean;
	headers: string[];
	/** Number of data rows, and optionally the first one. */
	rows: number;
	first?: string[];
}

const cases: Case[] = [
	{
		name: 'Online Retail CSV with a quoted comma',
		text: 'InvoiceNo,StockCode,Description,Quantity\n536365,85123A,"CAKE TINS, PANTRY",6\n536366,22633,HAND WARMER,6\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['InvoiceNo', 'StockCode', 'Description', 'Quantity'],
		rows: 2,
		first: ['536365', '85123A', 'CAKE TINS, PANTRY', '6']
	},
	{
		name: 'quoted newline and escaped quote',
		text: 'id,note,amount\n1,"two\nlines",3.5\n2,"say ""hi""",4\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'note', 'amount'],
		rows: 2,
		first: ['1', 'two\nlines', '3.5']
	},
	{
		name: 'semicolons with decimal commas',
		text: 'Invoice;Date;Price\nF1;1/1/2024;3,50\nF2;13/1/2024;14,50\n',
		delimiter: ';',
		hasHeader: true,
		headers: ['Invoice', 'Date', 'Price'],
		rows: 2
	},
	{
		name: 'tabs and CRLF',
		text: 'CustomerID\tName\tCity\r\nC001\tJosé Müller\tMünchen\r\nC002\tZoë\tGöteborg\r\n',
		delimiter: '\t',
		hasHeader: true,
		headers: ['CustomerID', 'Name', 'City'],
		rows: 2,
		first: ['C001', 'José Müller', 'München']
	},
	{
		name: 'pipes',
		text: 'id|amount|date\n1|2.5|2024-01-01\n2|3|2024-01-02\n',
		delimiter: '|',
		hasHeader: true,
		headers: ['id', 'amount', 'date'],
		rows: 2
	},
	{
		name: 'CDNOW whitespace without header',
		text: '    1 19970101  1   11.77\n    2 19970112  1   12.00\n    2 19970112  5   77.00\n',
		delimiter: 'whitespace',
		hasHeader: false,
		headers: ['column1', 'column2', 'column3', 'column4'],
		rows: 3,
		first: ['1', '19970101', '1', '11.77']
	},
	{
		name: 'whitespace with a header and tabs',
		text: 'customer_id date number_of_cds dollar_value\n00001\t19970101 1  11.77\n00002  19970112 1 12.00\n',
		delimiter: 'whitespace',
		hasHeader: true,
		headers: ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
		rows: 2
	},
	{
		name: 'numeric first row is data',
		text: '17850,12/1/2010 8:26,2.55\n13047,12/1/2010 8:34,3.39\n',
		delimiter: ',',
		hasHeader: false,
		headers: ['column1', 'column2', 'column3'],
		rows: 2
	},
	{
		name: 'a date in the first row is data',
		text: 'A,2024-01-01\nB,2024-01-02\n',
		delimiter: ',',
		hasHeader: false,
		headers: ['column1', 'column2'],
		rows: 2
	},
	{
		name: 'all-text columns under known headers',
		text: 'Name,City\nAlice,Paris\nBob,Lyon\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['Name', 'City'],
		rows: 2
	},
	{
		name: 'Chinese headers over numbers',
		text: '订单号,数量,金额\nSO1,2,"¥1,234.50"\nSO2,-1,¥12.00\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['订单号', '数量', '金额'],
		rows: 2
	},
	{
		name: 'all-text rows that repeat the first row are not under a header',
		text: 'red,small\nred,large\nblue,small\n',
		delimiter: ',',
		hasHeader: false,
		headers: ['column1', 'column2'],
		rows: 3
	},
	{
		name: 'empty and repeated header cells',
		text: 'id,,id, amount \n1,x,2,3\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'column2', 'id_2', 'amount'],
		rows: 1
	},
	{
		name: 'a single column',
		text: 'CustomerID\n17850\n13047\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['CustomerID'],
		rows: 2
	},
	{
		name: 'a BOM left in the text',
		text: '\uFEFFid,amount\n1,2\n',
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'amount'],
		rows: 1
	},
	{
		name: 'an unterminated last line that is complete is kept',
		text: 'id,amount\n1,2\n3,4',
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'amount'],
		rows: 2
	},
	{
		name: 'a last line cut short is dropped',
		text: 'id,amount,date\n1,2,2024-01-01\n3,4',
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'amount', 'date'],
		rows: 1
	},
	{
		name: 'complete: false always drops the unterminated line',
		text: 'id,amount\n1,2\n3,4',
		options: { complete: false },
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'amount'],
		rows: 1
	},
	{
		name: 'complete: true keeps it',
		text: 'id,amount,date\n1,2,2024-01-01\n3,4',
		options: { complete: true },
		delimiter: ',',
		hasHeader: true,
		headers: ['id', 'amount', 'date'],
		rows: 2
	}
];

describe('sniffText', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
		const s = sniffText(c.text, c.options);
		expect(s.delimiter).toBe(c.delimiter);
		expect(s.quote).toBe('"');
		expect(s.hasHeader).toBe(c.hasHeader);
		expect(s.headers).toEqual(c.headers);
		expect(s.rows).toHaveLength(c.rows);
		if (c.first) expect(s.rows[0]).toEqual(c.first);
	});

	it('looks at no more than the first 200 lines', () => {
		const lines = ['id,amount', ...Array.from({ length: 500 }, (_, i) => `${i},${i}.5`)];
		expect(sniffText(lines.join('\n') + '\n').rows).toHaveLength(200);
	});
});

describe('whitespaceToCsvLines', () => {
	const input =
		'  00001 19970101  1   11.77\r\n00002\t19970102 2 1\n\n   \n  x "q" a,b\nlast  line';
	// Blank lines stay, empty: DuckDB skips them, ingest lists them, and later lines keep their numbers.
	const expected = '00001,19970101,1,11.77\n00002,19970102,2,1\n\n\nx,"""q""","a,b"\nlast,line\n';

	it('gives the same CSV for every chunk split', async () => {
		const bytes = new TextEncoder().encode(input);
		for (let cut = 0; cut <= bytes.length; cut++) {
			const out = await collect(whitespaceToCsvLines(chunked(bytes, [cut, cut + 2])));
			expect(new TextDecoder().decode(out)).toBe(expected);
		}
	});

	it.each([
		['', ''],
		['\n\n', '\n\n'],
		['a b', 'a,b\n'],
		['商品 数量\n苹果  2\n', '商品,数量\n苹果,2\n']
	])('%j', async (text, csv) => {
		const out = await collect(whitespaceToCsvLines(chunked(new TextEncoder().encode(text), [1])));
		expect(new TextDecoder().decode(out)).toBe(csv);
	});

	it('is readable by DuckDB', async () => {
		const bytes = new TextEncoder().encode(input);
		const path = join(mkdtempSync(join(tmpdir(), 'ws-')), 'ws.csv');
		writeFileSync(path, await collect(whitespaceToCsvLines(chunked(bytes, [5]))));
		const rows = await query(
			`SELECT * FROM read_csv(${literal(path)}, delim = ',', quote = '"', escape = '"', ` +
				`header = false, auto_detect = false, null_padding = true, ` +
				`columns = {'a': 'VARCHAR', 'b': 'VARCHAR', 'c': 'VARCHAR', 'd': 'VARCHAR'})`
		);
		expect(rows).toEqual([
			{ a: '00001', b: '19970101', c: '1', d: '11.77' },
			{ a: '00002', b: '19970102', c: '2', d: '1' },
			{ a: 'x', b: '"q"', c: 'a,b', d: null },
			{ a: 'last', b: 'line', c: null, d: null }
		]);
	});
});
