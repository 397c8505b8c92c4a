import { describe, expect, it } from 'vitest';
import type { IngestPlan } from './plan';
import { BROWSER_COPY_LIMIT, BROWSER_DIRECT_LIMIT, browserSizeProblem } from './size';

const plan = (over: Partial<IngestPlan>) =>
	({
		fileName: 'big.csv',
		table: 'transactions',
		container: 'plain',
		encoding: 'utf-8',
		delimiter: ',',
		...over
	}) as IngestPlan;

/** The benchmark's synthetic export: 10 columns, 89 bytes a line with its line break, one kept attribute. */
const SYNTHETIC = plan({
	headers:
		'InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Category,Quantity,UnitPrice,UnitCost,Branch'.split(
			','
		),
	mapping: {
		invoice_id: 'InvoiceNo',
		customer_id: 'CustomerID',
		ts: 'InvoiceDate',
		product_id: 'StockCode',
		product_name: 'Description',
		category: 'Category',
		quantity: 'Quantity',
		unit_price: 'UnitPrice',
		cost: 'UnitCost'
	},
	sample: [
		'INV0000042,C00017,2023-01-01 08:03,P0042,Garden hose 15m,Garden,1,23.40,11.20,Shanghai'.split(
			','
		)
	]
});

/** Five columns, 37 bytes a line: the canonical columns it leaves empty still take room. */
const NARROW = plan({
	headers: ['InvoiceNo', 'CustomerID', 'InvoiceDate', 'Quantity', 'UnitPrice'],
	mapping: {
		invoice_id: 'InvoiceNo',
		customer_id: 'CustomerID',
		ts: 'InvoiceDate',
		quantity: 'Quantity',
		unit_price: 'UnitPrice'
	},
	sample: [['INV0000042', 'C00017', '2024-03-07', '2', '12.5']]
});

describe('browserSizeProblem', () => {
	it('without sampled rows, judges by the text alone', () => {
		expect(browserSizeProblem(plan({}), 500_000_000)).toBeNull();
	});
	it('lets 10M synthetic line items (890 MB) load: measured in Chromium', () => {
		expect(browserSizeProblem(SYNTHETIC, 10_000_000 * 89)).toBeNull();
	});
	it('stops 13M synthetic line items (1,157 MB) before DuckDB-WASM runs out of memory', () => {
		const message = browserSizeProblem(SYNTHETIC, 13_000_000 * 89);
		expect(message).toMatch(
			/^about 1,157 MB of text, 13(\.\d)? million rows: more than a browser tab/
		);
		expect(message).toMatch(/about 12,\d00,000 rows of 10 columns/);
		expect(message).toMatch(/npx customer-lens profile --transactions big\.csv --json$/);
	});
	it('counts the canonical columns a narrow file leaves empty', () => {
		expect(browserSizeProblem(NARROW, 15_000_000 * 37)).toBeNull();
		expect(browserSizeProblem(NARROW, 20_000_000 * 37)).toMatch(
			/20(\.\d)? million rows: more than/
		);
	});
	it('points larger files to the CLI, naming file and command', () => {
		const message = browserSizeProblem(plan({}), BROWSER_DIRECT_LIMIT + 1);
		expect(message).toMatch(/^about 1,200 MB of text/);
		expect(message).toMatch(/npx customer-lens profile --transactions big\.csv --json/);
	});
	it('counts gzip by its expanded size', () => {
		expect(browserSizeProblem(plan({ container: 'gzip' }), 100_000_000)).toBeNull();
		expect(browserSizeProblem(plan({ container: 'gzip' }), 200_000_000)).not.toBeNull();
	});
	it('is stricter for files copied through JavaScript (GBK, whitespace, Parquet)', () => {
		expect(browserSizeProblem(plan({ encoding: 'gb18030' }), BROWSER_COPY_LIMIT)).toBeNull();
		expect(browserSizeProblem(plan({ encoding: 'gb18030' }), BROWSER_COPY_LIMIT + 1)).toMatch(
			/converted first/
		);
	});
});
