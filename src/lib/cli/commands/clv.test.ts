import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const SAMPLE = '../shared/datasets/cdnow/CDNOW_sample.txt';
const MASTER = '../shared/datasets/cdnow/CDNOW_master.txt.gz';
const SAMPLE_MAP = 'customer_id=column2,ts=column3,quantity=column4,amount=column5';
const hasCdnow = existsSync(SAMPLE) && existsSync(MASTER);
if (!hasCdnow) console.log(`skipping the CDNOW clv runs: ${SAMPLE} or ${MASTER} is absent`);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

/** Calibration repeat purchase days and holdout purchase days, from the raw sample file. */
function sampleCounts() {
	const days = new Map<string, Set<string>>();
	for (const line of readFileSync(SAMPLE, 'utf8').trim().split('\n')) {
		const [, id, date] = line.trim().split(/\s+/);
		days.set(id, (days.get(id) ?? new Set()).add(date));
	}
	let repeats = 0;
	let holdout = 0;
	for (const set of days.values()) {
		const inCalibration = [...set].filter((d) => d <= '19970930').length;
		repeats += Math.max(0, inCalibration - 1);
		holdout += set.size - inCalibration;
	}
	return { customers: days.size, repeats, holdout };
}

describe('customer-lens clv and cohorts', () => {
	it.skipIf(!hasCdnow)(
		'reproduces Fader, Hardie & Lee (2005) on the CDNOW sample',
		async () => {
			const { code, out } = await cli(
				'clv',
				'--transactions',
				SAMPLE,
				'--map',
				SAMPLE_MAP,
				'--calibration-end',
				'1997-09-30',
				'--time-unit',
				'week',
				'--json'
			);
			expect(code).toBe(0);
			const r = JSON.parse(out);
			const counts = sampleCounts();
			expect(r).toMatchObject({
				model: 'BG/NBD',
				customers: counts.customers,
				repeat_transactions: counts.repeats,
				converged: true
			});
			expect(r.customers).toBe(2357);
			expect(r.params.r).toBeCloseTo(0.243, 3);
			expect(r.params.alpha).toBeCloseTo(4.414, 3);
			expect(r.params.a).toBeCloseTo(0.793, 3);
			expect(r.params.b).toBeCloseTo(2.426, 3);
			expect(r.log_likelihood).toBeCloseTo(-9582.4, 1);
			// Gamma-Gamma on the 946 repeat customers (lifetimes: p 6.25, q 3.74, v 15.44).
			expect(r.gamma_gamma.customers).toBe(946);
			expect(r.gamma_gamma.params.p).toBeCloseTo(6.25, 2);
			expect(r.gamma_gamma.params.q).toBeCloseTo(3.74, 2);
			expect(r.gamma_gamma.params.v).toBeCloseTo(15.44, 1);
			expect(r.holdout.actual).toBe(counts.holdout);
			expect(r.holdout.length).toBe(39);
			expect(r.holdout.predicted / r.holdout.actual).toBeGreaterThan(0.8);
			expect(r.holdout.predicted / r.holdout.actual).toBeLessThan(1.1);
		},
		60_000
	);

	it.skipIf(!hasCdnow)(
		'runs the whole CDNOW cohort through clv (days), churn and cohorts',
		async () => {
			const clv = await cli('clv', '--transactions', MASTER, '--time-unit', 'day', '--json');
			expect(clv.code).toBe(0);
			const model = JSON.parse(clv.out);
			expect(model).toMatchObject({ customers: 23570, converged: true, time_unit: 'day' });
			expect(model.holdout).toBeUndefined();
			// The same people as the sample: a similar purchase rate per week.
			expect(model.params.r).toBeGreaterThan(0.15);
			expect(model.params.r).toBeLessThan(0.35);
			const churn = await cli('churn', '--transactions', MASTER, '--by', 'value_tier', '--json');
			expect(churn.code).toBe(0);
			const c = JSON.parse(churn.out);
			expect(c.customers).toBe(23570);
			expect(c.definition.kind).toBe('inactive');
			const cohorts = await cli('cohorts', '--transactions', MASTER, '--json');
			const k = JSON.parse(cohorts.out);
			expect(k.cohorts.map((x: { cohort: string }) => x.cohort)).toEqual([
				'1997-01',
				'1997-02',
				'1997-03'
			]);
			expect(k.cohorts.reduce((s: number, x: { customers: number }) => s + x.customers, 0)).toBe(
				23570
			);
		},
		120_000
	);

	it('prints scores as CSV and checks its options', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'clv-cli-')), 't.csv');
		// a: 2 purchases, b: 3 (two on one day merge), c: 1; ten more customers with 1–2 purchases.
		const others = Array.from({ length: 10 }, (_, i) =>
			[`${10 + 2 * i},k${i},2024-02-0${1 + (i % 9)},1,5`]
				.concat(i % 2 ? [`${11 + 2 * i},k${i},2024-05-0${1 + (i % 9)},1,7`] : [])
				.join('\n')
		);
		writeFileSync(
			path,
			`InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice
1,a,2024-01-01,1,10
2,a,2024-02-01,1,30
3,b,2024-01-15,1,20
4,b,2024-01-20,1,20
5,b,2024-06-01,1,40
6,c,2024-03-01,1,5
7,b,2024-06-01,1,1
${others.join('\n')}
`
		);
		const csv = await cli('clv', '--transactions', path, '--format', 'csv');
		expect(csv.code).toBe(0);
		const [header, ...rows] = csv.out.replace('\uFEFF', '').trim().split('\r\n');
		expect(header).toBe(
			'customer_id,purchases,days_since_last,monetary,p_alive,expected_purchases,expected_spend,clv'
		);
		expect(rows).toHaveLength(13);
		expect(rows.slice(0, 3).map((r) => r.split(',').slice(0, 3).join(','))).toEqual([
			'a,2,121',
			'b,3,0',
			'c,1,92'
		]);
		const tiny = join(mkdtempSync(join(tmpdir(), 'clv-cli-')), 't.csv');
		writeFileSync(tiny, 'CustomerID,InvoiceDate,Amount\nx,2024-01-01,5\nx,2024-02-01,5\n');
		const few = await cli('clv', '--transactions', tiny);
		// Too little data is bad data, not bad usage: exit 1 with one line (issue 12).
		expect(few.code).toBe(1);
		expect(few.err).toContain('at least 10 customers');
		expect(few.err.trim().split('\n')).toHaveLength(1);
		const bad = await cli('clv', '--transactions', path, '--time-unit', 'year');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--time-unit expects day|week|month');
		const text = await cli('cohorts', '--transactions', path);
		expect(text.out).toContain('2024-01');
	});
});
