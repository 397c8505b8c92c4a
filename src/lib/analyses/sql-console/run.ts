import type { Engine, QueryResult } from '../../engine/engine';
import { ident, literal } from '../../engine/sql';
import type { Bilingual } from '../../i18n/bilingual';
import { consoleTables, type ConsoleTable } from './catalog';
import { refusal } from './messages';
import { checkReadOnly } from './read-only';
import { tokenize } from './tokenize';

/** The console refused a query before running it; `reason` says why, `message` in English. */
export class ReadOnlyRejection extends Error {
	constructor(readonly reason: Bilingual) {
		super(reason.en);
	}
}

/** A console query stopped before its end: by the user, or at the time limit. */
export class ConsoleStopped extends Error {
	constructor(readonly why: 'cancelled' | 'timeout') {
		super(
			why === 'cancelled' ? 'The query was cancelled.' : 'The query took too long and was stopped.'
		);
	}
}

/** How long a console query may run before it is stopped. */
export const TIME_LIMIT_MS = 60_000;

interface ConsoleOptions {
	/** Aborting stops the query (the console's Cancel button, leaving the page). */
	signal?: AbortSignal;
	timeLimitMs?: number;
}

/** What a console query returned: column names, rows as display-ready values, and whether it was cut. */
export interface ConsoleResult {
	columns: string[];
	rows: Record<string, unknown>[];
	/** More rows exist than `limit`. */
	truncated: boolean;
	/** The statement as it ran (wrapped so that it can only read). */
	sql: string;
}

/** SQL that lists tables with their row counts, views with their definitions, databases and extensions. */
export async function fingerprintSql(engine: Engine): Promise<string> {
	const tables = (
		await engine.query(`SELECT database_name, schema_name, table_name FROM duckdb_tables()
ORDER BY database_name, schema_name, table_name`)
	).rows<{ database_name: string; schema_name: string; table_name: string }>();
	const counts = tables.map((t) => {
		const name = `${t.database_name}.${t.schema_name}.${t.table_name}`;
		const from = [t.database_name, t.schema_name, t.table_name].map(ident).join('.');
		return `SELECT ${literal(`rows ${name}`)} AS object, CAST(count(*) AS VARCHAR) AS state FROM ${from}`;
	});
	return [
		`SELECT 'table ' || database_name || '.' || schema_name || '.' || table_name AS object, sql AS state FROM duckdb_tables()`,
		`SELECT 'view ' || database_name || '.' || schema_name || '.' || view_name, sql FROM duckdb_views() WHERE NOT internal`,
		`SELECT 'database ' || database_name, coalesce(path, '') FROM duckdb_databases()`,
		`SELECT 'extension ' || extension_name, CAST(loaded AS VARCHAR) FROM duckdb_extensions() WHERE loaded`,
		`SELECT 'sequence ' || sequence_name, CAST(last_value AS VARCHAR) FROM duckdb_sequences()`,
		`SELECT 'macro ' || function_name, coalesce(macro_definition, '') FROM duckdb_functions() WHERE NOT internal`,
		...counts
	]
		.join('\nUNION ALL\n')
		.concat('\nORDER BY object, state');
}

const snapshot = (result: QueryResult) => JSON.stringify(result.rows());

/**
 * Run an analyst's query so that it can neither modify anything nor read anything but the loaded
 * data. Independent layers:
 * 1. `checkReadOnly`: one statement, a read-only first word, no write keyword outside quotes.
 * 2. DuckDB's own parser lists the relations the statement names (`tableNames`): each must be one
 *    of the dataset's tables or views, so no quoted path or URL is ever scanned as a table. (The
 *    browser's engine also refuses every file and URL but the uploads; see `lockdownSettings`.)
 * 3. The statement reaches DuckDB only as a quoted literal given to its `query()` table function,
 *    whose own parser accepts exactly one SELECT (DESCRIBE, SUMMARIZE and SHOW are SELECTs there)
 *    and nothing else; a quote in the text cannot end the literal (see `literal`).
 * 4. It runs inside a transaction that is always rolled back, and the catalog and every table's
 *    row count are compared before and after.
 * It stops when `signal` aborts or at the time limit, so the pages' queries queued behind it on the
 * one connection (the filtered views are that connection's own) wait at most that long.
 */
export async function runReadOnly(
	engine: Engine,
	sql: string,
	limit = 1000,
	options: ConsoleOptions = {}
): Promise<ConsoleResult> {
	const verdict = checkReadOnly(sql);
	if (!verdict.ok) throw new ReadOnlyRejection(verdict.reason);
	const outside = await unknownRelation(engine, verdict.statement);
	if (outside) throw new ReadOnlyRejection(outside);
	return runIsolated(engine, verdict.statement, limit, options);
}

/** Why the statement names something other than the dataset's tables and views; null if it does not. */
async function unknownRelation(engine: Engine, statement: string): Promise<Bilingual | null> {
	if (!engine.tableNames) return refusal((m) => m.cannotCheck);
	const relations = await consoleTables(engine);
	// DuckDB matches names case-insensitively, quoted or not.
	const allowed = new Set(relations.map((t) => t.name.toLowerCase()));
	const names = await engine.tableNames(forNameListing(statement, relations));
	const name = names.find((n) => !allowed.has(n.toLowerCase()));
	return name === undefined ? null : refusal((m) => m.notATable(name));
}

