import { FIELDS } from '../schema';
import { attributeColumns } from './canonical';
import { isConverted } from './input';
import type { IngestPlan } from './plan';

/** Text DuckDB-WASM reads straight from the File handle (no copy into the WASM heap). */
export const BROWSER_DIRECT_LIMIT = 1_200_000_000;
/** Text that must pass through JavaScript first (another encoding, whitespace, Parquet, Excel) is copied. */
export const BROWSER_COPY_LIMIT = 400_000_000;
/**
 * What a load's new table may take in DuckDB-WASM before DuckDB compresses it, as `tableBytesPerRow`
 * estimates it. The load streams the file into that table, which is its peak: the file's text is not
 * copied, and the compressed table (about a tenth) is written next to it when the statement commits.
 * DuckDB-WASM stops at 3.1 GiB. Measured in Chromium on the benchmark's synthetic export (10
 * columns, 89 bytes a row, 225 bytes by this estimate): 10M rows (2.25 GB) load; 12M is the limit.
 */
const BROWSER_TABLE_BUDGET = 2_700_000_000;
/** Typical expansion of a gzip-compressed CSV; Parquet is of the same order, an .xlsx's CSV less. */
const EXPANSION = { plain: 1, gzip: 7, parquet: 6, excel: 4 } as const;

/** Where to go instead: the command that handles the file out of core on native DuckDB. */
export function cliHint(plan: Pick<IngestPlan, 'table' | 'fileName'>): string {
	const file = /^[\w.\-/]+$/.test(plan.fileName) ? plan.fileName : `"${plan.fileName}"`;
	return `The command line runs the same analyses on native DuckDB, out of core: npx customer-lens profile --${plan.table} ${file} --json`;
}

/**
 * Before loading in the browser: the estimated text size and table size against what a tab can
 * hold. Returns the problem (pointing to the CLI) when the file is too large, or null when it fits.
 */
export function browserSizeProblem(plan: IngestPlan, fileBytes: number): string | null {
	const text = fileBytes * EXPANSION[plan.container];
	const direct =
		!isConverted(plan.container) &&
		plan.encoding === 'utf-8' &&
		plan.delimiter !== 'whitespace' &&
		!plan.mixedNewlines;
	const limit = direct ? BROWSER_DIRECT_LIMIT : BROWSER_COPY_LIMIT;
	const mb = (n: number) => `${Math.round(n / 1_000_000).toLocaleString('en')} MB`;
	if (text > limit)
		return (
			`about ${mb(text)} of text, more than a browser tab can load safely ` +
			`(${mb(limit)}${direct ? '' : ' for files that must be converted first'}). ` +
			cliHint(plan)
		);
	const rowBytes = averageRowBytes(plan);
	if (!rowBytes) return null;
	const rows = text / rowBytes;
	const perRow = tableBytesPerRow(plan, rowBytes);
	if (rows * perRow <= BROWSER_TABLE_BUDGET) return null;
	const fits = Math.floor(BROWSER_TABLE_BUDGET / perRow / 100_000) * 100_000;
	return (
		`about ${mb(text)} of text, ${(Math.round(rows / 100_000) / 10).toLocaleString('en')} million rows: ` +
		`more than a browser tab can load safely (about ${fits.toLocaleString('en')} rows of ${plan.headers.length} columns). ` +
		cliHint(plan)
	);
}

/**
 * Bytes a row takes in DuckDB's uncompressed table: about 8 per column (a number, or a text's
 * offset) for every canonical column and kept attribute, the text itself, and the reject columns.
 */
function tableBytesPerRow(plan: IngestPlan, rowBytes: number): number {
	const columns = FIELDS[plan.table].length + 2 + attributeColumns(plan).length;
	return 8 * columns + rowBytes + 24;
}

/** Bytes of an average line, from the sampled rows (cells, separators, line break). */
function averageRowBytes(plan: IngestPlan): number | null {
	const rows = plan.sample ?? [];
	if (!rows.length) return null;
	const encoder = new TextEncoder();
	const total = rows.reduce((n, r) => n + encoder.encode(r.join(',')).length + 1, 0);
	return total / rows.length;
}
