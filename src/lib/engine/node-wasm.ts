import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrowResult } from './arrow-result';
import { ENGINE_SETTINGS, serialized, type Engine, type FileSource } from './engine';
import type { SqlValue } from './sql';

const QUERY_CONFIG = {
	castBigIntToDouble: true,
	castDecimalToDouble: true,
	castTimestampToDate: true
};

/** DuckDB-WASM (the same build the browser runs) in-process in Node, for tests and the CLI's `--engine wasm`. */
export async function createNodeWasmEngine(): Promise<Engine> {
	const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: QUERY_CONFIG });
	const conn = db.connect();
	for (const s of ENGINE_SETTINGS) conn.query(s);

	return serialized({
		kind: 'wasm-node',
		async query(sql: string, params: readonly SqlValue[] = []) {
			if (!params.length) return arrowResult(conn.query(sql));
			const stmt = conn.prepare(sql);
			try {
				return arrowResult(stmt.query(...params));
			} finally {
				stmt.close();
			}
		},
		async exec(sql: string) {
			conn.query(sql);
		},
		async registerFile(name: string, source: FileSource) {
			if (source.kind === 'path')
				db.registerFileURL(name, source.path, duckdb.DuckDBDataProtocol.NODE_FS, false);
			else if (source.kind === 'buffer') db.registerFileBuffer(name, source.bytes);
			else db.registerFileBuffer(name, new Uint8Array(await source.file.arrayBuffer()));
			return name;
		},
		async dropFile(name: string) {
			db.dropFile(name);
		},
		async cancel() {
			// The blocking build runs each statement to completion on this thread.
		},
		async close() {
			conn.close();
			db.reset();
		},
		tableNames: async (sql: string) => conn.getTableNames(sql)
	});
}
