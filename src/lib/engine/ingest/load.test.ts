import { existsSync, openAsBlob, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type FixtureExpectation } from '../../../../tests/fixtures/expectations';
import { profile } from '../../analyses/profile/profile';
import type { Engine } from '../engine';
import { createNativeEngine } from '../node-native';
import { createNodeWasmEngine } from '../node-wasm';
import { IngestError } from './errors';
import { loadFile } from './load';
import { planIngest } from './prepare';

const FIXTURE_DIR = join(import.meta.dirname, '../../../../tests/fixtures');
const ONLINE_RETAIL = join(
	import.meta.dirname,
	'../../../../../shared/datasets/online-retail/online_retail.csv.gz'
);
const tmp = mkdtempSync(join(tmpdir(), 'load-test-'));

const ENGINES: [string, () => Promise<Engine>][] = [
	['wasm-node', createNodeWasmEngine],
	['native', () => createNativeEngine()]
];

async function inputOf(path: string, name = path.split('/').pop()!) {
	return { name, blob: await openAsBlob(path), path };
}

async function ingest(
	engine: Engine,
	path: string,
	table?: FixtureExpectation['table'],
	mapping?: Record<string, string>
) {
	const input = await inputOf(path);
	const plan = await planIngest(input, { table, mapping });
	return { plan, summary: await loadFile(engine, input, plan) };
}

function textFile(name: string, text: string): string {
	const path = join(tmp, name);
	writeFileSync(path, text);
	return path;
}

