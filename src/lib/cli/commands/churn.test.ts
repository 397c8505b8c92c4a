import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { wilson } from '../../analyses/churn/stats';
import { main } from '../main';

const TELCO = '../shared/datasets/telco-churn/telco_customer_churn.csv.gz';
const hasTelco = existsSync(TELCO);
if (!hasTelco) console.log(`skipping the telco churn run: ${TELCO} is absent`);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

function file(name: string, text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'churn-cli-')), name);
	writeFileSync(path, text);
	return path;
}

// Six customers, every flag spelling; Online loses 2 of 3, Store 1 of 3.
const CUSTOMERS = `id,Channel,Left,Why
a,Online,Yes,Price
b,Online,1,Price
c,Online,否,
d,Store,true,Service
e,Store,No,
f,Store,0,
`;

describe('customer-lens churn', () => {
	const customers = file('customers.csv', CUSTOMERS);

	it('reads a flag column written Yes/No, 1/0, true/false or 是/否 and prints the documented keys', async () => {
		const { code, out, err } = await cli(
			'churn',
			'--customers',
			customers,
			'--map',
			'customer_id=id',
			'--churn-flag',
			'Left',
			'--reason',
			'Why',
			'--by',
			'Channel',
			'--json'
		);
		expect(err).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result).toMatchObject({ customers: 6, churned: 3, rate: 0.5 });
		expect(Object.keys(result.by[0]).sort()).toEqual(
			['value', 'customers', 'churned', 'rate', 'ci_low', 'ci_high', 'lift'].sort()
		);
		const [lo, hi] = wilson(2, 3);
		expect(result.by).toEqual([
			{
				value: 'Online',
				customers: 3,
				churned: 2,
				rate: 2 / 3,
				ci_low: lo,
				ci_high: hi,
				lift: 4 / 3
			},
			expect.objectContaining({ value: 'Store', customers: 3, churned: 1, lift: 2 / 3 })
		]);
		expect(result.reasons).toEqual([
			{ reason: 'Price', churned: 2 },
			{ reason: 'Service', churned: 1 }
		]);
	});

	it('leaves reasons out without --reason and rejects a column that is no flag', async () => {
		const base = ['churn', '--customers', customers, '--map', 'customer_id=id', '--by', 'Channel'];
		const { out } = await cli(...base, '--churn-flag', 'Left', '--json');
		expect(JSON.parse(out).reasons).toBeUndefined();
		const wrong = await cli(...base, '--churn-flag', 'Channel', '--json');
		expect(wrong.code).toBe(2);
		expect(wrong.err).toContain('does not hold yes/no values');
		const missing = await cli(...base.slice(0, -2), '--churn-flag', 'Left');
		expect(missing.code).toBe(2);
		expect(missing.err).toContain('--by COL is required');
		const both = await cli(...base, '--churn-flag', 'Left', '--inactive-days', '30');
		expect(both.err).toContain('not both');
	});

	it('infers churn from purchase gaps with --inactive-days', async () => {
		const transactions = file(
			'transactions.csv',
			`InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice
1,x,2024-01-01,1,10
2,x,2024-11-20,1,10
3,y,2024-02-01,1,10
4,z,2024-12-30,1,10
`
		);
		const { code, out } = await cli(
			'churn',
			'--transactions',
			transactions,
			'--inactive-days',
			'60',
			'--snapshot',
			'2025-01-01',
			'--by',
			'tenure_bucket',
			'--json'
		);
		expect(code).toBe(0);
		// y has been silent 335 days; x 42 days, z 2 days.
		const result = JSON.parse(out);
		expect(result).toMatchObject({
			customers: 3,
			churned: 1,
			definition: { kind: 'inactive', days: 60 }
		});
		expect(result.by.map((b: { value: string }) => b.value)).toEqual(['< 3 months', '1–2 years']);
	});

	it.skipIf(!hasTelco)(
		'runs the telco export end to end: contract and reasons as the file says',
		async () => {
			const { code, out } = await cli(
				'churn',
				'--customers',
				TELCO,
				'--churn-flag',
				'Churn Label',
				'--reason',
				'Churn Reason',
				'--by',
				'Contract',
				'--json'
			);
			expect(code).toBe(0);
			const result = JSON.parse(out);
			const rows = Papa.parse<Record<string, string>>(
				gunzipSync(readFileSync(TELCO)).toString('utf8'),
				{
					header: true,
					skipEmptyLines: true
				}
			).data;
			const left = rows.filter((r) => r['Churn Label'] === 'Yes');
			expect(result).toMatchObject({ customers: rows.length, churned: left.length });
			for (const b of result.by) {
				const own = rows.filter((r) => r.Contract === b.value);
				expect(b.customers).toBe(own.length);
				expect(b.churned).toBe(own.filter((r) => r['Churn Label'] === 'Yes').length);
			}
			expect(result.by[0]).toMatchObject({
				value: 'Month-to-month',
				customers: 3875,
				churned: 1655
			});
			for (const r of result.reasons)
				expect(r.churned).toBe(left.filter((x) => x['Churn Reason'] === r.reason).length);
			expect(result.reasons).toHaveLength(20);
			// The 1/0 copy of the flag gives the same answer.
			const numeric = await cli(
				'churn',
				'--customers',
				TELCO,
				'--churn-flag',
				'Churn Value',
				'--by',
				'Contract',
				'--json'
			);
			expect(JSON.parse(numeric.out).by).toEqual(result.by);
		}
	);
});
