import { describe, expect, it } from 'vitest';
import type { Engine, QueryResult } from '../engine/engine';
import { recorded } from './recorded';

const EMPTY: QueryResult = { columnNames: [], numRows: 0, column: () => [], rows: () => [] };

/** An engine that answers every query with no rows, fails on `FAIL`, and logs what reached it. */
function fakeEngine() {
	const reached: string[] = [];
	const engine: Engine = {
		kind: 'wasm-node',
		async query(sql, params) {
			reached.push(`${sql} ${JSON.stringify(params ?? [])}`);
			if (sql.includes('FAIL')) throw new Error('Parser Error: FAIL');
			return EMPTY;
		},
		async exec(sql) {
			reached.push(sql);
		},
		registerFile: async (name) => `registered ${name}`,
		dropFile: async () => {},
		cancel: async () => {},
		close: async () => {}
	};
	return { engine, reached };
}

describe('recorded', () => {
	it('keeps set-up and queries in call order, separated by a blank line', async () => {
		const { engine } = fakeEngine();
		const e = recorded(engine);
		await e.exec('CREATE TEMP TABLE t AS SELECT 1 AS x;');
		await e.query('SELECT x FROM t');
		await e.exec('DROP TABLE t');
		expect(e.sql()).toBe(
			'CREATE TEMP TABLE t AS SELECT 1 AS x;\n\nSELECT x FROM t;\n\nDROP TABLE t'
		);
	});

	it('writes parameters in but passes them to the engine still bound', async () => {
		const { engine, reached } = fakeEngine();
		const e = recorded(engine);
		await e.query('SELECT * FROM v_transactions WHERE date >= ? AND note = ? LIMIT ?', [
			'2024-01-01',
			"it's",
			10
		]);
		expect(e.sql()).toBe(
			"SELECT * FROM v_transactions WHERE date >= '2024-01-01' AND note = 'it''s' LIMIT 10"
		);
		expect(reached).toEqual([
			'SELECT * FROM v_transactions WHERE date >= ? AND note = ? LIMIT ? ["2024-01-01","it\'s",10]'
		]);
	});

	it('keeps the order of calls made concurrently', async () => {
		const { engine } = fakeEngine();
		const e = recorded(engine);
		await Promise.all([e.query('SELECT 1'), e.query('SELECT 2'), e.query('SELECT 3')]);
		expect(e.sql()).toBe('SELECT 1;\n\nSELECT 2;\n\nSELECT 3');
	});

	it('keeps a statement that failed and passes its error on', async () => {
		const { engine } = fakeEngine();
		const e = recorded(engine);
		await e.query('SELECT 1');
		await expect(e.query('SELECT FAIL')).rejects.toThrow('Parser Error: FAIL');
		expect(e.sql()).toBe('SELECT 1;\n\nSELECT FAIL');
	});

	it('passes other calls through without keeping them', async () => {
		const { engine } = fakeEngine();
		const e = recorded(engine);
		expect(await e.registerFile('a.csv', { kind: 'path', path: '/a.csv' })).toBe(
			'registered a.csv'
		);
		expect(e.kind).toBe('wasm-node');
		expect(e.sql()).toBe('');
	});
});
