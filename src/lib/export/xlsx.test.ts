import { read, utils } from '@e965/xlsx';
import { expect, it } from 'vitest';
import { NOTES_SHEET, toXlsx } from './xlsx';

const ROWS = [
	{
		id: 'C1',
		name: '王伟',
		note: '=HYPERLINK("http://x")',
		amount: -12.5,
		since: '2024-02-29',
		big: 7n
	},
	{ id: 'C2', name: 'Emma', note: null, amount: 3, since: '2024-03-01 13:45:00', big: 8n }
];
const COLUMNS = ['id', 'name', 'note', 'amount', 'since', 'big'];

it('writes a header row and typed cells: numbers, dates, text never a formula', () => {
	const book = read(toXlsx([{ name: 'Customers', rows: ROWS, columns: COLUMNS }]), {
		cellNF: true
	});
	expect(book.SheetNames).toEqual(['Customers']);
	const ws = book.Sheets.Customers;
	expect(utils.sheet_to_json(ws, { header: 1 })[0]).toEqual(COLUMNS);
	expect(ws.A2).toMatchObject({ t: 's', v: 'C1' });
	expect(ws.B2).toMatchObject({ t: 's', v: '王伟' });
	expect(ws.C2).toMatchObject({ t: 's', v: '=HYPERLINK("http://x")' });
	expect(ws.C2.f).toBeUndefined();
	expect(ws.C3).toBeUndefined();
	expect(ws.D2).toMatchObject({ t: 'n', v: -12.5 });
	expect(ws.F3).toMatchObject({ t: 'n', v: 8 });
	// Excel serials: 2024-02-29 is day 45351; 13:45 is 0.5729166… of a day.
	expect(ws.E2).toMatchObject({ t: 'n', v: 45351, z: 'yyyy-mm-dd' });
	expect(ws.E3.v).toBeCloseTo(45352 + (13 * 60 + 45) / 1440, 9);
	expect(ws.E3.z).toBe('yyyy-mm-dd hh:mm:ss');
	const typed = read(toXlsx([{ name: 'x', rows: ROWS, columns: COLUMNS }]), { cellDates: true });
	expect((typed.Sheets.x.E2.v as Date).toISOString().slice(0, 10)).toBe('2024-02-29');
});

it('puts the notes on a sheet "About", one per row, and keeps the table at A1', () => {
	const notes = ['Birthdays this month as of 2025-01-01', 'Customer branch: Shanghai, Beijing'];
	const book = read(
		toXlsx(
			[
				{ name: 'Rules: top/all', rows: ROWS, columns: ['id'] },
				{ name: 'Rules: top/all', rows: [], columns: ['id'] }
			],
			notes
		)
	);
	expect(book.SheetNames).toEqual(['Rules  top all', 'Rules  top all 2', NOTES_SHEET]);
	expect(utils.sheet_to_json(book.Sheets[NOTES_SHEET], { header: 1 })).toEqual(
		notes.map((n) => [n])
	);
	expect(book.Sheets['Rules  top all'].A1.v).toBe('id');
	expect(utils.sheet_to_json(book.Sheets['Rules  top all 2'], { header: 1 })).toEqual([['id']]);
});
