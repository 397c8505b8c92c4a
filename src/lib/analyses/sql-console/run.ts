import type { Engine, QueryResult } from '../../engine/engine';
import { ident, literal } from '../../engine/sql';
import type { Bilingual } from '../../i18n/bilingual';
import { checkReadOnly } from './read-only';

/** The console refused a query before running it; `reason` says why, `message` in English. */
export class ReadOnlyRejection extends Error {
	constructor(readonly reason: Bilingual) {
		super(reason.en);
	}
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
 * Run an analyst's query so that it cannot modify anything. Three independent layers:
 * 1. `checkReadOnly`: one statement, a read-only first word, no write keyword outside quotes.
 * 2. The statement reaches DuckDB only as a quoted literal given to its `query()` table function,
 *    whose own parser accepts exactly one SELECT (DESCRIBE, SUMMARIZE and SHOW are SELECTs there)
 *    and nothing else; a quote in the text cannot end the literal (see `literal`).
 * 3. It runs inside a transaction that is always rolled back, and the catalog and every table's
 *    row count are compared before and after.
 * The statements are queued back to back on the one connection, so no other query of the app runs
 * inside the console's transaction. Do not call it while a file is loading (its own transaction).
 */
export async function runReadOnly(
	engine: Engine,
	sql: string,
	limit = 1000
): Promise<ConsoleResult> {
	const verdict = checkReadOnly(sql);
	if (!verdict.ok) throw new ReadOnlyRejection(verdict.reason);
	return runIsolated(engine, verdict.statement, limit);
}

/** Layers 2 and 3 of `runReadOnly` alone (exported so tests can prove each layer holds by itself). */
export async function runIsolated(
	engine: Engine,
	statement: string,
	limit: number
): Promise<ConsoleResult> {
	const wrapped = `SELECT * FROM query(${literal(statement)}) AS console_result\nLIMIT ?`;
	const fingerprint = await fingerprintSql(engine);
	const steps = [
		engine.query(fingerprint),
		engine.exec('BEGIN TRANSACTION'),
		engine.query(wrapped, [Math.max(0, Math.floor(limit)) + 1]),
		engine.exec('ROLLBACK'),
		engine.query(fingerprint)
	] as const;
	const [before, begin, result, , after] = await Promise.allSettled(steps);
	if (begin.status === 'rejected') throw new Error(`Could not isolate the query: ${begin.reason}`);
	if (before.status === 'rejected' || after.status === 'rejected')
		throw new Error('Could not check that the query left the data unchanged; try again.');
	if (snapshot(before.value) !== snapshot(after.value))
		throw new Error('The query changed the database, so its result was discarded.');
	if (result.status === 'rejected') throw result.reason;
	const columns = [...result.value.columnNames];
	const rows = result.value
		.rows<Record<string, unknown>>()
		.map((row) => Object.fromEntries(columns.map((c) => [c, cellValue(row[c])])));
	return {
		columns,
		rows: rows.slice(0, limit),
		truncated: rows.length > limit,
		sql: wrapped.replace('LIMIT ?', `LIMIT ${limit + 1}`)
	};
}

/** A result value as a table cell: numbers, text and booleans stay, nested values become JSON. */
export function cellValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	if (typeof value === 'bigint') return value.toString();
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return `<${value.length} bytes>`;
	return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}