/**
 * The statement as DuckDB-WASM can list its relations: it binds over one-column stand-ins, on
 * which views (their columns are known) and USING / NATURAL joins fail. So views are named as a
 * table, `USING (…)` becomes `ON TRUE` and `NATURAL [INNER] JOIN` `CROSS JOIN`: what changes names
 * an allowed relation or columns, never anything else. (The statement runs as written.)
 */
function forNameListing(statement: string, relations: readonly ConsoleTable[]): string {
	const views = new Set(
		relations.filter((r) => r.kind === 'view').map((r) => r.name.toUpperCase())
	);
	const table = relations.find((r) => r.kind === 'table')?.name;
	const tokens = tokenize(statement);
	const isWord = (i: number, word: string) =>
		tokens[i]?.type === 'word' && tokens[i].value === word;
	const isSymbol = (i: number, symbol: string) =>
		tokens[i]?.type === 'symbol' && tokens[i].value === symbol;
	let out = '';
	let from = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		let replaced: { text: string; last: number } | null = null;
		if (table && (t.type === 'word' || t.type === 'identifier') && views.has(t.value.toUpperCase()))
			replaced = { text: ident(table), last: i };
		else if (isWord(i, 'USING') && isSymbol(i + 1, '(')) {
			let last = i + 2;
			while (last < tokens.length && !isSymbol(last, ')')) last++;
			replaced = { text: 'ON TRUE', last };
		} else if (isWord(i, 'NATURAL') && isWord(i + 1, 'JOIN'))
			replaced = { text: 'CROSS JOIN', last: i + 1 };
		else if (isWord(i, 'NATURAL') && isWord(i + 1, 'INNER') && isWord(i + 2, 'JOIN'))
			replaced = { text: 'CROSS JOIN', last: i + 2 };
		if (!replaced) continue;
		out += statement.slice(from, t.start) + replaced.text;
		from = tokens[Math.min(replaced.last, tokens.length - 1)].end;
		i = replaced.last;
	}
	return out + statement.slice(from);
}

/** Layers 3 and 4 of `runReadOnly` alone (exported so tests can prove each layer holds by itself). */
export async function runIsolated(
	engine: Engine,
	statement: string,
	limit: number,
	{ signal, timeLimitMs = TIME_LIMIT_MS }: ConsoleOptions = {}
): Promise<ConsoleResult> {
	const shown = Math.max(0, Math.floor(limit));
	// The limit is a whole number written in, not bound: a bound statement could not be cancelled.
	const wrapped = `SELECT * FROM query(${literal(statement)}) AS console_result\nLIMIT ${shown + 1}`;
	// The engine's cancel stops whatever runs on its connection: only ever send it while the
	// console's own statement runs (the queue runs nothing else meanwhile).
	let running = false;
	let stopped: ConsoleStopped | null = null;
	// Again and again while it runs: a cancel sent just before the statement starts finds nothing.
	const cancelWhileRunning = async () => {
		while (running) {
			await engine.cancel();
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	};
	const stop = (why: ConsoleStopped['why']) => {
		stopped ??= new ConsoleStopped(why);
		void cancelWhileRunning();
	};
	const onAbort = () => stop('cancelled');
	if (signal?.aborted) throw new ConsoleStopped('cancelled');
	signal?.addEventListener('abort', onAbort);
	const timer = setTimeout(() => stop('timeout'), timeLimitMs);
	try {
		const fingerprint = await fingerprintSql(engine);
		const begun = engine.exec('BEGIN TRANSACTION');
		const steps = [
			engine.query(fingerprint),
			begun,
			engine.query(wrapped).finally(() => (running = false)),
			engine.exec('ROLLBACK'),
			engine.query(fingerprint)
		] as const;
		// Settles before the queue starts the next statement, the console's own.
		void begun.then(
			() => {
				running = true;
				if (stopped) void cancelWhileRunning();
			},
			() => undefined
		);
		const [before, begin, result, , after] = await Promise.allSettled(steps);
		if (stopped) throw stopped;
		if (begin.status === 'rejected')
			throw new Error(`Could not isolate the query: ${begin.reason}`);
		if (before.status === 'rejected' || after.status === 'rejected')
			throw new Error('Could not check that the query left the data unchanged; try again.');
		if (snapshot(before.value) !== snapshot(after.value))
			throw new Error('The query changed the database, so its result was discarded.');
		if (result.status === 'rejected') throw result.reason;
		const columns = [...result.value.columnNames];
		const rows = result.value
			.rows<Record<string, unknown>>()
			.map((row) => Object.fromEntries(columns.map((c) => [c, cellValue(row[c])])));
		return { columns, rows: rows.slice(0, shown), truncated: rows.length > shown, sql: wrapped };
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', onAbort);
	}
}

/** A result value as a table cell: numbers, text and booleans stay, nested values become JSON. */
function cellValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	if (typeof value === 'bigint') return value.toString();
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return `<${value.length} bytes>`;
	return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}
