import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { Table, type AsyncRecordBatchStreamReader } from 'apache-arrow';
import { arrowResult } from './arrow-result';
import {
	ENGINE_SETTINGS,
	lockdownSettings,
	serialized,
	type Engine,
	type FileSource
} from './engine';
import { uploadFileNames } from './ingest/load';
import { FIELDS, type TableName } from './schema';
import type { SqlValue } from './sql';

// EH first, MVP as fallback; the threaded (COI) build starts slower and breaks file handles.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

type ProgressListener = (p: { percentage: string | number }) => void;

let started: Promise<Engine> | null = null;

/** The browser's one engine, started on first use; concurrent callers share the same start-up. */
export function browserEngine(): Promise<Engine> {
	started ??= startBrowserEngine().catch((error) => {
		started = null;
		throw error;
	});
	return started;
}

async function startBrowserEngine(): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
	});
	const conn = await db.connect();
	const readable = (Object.keys(FIELDS) as TableName[]).flatMap(uploadFileNames);
	// The progress bar is switched on here: after the lockdown no setting can change.
	const settings = [
		...ENGINE_SETTINGS,
		'SET enable_progress_bar = true',
		...lockdownSettings(readable)
	];
	for (const s of settings) await conn.query(s);
	const progressListeners = (db as unknown as { _onExecutionProgress: ProgressListener[] })
		._onExecutionProgress;

	return serialized({
		kind: 'browser',
		async query(sql: string, params: readonly SqlValue[] = []) {
			// send() runs as a pending query, so cancel() can interrupt it (a console query).
			if (!params.length) return arrowResult(await readAll(await conn.send(sql)));
			const stmt = await conn.prepare(sql);
			try {
				return arrowResult(await stmt.query(...params));
			} finally {
				await stmt.close();
			}
		},
		async exec(sql: string, onProgress?: (fraction: number) => void) {
			const listener: ProgressListener = (p) => onProgress?.(Number(p.percentage) / 100);
			if (onProgress) progressListeners.push(listener);
			try {
				await readAll(await conn.send(sql));
			} finally {
				if (onProgress) progressListeners.splice(progressListeners.indexOf(listener), 1);
			}
		},
		async registerFile(name: string, source: FileSource) {
			if (source.kind === 'file')
				await db.registerFileHandle(
					name,
					source.file,
					duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
					true
				);
			else if (source.kind === 'buffer') await db.registerFileBuffer(name, source.bytes);
			else throw new Error('The browser cannot read a path; pass the File');
			return name;
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async cancel() {
			await conn.cancelSent();
		},
		async close() {
			// Tear down in reverse: connection, database, worker.
			started = null;
			await conn.close();
			await db.terminate();
			worker.terminate();
		},
		tableNames: (sql: string) => conn.getTableNames(sql)
	});
}

async function readAll(reader: AsyncRecordBatchStreamReader): Promise<Table> {
	const batches = await reader.readAll();
	// No batch at all for an empty result: the schema still gives its columns.
	return batches.length ? new Table(batches) : new Table(reader.schema);
}
