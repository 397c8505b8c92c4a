import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES } from '$tests/helpers/pareto-data';
import {
	addAttributeColumns,
	loadWorld,
	tableState,
	type World
} from '$tests/helpers/segments-data';
import { consoleTables } from './catalog';
import { ConsoleStopped, fingerprintSql, ReadOnlyRejection, runIsolated, runReadOnly } from './run';

const WORLD: World = {
	asOf: '2025-01-01',
	customers: [
		{
			customer_id: 'c1',
			branch: 'Shanghai',
			owner_rep: 'Li Na',
			birthday: '1980-01-05',
			signup_date: '2022-03-01',
			churned: false,
			note: '=1+1',
			score: 3
		},
		{
			customer_id: 'c2',
			branch: '上海',
			owner_rep: null,
			birthday: null,
			signup_date: null,
			churned: null,
			note: null,
			score: null
		}
	],
	lines: [
		{
			invoice_id: 'I1',
			customer_id: 'c1',
			ts: '2024-12-30 10:00:00',
			product_name: 'Propolis',
			category: 'Health',
			cents: 1250,
			is_return: false
		}
	],
	activities: [{ customer_id: 'c1', ts: '2024-11-11 09:00:00', type: 'campaign', campaign: 'D11' }]
};

/** Statements that write, each of which must fail even with the keyword check bypassed. */
const WRITES = [
	'DROP TABLE transactions',
	"INSERT INTO customers (customer_id) VALUES ('x')",
	'DELETE FROM activities',
	'UPDATE customers SET branch = NULL',
	'CREATE TABLE x AS SELECT 1',
	'SELECT 1; DROP TABLE transactions',
	"COPY transactions TO 'out.csv'",
	"ATTACH ':memory:' AS other",
	'INSTALL httpfs',
	'SET threads = 1',
	"PRAGMA table_info('customers')",
	'CALL pragma_version()',
	"EXPORT DATABASE 'dump'",
	'CREATE OR REPLACE TEMP VIEW v_customers AS SELECT 1 AS x',
	'SELECT 1) AS a; DROP TABLE customers; SELECT * FROM (SELECT 1'
];

/** Queries that name a file or a URL as a relation: each must be refused before it runs. */
const OUTSIDE = [
	'SELECT * FROM "http://127.0.0.1:9/x.csv"',
	"SELECT * FROM 'http://127.0.0.1:9/x.csv'",
	'SELECT * FROM customers, "http://127.0.0.1:9/x.csv"',
	'SELECT * FROM customers c JOIN "/etc/hostname" h ON true',
	'WITH a AS (SELECT * FROM "x.csv") SELECT * FROM a',
	'SELECT (SELECT count(*) FROM "/etc/passwd") AS n',
	'DESCRIBE "http://127.0.0.1:9/x.csv"',
	'SUMMARIZE "x.parquet"',
	'FROM "data.json"',
	'SELECT * FROM customers WHERE customer_id IN (SELECT * FROM "x.csv")'
];

/** Fragments a hostile user might glue together to slip a write past the console. */
const FRAGMENTS = [
	'SELECT 1',
	'SELECT * FROM customers',
	';',
	'DROP TABLE transactions',
	"DELETE FROM customers WHERE customer_id = 'c1'",
	"INSERT INTO activities (customer_id, ts) VALUES ('x', '2024-01-01')",
	'--',
	'\n',
	'/*',
	'*/',
	"'",
	'"',
	"E'\\'",
	'$$',
	'(',
	')',
	'CREATE TABLE t2 AS SELECT 1',
	'SET threads = 1',
	'FROM',
	'WITH x AS (SELECT 1)'
];

