import { describe, expect, it } from 'vitest';
import type { IngestPlan } from './plan';
import { BROWSER_COPY_LIMIT, BROWSER_DIRECT_LIMIT, browserSizeProblem } from './size';

const plan = (over: Partial<IngestPlan>) =>
	({
		fileName: 'big.csv',
		table: 'transactions',
		container: 'plain',
		encoding: 'utf-8',
		delimiter: ',',
		...over
	}) as IngestPlan;

/** A line of the benchmark's synthetic export: 10 columns, 89 bytes with its line break. */
const SYNTHETIC = plan({
	headers: Array.from({ length: 10 }, (_, i) => `c${i}`),
	sample: [
		'INV0000042,C00017,2023-01-01 08:03,P0042,Garden hose 15m,Garden,1,23.40,11.20,Shanghai'.split(
			','
		)
	]
});

describe('browserSizeProblem', () => {
	it('without sampled rows, judges by the text alone', () => {
		expect(browserSizeProblem(plan({}), 500_000_000)).toBeNull();
	});
	it('lets 2.5M synthetic line items (220 MB) load: measured in Chromium', () => {
		expect(browserSizeProblem(SYNTHETIC, 2_500_000 * 89)).toBeNull();
	});
	it('stops 5M synthetic line items (445 MB) before DuckDB-WASM runs out of memory', () => {
		const message = browserSizeProblem(SYNTHETIC, 5_000_000 * 89);
		expect(message).toMatch(
			/^about 445 MB of text, 5(\.\d)? million rows: more than a browser tab/
		);
		expect(message).toMatch(/about 3,\d00,000 rows of 10 columns/);
		expect(message).toMatch(/npx customer-lens profile --transactions big\.csv --json$/);
	});
	it('points larger files to the CLI, naming file and command', () => {
		const message = browserSizeProblem(plan({}), BROWSER_DIRECT_LIMIT + 1);
		expect(message).toMatch(/^about 1,200 MB of text/);
		expect(message).toMatch(/npx customer-lens profile --transactions big\.csv --json/);
	});
	it('counts gzip by its expanded size', () => {
		expect(browserSizeProblem(plan({ container: 'gzip' }), 100_000_000)).toBeNull();
		expect(browserSizeProblem(plan({ container: 'gzip' }), 200_000_000)).not.toBeNull();
	});
	it('is stricter for files copied through JavaScript (GBK, whitespace, Parquet)', () => {
		expect(browserSizeProblem(plan({ encoding: 'gb18030' }), BROWSER_COPY_LIMIT)).toBeNull();
		expect(browserSizeProblem(plan({ encoding: 'gb18030' }), BROWSER_COPY_LIMIT + 1)).toMatch(
			/converted first/
		);
	});
});
