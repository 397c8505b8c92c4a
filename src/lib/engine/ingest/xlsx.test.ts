import { openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../node-native';
import { createNodeWasmEngine } from '../node-wasm';
import { runCli } from '$tests/helpers/cli';
import { IngestError } from './errors';
import { loadFile } from './load';
import { planIngest } from './prepare';
import { workbookToCsv } from './xlsx';

const DIR = join(import.meta.dirname, '../../../../tests/fixtures');
const WORKBOOKS = ['workbook.xlsx', 'workbook.xls'];
const bytes = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
const text = (csv: Uint8Array) => new TextDecoder().decode(csv).split('\n');
const inputOf = async (file: string) => ({
	name: file,
	blob: await openAsBlob(join(DIR, file)),
	path: join(DIR, file)
});

describe.each(WORKBOOKS)('%s as CSV', (file) => {
	it('takes the first sheet, typed values, no display formats, blank rows left out', () => {
		const r = workbookToCsv(bytes(file));
		expect(r.sheets).toEqual(['Orders', 'Customers']);
		expect(r.sheet).toBe('Orders');
		const lines = text(r.csv);
		expect(lines[0]).toBe('InvoiceNo,CustomerID,InvoiceDate,Description,Quantity,UnitPrice,Paid');
		// A serial shown as dd/mm/yyyy hh:mm becomes an ISO date; 1.255 shown as 0.00 stays 1.255.
		expect(lines[1]).toBe('INV100,17850,2024-03-01,Tee grün,1,1.255,TRUE');
		expect(lines[2]).toBe('INV100,17851,2024-03-04 12:00:00,Café crème,2,2.255,FALSE');
		expect(lines).toHaveLength(13);
	});

	it('takes the sheet asked for, and names the sheets when it is missing', () => {
		expect(text(workbookToCsv(bytes(file), 'Customers').csv)).toEqual([
			'CustomerID,Churned',
			'17850,Yes',
			'17851,No'
		]);
		expect(() => workbookToCsv(bytes(file), 'Sheet9')).toThrow(
			'the workbook has no sheet named "Sheet9": expected one of "Orders", "Customers"'
		);
	});
});

describe.each([
	['wasm-node', createNodeWasmEngine],
	['native', () => createNativeEngine()]
] as const)('loading workbooks on %s', (_name, create) => {
	it.each(WORKBOOKS)('loads %s, every row accounted for, dates and numbers typed', async (file) => {
		const engine = await create();
		try {
			const input = await inputOf(file);
			const plan = await planIngest(input);
			expect(plan).toMatchObject({ container: 'excel', table: 'transactions', sheet: 'Orders' });
			expect(plan.sheets).toEqual(['Orders', 'Customers']);
			expect(plan.dateFormats.ts?.id).toBe('iso');
			expect(await loadFile(engine, input, plan)).toMatchObject({
				rowsRead: 12,
				rowsLoaded: 12,
				rowsRejected: 0
			});
			const [r] = (
				await engine.query(`SELECT strftime(min(ts), '%Y-%m-%d %H:%M') AS first, count(DISTINCT customer_id) AS customers,
	round(sum(amount), 3) AS revenue FROM transactions`)
			).rows();
			// Σ (1 + i mod 3) × (1.255 + i) over i = 0…11, the typed price and not the shown 1.26.
			expect(r).toEqual({ first: '2024-03-01 00:00', customers: 4, revenue: 170.12 });

			const sheet = await planIngest(input, { sheet: 'Customers' });
			expect(sheet).toMatchObject({ table: 'customers', sheet: 'Customers' });
			expect(await loadFile(engine, input, sheet)).toMatchObject({ rowsRead: 2, rowsLoaded: 2 });
		} finally {
			await engine.close();
		}
	});

	it('refuses a missing sheet with the sheets the workbook has', async () => {
		const input = await inputOf('workbook.xlsx');
		await expect(planIngest(input, { sheet: 'Sheet9' })).rejects.toThrow(IngestError);
		await expect(planIngest(input, { sheet: 'Sheet9' })).rejects.toThrow(
			'workbook.xlsx: the workbook has no sheet named "Sheet9"'
		);
	});
});

describe('customer-lens --sheet', () => {
	const run = runCli;

	it('loads the sheet named, and refuses --sheet when no file is a workbook', async () => {
		const r = await run(
			'profile',
			'--customers',
			join(DIR, 'workbook.xls'),
			'--sheet',
			'Customers',
			'--json'
		);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toMatchObject({ rows_read: 2, rows_loaded: 2, customers: 2 });
		const csv = await run(
			'profile',
			'--customers',
			join(DIR, 'customers-churn.csv'),
			'--sheet',
			'Customers'
		);
		expect(csv.code).toBe(2);
		expect(csv.err).toMatch(
			/^customer-lens: --sheet Customers: none of the files given is an Excel workbook/
		);
		const missing = await run(
			'profile',
			'--customers',
			join(DIR, 'workbook.xlsx'),
			'--sheet',
			'Nope'
		);
		expect(missing.code).toBe(1);
		expect(missing.err).toMatch(
			/workbook\.xlsx: the workbook has no sheet named "Nope": expected one of "Orders", "Customers"/
		);
	}, 60_000);
});
