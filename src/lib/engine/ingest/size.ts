import type { IngestPlan } from './plan';

/** Text DuckDB-WASM reads straight from the File handle (no copy into the WASM heap). */
export const BROWSER_DIRECT_LIMIT = 1_200_000_000;
/** Text that must pass through JavaScript first (another encoding, whitespace, Parquet) is copied. */
export const BROWSER_COPY_LIMIT = 400_000_000;
/** Typical expansion of a gzip-compressed CSV; Parquet is of the same order. */
const EXPANSION = { plain: 1, gzip: 7, parquet: 6 } as const;

/**
 * Before loading in the browser: the estimated text size against what a tab can hold. Returns the
 * problem (pointing to the CLI) when the file is too large, or null when it fits.
 */
export function browserSizeProblem(plan: IngestPlan, fileBytes: number): string | null {
	const text = fileBytes * EXPANSION[plan.container];
	const direct =
		plan.container !== 'parquet' && plan.encoding === 'utf-8' && plan.delimiter !== 'whitespace';
	const limit = direct ? BROWSER_DIRECT_LIMIT : BROWSER_COPY_LIMIT;
	if (text <= limit) return null;
	const mb = (n: number) => `${Math.round(n / 1_000_000).toLocaleString('en')} MB`;
	return (
		`about ${mb(text)} of text, more than a browser tab can load safely ` +
		`(${mb(limit)}${direct ? '' : ' for files that must be converted first'}). ` +
		`The command line runs the same analyses on native DuckDB, out of core: ` +
		`npx customer-lens profile --${plan.table} ${plan.fileName} --json`
	);
}
