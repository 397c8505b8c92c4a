import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockdownSettings, type Engine } from './engine';
import { uploadFileNames } from './ingest/load';
import { createNativeEngine } from './node-native';
import { createNodeWasmEngine } from './node-wasm';
import { ident, literal } from './sql';

const ENGINES: [string, () => Promise<Engine>][] = [
	['wasm-node', createNodeWasmEngine],
	['native', () => createNativeEngine()]
];

describe.each(ENGINES)('engine %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('runs the same DuckDB version as the other engines', async () => {
		const [row] = (await engine.query('SELECT version() AS v')).rows<{ v: string }>();
		expect(row.v).toBe('v1.4.3');
	});

	it('returns plain values: BIGINT as number, DATE and TIMESTAMP as ISO text', async () => {
		const result = await engine.query(
			"SELECT 42::BIGINT AS n, 1.5::DECIMAL(10,2) AS d, DATE '2024-03-05' AS day, TIMESTAMP '2024-03-05 14:20:00' AS ts, NULL::VARCHAR AS missing"
		);
		expect(result.rows()).toEqual([
			{ n: 42, d: 1.5, day: '2024-03-05', ts: '2024-03-05 14:20:00', missing: null }
		]);
		expect(Array.from(result.column('n'))).toEqual([42]);
	});

	it('keeps columns named like Object.prototype members as plain data', async () => {
		const result = await engine.query(
			'SELECT 1 AS "__proto__", 2 AS "constructor", 3 AS "toString", 4 AS "hasOwnProperty"'
		);
		const [row] = result.rows<Record<string, unknown>>();
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.hasOwn(row, '__proto__')).toBe(true);
		expect(Object.keys(row)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
		expect(['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((k) => row[k])).toEqual([
			1, 2, 3, 4
		]);
	});

	it('binds parameters instead of splicing values', async () => {
		const hostile = "'); DROP TABLE x; --";
		const rows = (await engine.query('SELECT ? AS v, ? + 1 AS n', [hostile, 41])).rows();
		expect(rows).toEqual([{ v: hostile, n: 42 }]);
	});

	it('quotes hostile identifiers through the one helper', async () => {
		const name = '"; DROP TABLE transactions; --';
		await engine.exec(`CREATE OR REPLACE TABLE t AS SELECT 1 AS ${ident(name)}`);
		const rows = (await engine.query(`SELECT ${ident(name)} FROM t`)).rows();
		expect(rows).toEqual([{ [name]: 1 }]);
	});

	it('reads a registered file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'engine-test-'));
		const path = join(dir, 'a.csv');
		writeFileSync(path, 'id,客户\n00042,王伟\n');
		const ref = await engine.registerFile('a.csv', { kind: 'path', path });
		const rows = (
			await engine.query(`SELECT * FROM read_csv(${literal(ref)}, all_varchar = true)`)
		).rows();
		expect(rows).toEqual([{ id: '00042', 客户: '王伟' }]);
		const buf = await engine.registerFile('b.csv', {
			kind: 'buffer',
			bytes: new TextEncoder().encode('x\n1\n2\n')
		});
		const [sum] = (
			await engine.query(`SELECT sum(x)::INTEGER AS s FROM read_csv(${literal(buf)})`)
		).rows();
		expect(sum).toEqual({ s: 3 });
	});

	it('does not fetch extensions', async () => {
		await expect(engine.query("SELECT * FROM read_parquet('nope.parquet')")).rejects.toThrow();
	});
});

describe('the browser engine lockdown (same WASM build, in Node)', () => {
	it('reads the registered uploads, and no other file or URL, for good', async () => {
		const engine = await createNodeWasmEngine();
		try {
			for (const s of lockdownSettings(uploadFileNames('customers'))) await engine.exec(s);
			// Registered after the lockdown, as the browser registers each upload.
			await engine.registerFile('upload_customers.csv', {
				kind: 'buffer',
				bytes: new TextEncoder().encode('customer_id\nc1\n')
			});
			const rows = (await engine.query("SELECT * FROM read_csv('upload_customers.csv')")).rows();
			expect(rows).toEqual([{ customer_id: 'c1' }]);
			for (const outside of ['/etc/hostname', 'http://127.0.0.1:9/x.csv', '/etc/*'])
				await expect(engine.query(`SELECT * FROM read_csv(${literal(outside)})`)).rejects.toThrow(
					/disabled by configuration/
				);
			await expect(engine.exec('SET enable_external_access = true')).rejects.toThrow(/locked/);
		} finally {
			await engine.close();
		}
	});
});
