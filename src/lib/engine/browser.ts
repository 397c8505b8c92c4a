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
	/** Registered files, whose reads DuckDB counts: how far a parse has got through them. */
	const registered = new Set<string>();
	const readFraction = async () => {
		let fraction = 0;
		for (const name of registered)
			fraction = Math.max(fraction, blocksRead(await db.exportFileStatistics(name)));
		return fraction;
	};

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
			let best = 0;
			const report = (fraction: number) => {
				if (fraction <= best) return;
				best = fraction;
				onProgress?.(fraction);
			};
			const listener: ProgressListener = (p) => report(Number(p.percentage) / 100);
			// DuckDB's own progress stays at 0 through a CSV parse: the bytes read of the file say more.
			let polling = !!onProgress && registered.size > 0;
			const poll = async () => {
				while (polling) {
					const fraction = await readFraction().catch(() => 0);
					if (polling) report(fraction);
					await new Promise((resolve) => setTimeout(resolve, 400));
				}
			};
			if (onProgress) progressListeners.push(listener);
			void poll();
			try {
				await readAll(await conn.send(sql));
			} finally {
				polling = false;
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
			await db.collectFileStatistics(name, true);
			registered.add(name);
			return name;
		},
		async dropFile(name: string) {
			registered.delete(name);
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

/** The share of a file's blocks DuckDB has read (3 bytes of counters per block). */
function blocksRead(
	stats: Awaited<ReturnType<duckdb.AsyncDuckDB['exportFileStatistics']>>
): number {
	const blocks = Math.floor(stats.blockStats.length / 3);
	let read = 0;
	for (let i = 0; i < blocks; i++)
		if (stats.blockStats[i * 3] >> 4 || stats.blockStats[i * 3 + 1]) read++;
	return blocks ? read / blocks : 0;
}

async function readAll(reader: AsyncRecordBatchStreamReader): Promise<Table> {
	const batches = await reader.readAll();
	// No batch at all for an empty result: the schema still gives its columns.
	return batches.length ? new Table(batches) : new Table(reader.schema);
}