describe.each(ENGINES)('SQL console on %s', (_kind, open) => {
	let engine: Engine;
	let initial: string;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
		await loadWorld(engine, WORLD);
		initial = await tableState(engine);
	});
	afterAll(() => engine.close());

	it('runs a query over the tables and the filtered views', async () => {
		const result = await runReadOnly(
			engine,
			`SELECT c.customer_id, c.branch, sum(t.amount) AS revenue
FROM v_customers c LEFT JOIN transactions t USING (customer_id)
GROUP BY ALL ORDER BY c.customer_id -- trailing comment`
		);
		expect(result.columns).toEqual(['customer_id', 'branch', 'revenue']);
		expect(result.rows).toEqual([
			{ customer_id: 'c1', branch: 'Shanghai', revenue: 12.5 },
			{ customer_id: 'c2', branch: '上海', revenue: null }
		]);
		expect(result.truncated).toBe(false);
	});

	it('describes and summarises tables, and cuts long results at the limit', async () => {
		const described = await runReadOnly(engine, 'DESCRIBE customers');
		expect(described.rows.map((r) => r.column_name)).toContain('owner_rep');
		const summary = await runReadOnly(engine, 'SUMMARIZE transactions');
		expect(summary.columns).toContain('null_percentage');
		const many = await runReadOnly(engine, 'SELECT * FROM range(10)', 4);
		expect(many.rows.map((r) => r.range)).toEqual([0, 1, 2, 3]);
		expect(many.truncated).toBe(true);
		const nested = await runReadOnly(engine, "SELECT [1, 2] AS l, {'a': 1} AS s");
		expect(nested.rows[0]).toEqual({ l: '[1,2]', s: '{"a":1}' });
	});

	it('shows a column named __proto__ with its value, not as {}', async () => {
		const result = await runReadOnly(engine, 'SELECT 2 AS "__proto__", 1 AS "constructor"');
		expect(result.columns).toEqual(['__proto__', 'constructor']);
		expect(result.rows[0]['__proto__']).toBe(2);
		expect(result.rows[0]['constructor']).toBe(1);
	});

	it.each(OUTSIDE)("refuses %j: only the dataset's tables and views are relations", async (sql) => {
		const refused = await runReadOnly(engine, sql).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(ReadOnlyRejection);
		expect((refused as ReadOnlyRejection).reason.en).toMatch(/not a table or view|quoted name/);
	});

	it('accepts CTEs, SHOW TABLES, USING and NATURAL joins, and names in any case', async () => {
		const using = await runReadOnly(
			engine,
			'SELECT count(*) AS n FROM v_customers c JOIN transactions t USING (customer_id)'
		);
		expect(using.rows).toEqual([{ n: 1 }]);
		const natural = await runReadOnly(
			engine,
			'SELECT count(*) AS n FROM customers NATURAL JOIN transactions'
		);
		expect(natural.columns).toEqual(['n']);
		await expect(
			runReadOnly(engine, 'SELECT * FROM customers JOIN "x.csv" USING (customer_id)')
		).rejects.toBeInstanceOf(ReadOnlyRejection);
		const cte = await runReadOnly(engine, 'WITH a AS (SELECT 1 AS x) SELECT * FROM a');
		expect(cte.rows).toEqual([{ x: 1 }]);
		const shown = await runReadOnly(engine, 'SHOW TABLES');
		expect(shown.rows.map((r) => r.name)).toContain('customers');
		const upper = await runReadOnly(engine, 'SELECT count(*) AS n FROM "CUSTOMERS"');
		expect(upper.rows).toEqual([{ n: 2 }]);
	});

	it.each(WRITES)('refuses %j in the first layer and fails in the others', async (sql) => {
		await expect(runReadOnly(engine, sql)).rejects.toBeInstanceOf(ReadOnlyRejection);
		await expect(runIsolated(engine, sql, 10)).rejects.toThrow();
		expect(await tableState(engine)).toBe(initial);
	});

	it('changes nothing, whatever is glued together', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }), async (parts) => {
				const sql = parts.join(' ');
				await runReadOnly(engine, sql).catch(() => undefined);
				await runIsolated(engine, sql, 10).catch(() => undefined);
				expect(await tableState(engine)).toBe(initial);
			}),
			{ numRuns: 25 }
		);
		// No transaction was left open by a failed statement.
		await engine.exec('BEGIN TRANSACTION');
		await engine.exec('ROLLBACK');
	});

	it('notices a change to the catalog or to a row count', async () => {
		const fingerprint = await fingerprintSql(engine);
		const before = JSON.stringify((await engine.query(fingerprint)).rows());
		await engine.exec("INSERT INTO activities (customer_id, ts) VALUES ('c2', '2024-01-01')");
		expect(JSON.stringify((await engine.query(fingerprint)).rows())).not.toBe(before);
		await engine.exec("DELETE FROM activities WHERE customer_id = 'c2'");
		expect(JSON.stringify((await engine.query(fingerprint)).rows())).toBe(before);
	});

	it('keeps other work out of its transaction', async () => {
		// Queued right behind the console query: it must run after the rollback, and stay.
		const console = runReadOnly(engine, 'SELECT count(*) AS n FROM customers');
		const other = engine.exec('CREATE TEMP TABLE side_work AS SELECT 1 AS x');
		expect((await console).rows).toEqual([{ n: 2 }]);
		await other;
		expect((await engine.query('SELECT x FROM side_work')).rows()).toEqual([{ x: 1 }]);
		await engine.exec('DROP TABLE side_work');
	});

	it('lists the tables and views to query', async () => {
		const tables = await consoleTables(engine);
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['v_customers', 'transactions', 'customers', 'activities'])
		);
		expect(tables[0].kind).toBe('view');
		expect(tables.find((t) => t.name === 'customers')?.columns.map((c) => c.name)).toContain(
			'owner_rep'
		);
	});
});

describe('SQL console on native: stopping a long query', () => {
	let engine: Engine;
	const LONG = 'SELECT sum(hash(i)) AS h FROM range(20000000000) t(i)';
	beforeAll(async () => {
		engine = await ENGINES.find(([kind]) => kind === 'native')![1]();
		await addAttributeColumns(engine);
		await loadWorld(engine, WORLD);
	});
	afterAll(() => engine.close());

	it("stops at the time limit, and the pages' queries queued behind it then answer", async () => {
		const started = Date.now();
		const running = runReadOnly(engine, LONG, 10, { timeLimitMs: 1_500 }).catch((e: unknown) => e);
		const page = engine.query('SELECT count(*) AS n FROM customers');
		const stopped = await running;
		expect(stopped).toBeInstanceOf(ConsoleStopped);
		expect((stopped as ConsoleStopped).why).toBe('timeout');
		expect((await page).rows()).toEqual([{ n: 2 }]);
		expect(Date.now() - started).toBeLessThan(10_000);
	});

	it('stops when its signal aborts, cancelling nothing else', async () => {
		const abort = new AbortController();
		// Queued ahead of the console's statement: aborting meanwhile must not cancel it.
		const ahead = engine.query('SELECT sum(hash(i)) AS h FROM range(30000000) t(i)');
		const running = runReadOnly(engine, LONG, 10, { signal: abort.signal }).catch(
			(e: unknown) => e
		);
		abort.abort();
		expect((await ahead).numRows).toBe(1);
		const stopped = await running;
		expect(stopped).toBeInstanceOf(ConsoleStopped);
		expect((stopped as ConsoleStopped).why).toBe('cancelled');
		const late = new AbortController();
		const second = runReadOnly(engine, LONG, 10, { signal: late.signal }).catch((e: unknown) => e);
		setTimeout(() => late.abort(), 500);
		expect(await second).toBeInstanceOf(ConsoleStopped);
		// No transaction was left open.
		await engine.exec('BEGIN TRANSACTION');
		await engine.exec('ROLLBACK');
	});
});
