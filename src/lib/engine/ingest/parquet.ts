import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { IngestError } from './errors';
import type { IngestInput } from './input';

/**
 * Parquet becomes CSV text for the one ingest path: DuckDB's own Parquet reader is an extension
 * it would fetch from the network, which the browser build must never do. A file hyparquet cannot
 * read is the user's damaged file, not a crash: it is refused with hyparquet's reason.
 */
export async function parquetToCsv(input: IngestInput): Promise<Uint8Array> {
	const { blob } = input;
	const file = {
		byteLength: blob.size,
		slice: (start: number, end?: number) => blob.slice(start, end).arrayBuffer()
	};
	let rows: Record<string, unknown>[];
	try {
		rows = await parquetReadObjects({ file });
	} catch (error) {
		throw new IngestError(
			input.name,
			`the Parquet file is damaged or incomplete (${String((error as Error).message)
				.split('\n')[0]
				.slice(0, 200)}): expected a complete Parquet file — export or download it again`
		);
	}
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
