import { literal, type SqlValue } from './sql';

/** A query result: columnar access for charts, row objects for typed analysis results. */
export interface QueryResult {
	readonly columnNames: readonly string[];
	readonly numRows: number;
	/** Values of one column, in row order (Arrow-backed where the engine is). */
	column(name: string): ArrayLike<unknown>;
	/** Rows as plain objects; BIGINT becomes number, DECIMAL number, TIMESTAMP/DATE an ISO string. */
	rows<T = Record<string, unknown>>(): T[];
}

/** Where the bytes of a registered file come from. */
export type FileSource =
	| { kind: 'path'; path: string }
	| { kind: 'buffer'; bytes: Uint8Array }
	| { kind: 'file'; file: File };

export interface Progress {
	phase: string;
	/** 0..1 when known */
	fraction?: number;
	bytesRead?: number;
	rowsLoaded?: number;
}

/**
 * The only surface analyses, the UI, the CLI and the tests use. Implementations: the browser
 * (DuckDB-WASM in a Web Worker), Node on the same WASM build (tests), Node on native DuckDB (CLI).
 */
export interface Engine {
	readonly kind: 'browser' | 'wasm-node' | 'native';
	/** The engine a wrapper passes its calls to: per-engine state (views, caches) is kept on it. */
	readonly inner?: Engine;
	/** Run a statement with `?` parameters bound to `params`. */
	query(sql: string, params?: readonly SqlValue[]): Promise<QueryResult>;
	/** Run one or more statements without a result; long ones report DuckDB's own progress. */
	exec(sql: string, onProgress?: (fraction: number) => void): Promise<void>;
	/** Make a file readable by SQL; returns the name to use in `read_csv(...)`. */
	registerFile(name: string, source: FileSource): Promise<string>;
	dropFile(name: string): Promise<void>;
	/** Interrupt the running statement, if the engine can. */
	cancel(): Promise<void>;
	close(): Promise<void>;
	/** The tables and views a statement names, by DuckDB's own parser: nothing is read or bound. */
	tableNames?(sql: string): Promise<string[]>;
}

/** The engine at the bottom of a chain of wrappers (see `inner`). */
export function rootEngine(engine: Engine): Engine {
	return engine.inner ? rootEngine(engine.inner) : engine;
}

/** Settings every engine applies on open so the same SQL gives the same answer everywhere. */
export const ENGINE_SETTINGS = [
	// Extensions would be fetched from the internet on first use and hang offline.
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];

/**
 * Settings that cut an engine off from every file and URL but `readable` (the names uploads are
 * registered under), for the rest of its life: no query, whatever slips past the console's checks,
 * can fetch a URL or read a local file. Later `SET`s fail too, so every setting comes before these.
 */
export function lockdownSettings(readable: readonly string[]): string[] {
	return [
		`SET allowed_paths = [${readable.map(literal).join(', ')}]`,
		'SET enable_external_access = false',
		'SET lock_configuration = true'
	];
}

/** Convert a value from any engine's result into the plain JSON-friendly form analyses expect. */
export function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return isoTimestamp(value);
	return value;
}

/**
 * Row objects from columns. Each value is defined as the row's own property: a column may be
 * named `__proto__` (user files and console queries choose the names), which assigned to a plain
 * object would replace its prototype instead of holding the value. (Charts call Object.prototype
 * methods on rows, so rows keep that prototype.)
 */
export function rowObjects<T>(
	names: readonly string[],
	columns: readonly ArrayLike<unknown>[]
): T[] {
	return Array.from({ length: columns[0]?.length ?? 0 }, (_, r) => {
		const row: Record<string, unknown> = {};
		names.forEach((name, i) =>
			Object.defineProperty(row, name, {
				value: columns[i][r],
				enumerable: true,
				writable: true,
				configurable: true
			})
		);
		return row as T;
	});
}

function isoTimestamp(d: Date): string {
	const iso = d.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * One statement at a time per connection: pages fire queries concurrently, and a DuckDB
 * connection (native or WASM) does not interleave them. `cancel` bypasses the queue.
 */
export function serialized(engine: Engine): Engine {
	let tail: Promise<unknown> = Promise.resolve();
	const queue = <T>(work: () => Promise<T>): Promise<T> => {
		const run = tail.then(work, work);
		tail = run.catch(() => undefined);
		return run;
	};
	return {
		kind: engine.kind,
		query: (sql, params) => queue(() => engine.query(sql, params)),
		exec: (sql, onProgress) => queue(() => engine.exec(sql, onProgress)),
		registerFile: (name, source) => queue(() => engine.registerFile(name, source)),
		dropFile: (name) => queue(() => engine.dropFile(name)),
		cancel: () => engine.cancel(),
		close: () => queue(() => engine.close()),
		tableNames: engine.tableNames && ((sql) => queue(() => engine.tableNames!(sql)))
	};
}