describe.each(ENGINES)('loadFile on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	describe.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, f) => {
		it('plans, loads and accounts for every row', async () => {
			const { plan, summary } = await ingest(
				engine,
				join(FIXTURE_DIR, f.file),
				f.table,
				f.autoMapped ? undefined : f.mapping
			);
			expect(plan.encoding).toBe(f.encoding);
			expect(plan.delimiter).toBe(f.delimiter);
			expect(summary.rowsRead).toBe(f.rows);
			expect(summary.rowsRejected).toBe(f.rejected);
			expect(summary.rowsLoaded + summary.rowsRejected).toBe(summary.rowsRead);
			const rejects = (
				await engine.query(
					'SELECT line, reason FROM ingest_rejects WHERE table_name = ? ORDER BY line',
					[f.table]
				)
			).rows<{ line: number; reason: string }>();
			expect(rejects).toHaveLength(f.rejected);
			for (const r of rejects) expect(r.line).toBeGreaterThan(f.hasHeader ? 1 : 0);
		});

		it('keeps the text byte-exact', async () => {
			const { plan } = await ingest(
				engine,
				join(FIXTURE_DIR, f.file),
				f.table,
				f.autoMapped ? undefined : f.mapping
			);
			const [row] = (
				await engine.query(`SELECT string_agg(CAST(COLUMNS(*) AS VARCHAR), '|') FROM ${f.table}`)
			).rows<Record<string, string>>();
			const all = [...plan.headers, ...Object.values(row)].join('|');
			// The fixture's non-ASCII cell values (not raw lines or dates, which are parsed) survive.
			const cells = f.contains.filter((c) => /[^ -~]/.test(c) && !/[,\t]|\d年/.test(c));
			for (const c of cells) expect(all).toContain(c.trim());
		});

		it('computes the expected facts', async () => {
			if (f.table !== 'transactions') {
				const [r] = (
					await engine.query(`SELECT count(DISTINCT customer_id) AS customers,
	count(*) FILTER (churned) AS churned, count(*) FILTER (churned IS NULL) AS "churnUnknown"
FROM customers`)
				).rows();
				expect(r).toEqual(f.facts);
				return;
			}
			const [r] = (
				await engine.query(`SELECT count(DISTINCT customer_id) AS customers,
	count(*) FILTER (quantity < 0) AS returns,
	count(*) FILTER (invoice_id LIKE 'C%') AS cancellations,
	count(*) FILTER (customer_id IS NULL) AS "guestRows",
	sum(quantity) AS quantity,
	round(sum(amount), 2) AS revenue,
	strftime(min(ts), '%Y-%m-%d %H:%M:%S') AS "firstTs",
	strftime(max(ts), '%Y-%m-%d %H:%M:%S') AS "lastTs"
FROM transactions`)
			).rows<Record<string, unknown>>();
			if (!f.mapping.invoice_id) delete r.cancellations;
			expect(r).toEqual(f.facts);
		});
	});

	it('rejects ragged rows and bad values with line, column, value and reason', async () => {
		const path = textFile(
			'bad.csv',
			[
				'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice',
				'1,A,2024-01-02 10:00,1,2.50',
				'2,B,not a date,1,2.50',
				'3,C,2024-01-03 10:00,1,2.50,extra,fields',
				'4,D,2024-01-04 10:00,lots,2.50',
				'5,,2024-01-05 10:00,2,1.25',
				''
			].join('\n')
		);
		const { summary } = await ingest(engine, path, 'transactions');
		expect(summary).toMatchObject({ rowsRead: 5, rowsLoaded: 2, rowsRejected: 3 });
		const rejects = (
			await engine.query(
				"SELECT line, column_name, value, reason FROM ingest_rejects WHERE table_name = 'transactions' ORDER BY line"
			)
		).rows<{ line: number; column_name: string; value: string; reason: string }>();
		expect(rejects.map((r) => r.line)).toEqual([3, 4, 5]);
		expect(rejects[0]).toMatchObject({ column_name: 'InvoiceDate', value: 'not a date' });
		expect(rejects[0].reason).toMatch(/ts not understood: expected a date/);
		expect(rejects[1].reason).toMatch(/TOO MANY COLUMNS/i);
		expect(rejects[2]).toMatchObject({ column_name: 'Quantity', value: 'lots' });
	});

	it('keeps the previous table when a load fails', async () => {
		await ingest(
			engine,
			textFile(
				'ok.csv',
				'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,A,2024-01-02,1,2\n'
			),
			'transactions'
		);
		await expect(ingest(engine, textFile('empty.csv', ''), 'transactions')).rejects.toThrow(
			IngestError
		);
		await expect(
			ingest(
				engine,
				textFile('header-only.csv', 'InvoiceNo,CustomerID,InvoiceDate\n'),
				'transactions'
			)
		).rejects.toThrow(/header but no data rows/);
		const [row] = (await engine.query('SELECT count(*) AS n FROM transactions')).rows<{
			n: number;
		}>();
		expect(row.n).toBe(1);
	});

	it.each(['Reading rows', 'Checking values'])(
		'keeps the previous dataset when the load is cancelled at "%s"',
		async (phase) => {
			const header = 'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n';
			await ingest(engine, textFile('ok.csv', `${header}1,A,2024-01-02,1,2\n`), 'transactions');
			const before = await snapshot(engine);
			const input = await inputOf(
				textFile('cancelled.csv', `${header}1,A,2024-01-02,1,2\n2,B,nope,1,2\n3,C,2024-01-03,1,2\n`)
			);
			const plan = await planIngest(input, { table: 'transactions' });
			const controller = new AbortController();
			const phases: string[] = [];
			await expect(
				loadFile(engine, input, plan, {
					signal: controller.signal,
					onProgress: (p) => {
						phases.push(p.phase);
						if (p.phase === phase) controller.abort();
					}
				})
			).rejects.toThrow(/Load cancelled/);
			expect(phases).toContain(phase);
			expect(await snapshot(engine)).toEqual(before);
			const [left] = (
				await engine.query(`SELECT count(*) AS n FROM duckdb_tables()
WHERE table_name LIKE '\\_load%' ESCAPE '\\' OR table_name LIKE 'csv\\_%' ESCAPE '\\'`)
			).rows<{ n: number }>();
			expect(left.n).toBe(0);
		}
	);

	it('reads a file whose line endings change after the first MB (one bare CR among LF lines)', async () => {
		const rows = Array.from(
			{ length: 60_000 },
			(_, i) => `${i},C${i % 97},2024-01-${String(1 + (i % 28)).padStart(2, '0')},1,2.5`
		);
		// The line ending of data row 55,000 (file line 55,001) is a bare CR.
		const text = `InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n${rows.slice(0, 55_000).join('\n')}\r${rows.slice(55_000).join('\n')}\n`;
		expect(text.indexOf('\r')).toBeGreaterThan(1 << 20);
		const { plan, summary } = await ingest(engine, textFile('late-cr.csv', text), 'transactions');
		expect(plan.mixedNewlines).toBe(false);
		expect(summary).toMatchObject({ rowsRead: 60_000, rowsLoaded: 60_000, rowsRejected: 0 });
		const lines = (
			await engine.query(
				`SELECT _source_row AS line, invoice_id FROM transactions WHERE invoice_id IN ('54999', '55000')
ORDER BY line`
			)
		).rows<{ line: number; invoice_id: string }>();
		expect(lines).toEqual([
			{ line: 55_001, invoice_id: '54999' },
			{ line: 55_002, invoice_id: '55000' }
		]);
	});

	it('refuses a cut-off .gz it converts to UTF-8 first, naming the line where it breaks', async () => {
		const rows = Array.from(
			{ length: 40_000 },
			(_, i) =>
				`${i},C${(i * 7919) % 1000},2024-01-${String(1 + (i % 28)).padStart(2, '0')},1,2.5,Café ${(i * 104729) % 997}`
		);
		const latin1 = Buffer.from(
			`InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,Note\n${rows.join('\n')}\n`,
			'latin1'
		);
		const whole = gzipSync(latin1);
		const path = join(tmp, 'cut-latin1.csv.gz');
		writeFileSync(path, whole.subarray(0, Math.floor(whole.length * 0.8)));
		const input = await inputOf(path);
		const plan = await planIngest(input, { table: 'transactions' });
		expect(plan).toMatchObject({ container: 'gzip', encoding: 'windows-1252' });
		await ingest(
			engine,
			textFile(
				'ok.csv',
				'InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice\n1,A,2024-01-02,1,2\n'
			),
			'transactions'
		);
		const before = await snapshot(engine);
		await expect(loadFile(engine, input, plan)).rejects.toThrow(
			/^cut-latin1\.csv\.gz: the gzip data is damaged or cut off after line [\d,]+ \(.+\): expected a complete \.gz file/
		);
		expect(await snapshot(engine)).toEqual(before);
	});

	it('keeps the loaded table compressed, at a fraction of its text', async () => {
		const lines = ['InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Quantity,UnitPrice'];
		for (let i = 0; i < 200_000; i++)
			lines.push(
				`INV${String(i).padStart(7, '0')},C${i % 5000},2024-01-${1 + (i % 28)} 10:00,P${i % 300},Item ${i % 300},${1 + (i % 5)},${(i % 997) / 10}`
			);
		const path = textFile('many.csv', lines.join('\n') + '\n');
		const { summary } = await ingest(engine, path, 'transactions');
		expect(summary.rowsLoaded).toBe(200_000);
		const [m] = (
			await engine.query(
				"SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'"
			)
		).rows<{ bytes: number }>();
		// Uncompressed, DuckDB would hold these 10 MB of text in about 30 MB.
		expect(m.bytes).toBeLessThan(10_000_000);
	});
});

