import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';

/**
 * Parquet becomes CSV text for the one ingest path: DuckDB's own Parquet reader is an extension
 * it would fetch from the network, which the browser build must never do.
 */
export async function parquetToCsv(blob: Blob): Promise<Uint8Array> {
	const file = {
		byteLength: blob.size,
		slice: (start: number, end?: number) => blob.slice(start, end).arrayBuffer()
	};
	const rows = await parquetReadObjects({ file });
	const text = Papa.unparse(
		rows.map((row) =>
			Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cellText(value)]))
		)
	);
	return new TextEncoder().encode(text);
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date)
		return value
			.toISOString()
			.replace('T', ' ')
			.replace(/\.000Z$|Z$/, '');
	if (typeof value === 'object')
		return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
	return String(value);
}
