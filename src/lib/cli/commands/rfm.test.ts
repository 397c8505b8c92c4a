import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CUSTOMERS, FIXTURE_SNAPSHOT, fixtureFile } from '$tests/helpers/rfm-fixture';
import { DEFAULT_SEGMENT_MAP } from '../../analyses/rfm/segments';
import { main } from '../main';

const ONLINE_RETAIL = '../shared/datasets/online-retail/online_retail.csv.gz';
const hasOnlineRetail = existsSync(ONLINE_RETAIL);
if (!hasOnlineRetail) console.log(`skipping the Online Retail RFM run: ${ONLINE_RETAIL} is absent`);

/** Run the CLI and capture what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

const STABLE_KEYS = [
	'snapshot_date',
	'customers',
	'recency',
	'frequency',
	'monetary',
	'thresholds',
	'segments',
	'matrix'
];

// The default native engine only: the analysis is tested on both engines beside it, and every CLI
// run on the WASM build pays seconds to instantiate it.
describe('customer-lens rfm', () => {
	const file = fixtureFile();
	const run = (...args: string[]) => cli('rfm', '--transactions', file, ...args);

	it('prints the documented JSON keys', async () => {
		const { code, out } = await run('--snapshot', FIXTURE_SNAPSHOT, '--json');
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(Object.keys(result)).toEqual(expect.arrayContaining(STABLE_KEYS));
		expect(result).toMatchObject({
			snapshot_date: FIXTURE_SNAPSHOT,
			customers: 5,
			recency: { mean: 23.4, median: 16 },
			frequency: { mean: 1.8, median: 2 },
			monetary: { mean: 165, median: 60 }
		});
		expect(Object.keys(result.thresholds)).toEqual(['recency', 'frequency', 'monetary']);
		expect(result.thresholds.recency[0]).toEqual({ score: 1, min: 62, max: 62, customers: 1 });
		expect(result.segments[0]).toMatchObject({
			segment: 'Hibernating',
			customers: 2,
			revenue: 560
		});
		expect(result.matrix).toHaveLength(5);
		expect(result.matrix[4][4]).toBe(1);
	});

	it('prints every scored customer as CSV', async () => {
		const { code, out } = await run('--snapshot', FIXTURE_SNAPSHOT, '--format', 'csv');
		expect(code).toBe(0);
		const lines = out
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('customer_id,recency,frequency,monetary,r,f,m,segment');
		expect(lines.slice(1)).toEqual(
			FIXTURE_CUSTOMERS.map((c) =>
				[c.customer_id, c.recency, c.frequency, c.monetary, c.r, c.f, c.m, c.segment].join(',')
			)
		);
	});

	it('prints a readable summary, and refuses bad options', async () => {
		const { out } = await run('--returns', 'exclude');
		expect(out).toMatch(/^RFM at 2024-02-02: 5 customers/);
		expect(out).toContain('Champions');
		expect((await run('--returns', 'gross')).code).toBe(2);
		expect((await run('--snapshot', '1/2/2024')).code).toBe(2);
		expect((await run('--format', 'xlsx')).code).toBe(2);
	});
});

// Native only: loading 540k lines through the WASM build takes over a minute.
it.skipIf(!hasOnlineRetail)(
	'runs end to end on UCI Online Retail',
	async () => {
		const { code, out } = await cli('rfm', '--transactions', ONLINE_RETAIL, '--json');
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.snapshot_date).toBe('2011-12-10');
		expect(result.customers).toBeGreaterThan(4_000);
		const segments: { segment: string; customers: number; revenue: number }[] = result.segments;
		expect(segments.map((s) => s.segment).sort()).toEqual(
			DEFAULT_SEGMENT_MAP.map((r) => r.segment).sort()
		);
		expect(segments.reduce((n, s) => n + s.customers, 0)).toBe(result.customers);
		expect(result.matrix.flat().reduce((a: number, b: number) => a + b, 0)).toBe(result.customers);
		const champions = segments.find((s) => s.segment === 'Champions')!;
		expect(champions.customers).toBeGreaterThan(0);
		expect(segments[0].segment).toBe('Champions');
	},
	120_000
);