/** Row count and an order-independent hash of what a transactions load replaces. */
async function snapshot(engine: Engine): Promise<string[]> {
	const out: string[] = [];
	for (const t of [
		'transactions',
		'customers',
		'ingest_files',
		'ingest_rejects',
		'ingest_unparsed'
	]) {
		const [r] = (
			await engine.query(`SELECT count(*) AS n, CAST(bit_xor(hash(t)) AS VARCHAR) AS h FROM ${t} t`)
		).rows<{ n: number; h: string | null }>();
		out.push(`${t} ${r.n}:${r.h}`);
	}
	return out;
}

describe('parquet', () => {
	it('loads through the JS reader on both engines, since DuckDB would fetch its extension', async () => {
		const writer = await createNativeEngine();
		const path = join(tmp, 'lines.parquet');
		await writer.exec(`COPY (SELECT 'INV' || i AS InvoiceNo, 'C' || (i % 3) AS CustomerID,
	TIMESTAMP '2024-01-01 09:00' + INTERVAL (i) DAY AS InvoiceDate, '客户' || i AS Description,
	i AS Quantity, 1.5 AS UnitPrice FROM range(1, 11) t(i)) TO '${path}' (FORMAT parquet)`);
		await writer.close();
		for (const [, create] of ENGINES) {
			const engine = await create();
			try {
				const { plan, summary } = await ingest(engine, path);
				expect(plan).toMatchObject({ container: 'parquet', table: 'transactions' });
				expect(summary).toMatchObject({ rowsRead: 10, rowsLoaded: 10, rowsRejected: 0 });
				const [r] = (
					await engine.query(
						"SELECT sum(amount) AS revenue, max(product_name) FILTER (invoice_id = 'INV7') AS name, strftime(min(ts), '%Y-%m-%d %H:%M') AS first FROM transactions"
					)
				).rows();
				expect(r).toEqual({ revenue: 82.5, name: '客户7', first: '2024-01-02 09:00' });
			} finally {
				await engine.close();
			}
		}
	});
});

describe('online retail, end to end', () => {
	it.skipIf(!existsSync(ONLINE_RETAIL))(
		'accounts for all 541,909 rows on native DuckDB',
		async () => {
			const engine = await createNativeEngine();
			try {
				const { plan, summary } = await ingest(engine, ONLINE_RETAIL);
				expect(plan.table).toBe('transactions');
				expect(plan.container).toBe('gzip');
				expect(summary).toMatchObject({ rowsRead: 541_909, rowsRejected: 0, rowsLoaded: 541_909 });
				const report = await profile(engine);
				// Published figures for the UCI Online Retail data set.
				expect(report).toMatchObject({
					invoices: 25_900,
					date_min: '2010-12-01 08:26:00',
					date_max: '2011-12-09 12:50:00'
				});
				expect(report.customers).toBe(4_372);
				expect(report.returns).toBeGreaterThan(9_288);
			} finally {
				await engine.close();
			}
		}
	);
	if (!existsSync(ONLINE_RETAIL)) console.warn(`skipped: ${ONLINE_RETAIL} not found`);
});
