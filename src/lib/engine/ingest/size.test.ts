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

describe('browserSizeProblem', () => {
	it('lets a 500 MB UTF-8 export (≈10M line items) load from its file handle', () => {
		expect(browserSizeProblem(plan({}), 500_000_000)).toBeNull();
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
