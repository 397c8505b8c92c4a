/**
 * Test-only helpers: a native DuckDB connection for checking generated SQL against the real
 * engine, and byte-stream utilities. Not imported by application code.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

let connection: Promise<DuckDBConnection> | null = null;

/** A shared in-memory DuckDB connection. */
export function duck(): Promise<DuckDBConnection> {
	connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
	return connection;
}

/** Run a query and return its rows with BIGINT as number. */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
	const c = await duck();
	const reader = await c.runAndReadAll(sql);
	return reader
		.getRowObjectsJS()
		.map((row) =>
			Object.fromEntries(
				Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])
			)
		);
}

/** Evaluate one SQL expression per input string; `build` receives the quoted input. */
export async function evalEach(
	inputs: readonly string[],
	build: (expr: string) => string,
	cast = ''
): Promise<unknown[]> {
	if (!inputs.length) return [];
	const c = await duck();
	// Inputs go in as bound values so the test does not depend on the code under test for quoting.
	const values = inputs.map((_, i) => `(${i}, $${i + 1})`).join(', ');
	const prepared = await c.prepare(
		`SELECT i, ${cast ? `CAST(${build('v')} AS ${cast})` : build('v')} AS out ` +
			`FROM (VALUES ${values}) t(i, v) ORDER BY i`
	);
	inputs.forEach((v, i) => prepared.bindVarchar(i + 1, v));
	const rows = (await prepared.runAndReadAll()).getRowObjectsJS();
	return rows.map((r) => (typeof r.out === 'bigint' ? Number(r.out) : r.out));
}

/** Yield `bytes` in chunks cut at the given offsets. */
export async function* chunked(
	bytes: Uint8Array,
	cuts: readonly number[]
): AsyncIterable<Uint8Array> {
	let start = 0;
	for (const cut of [...cuts, bytes.length]) {
		if (cut > start) yield bytes.slice(start, cut);
		start = Math.max(start, cut);
	}
}

/** Concatenate a byte stream. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}
