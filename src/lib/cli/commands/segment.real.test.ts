import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { daysBefore } from '../../analyses/segments/dates';
import { addMonths } from '$tests/reference/segments';
import type { SegmentDefinition } from '../../analyses/segments/types';
import { main } from '../main';

const TELCO = '../shared/datasets/telco-churn/telco_customer_churn.csv.gz';
const RETAIL = '../shared/datasets/online-retail/online_retail.csv.gz';
for (const path of [TELCO, RETAIL])
	if (!existsSync(path)) console.log(`skipping the segment run on ${path}: the file is absent`);

/** Run the CLI's segment command with a definition and return its JSON. */
async function segment(data: string[], definition: SegmentDefinition) {
	const file = join(mkdtempSync(join(tmpdir(), 'segment-real-')), 'segment.json');
	writeFileSync(file, JSON.stringify(definition));
	let text = '';
	const out = { write: (s: string) => ((text += s), true) };
	const code = await main(['segment', ...data, '--definition', file, '--json'], out as never);
	expect(code).toBe(0);
	return JSON.parse(text) as {
		as_of: string | null;
		count: number;
		customers: { customer_id: string }[];
	};
}

/** Rows of a gzipped CSV with a header, parsed independently of the app's ingest. */
function rows(path: string): Record<string, string>[] {
	const text = gunzipSync(readFileSync(path)).toString('utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const ids = (r: { customers: { customer_id: string }[] }) =>
	r.customers.map((c) => c.customer_id).sort();

// The native engine (the CLI default); each dataset is one load, well inside the time budget.
describe('customer-lens segment on public datasets', () => {
	it.skipIf(!existsSync(TELCO))('selects telco customers by their own columns', async () => {
		const result = await segment(['--customers', TELCO], {
			version: 1,
			name: 'Short month-to-month on electronic check, with internet',
			root: {
				kind: 'group',
				op: 'and',
				children: [
					{ kind: 'attribute', column: 'Contract', op: 'equals', values: ['Month-to-month'] },
					{
						kind: 'attribute',
						column: 'Tenure Months',
						op: 'range',
						values: [],
						min: '0',
						max: '6'
					},
					{ kind: 'attribute', column: 'Payment Method', op: 'contains', values: ['ELECTRONIC'] },
					{
						kind: 'group',
						op: 'not',
						children: [{ kind: 'attribute', column: 'Internet Service', op: 'in', values: ['No'] }]
					}
				]
			}
		});
		const expected = rows(TELCO)
			.filter(
				(r) =>
					r.Contract === 'Month-to-month' &&
					Number(r['Tenure Months']) >= 0 &&
					Number(r['Tenure Months']) <= 6 &&
					r['Payment Method'].toLowerCase().includes('electronic') &&
					r['Internet Service'] !== 'No'
			)
			.map((r) => r.CustomerID)
			.sort();
		expect(expected.length).toBeGreaterThan(100);
		expect(ids(result)).toEqual(expected);
		console.log(`Telco segment: ${result.count} customers`);
	});

	it.skipIf(!existsSync(RETAIL))(
		'selects Online Retail buyers by product, order count and recency',
		async () => {
			const result = await segment(['--transactions', RETAIL], {
				version: 1,
				name: 'Recent heart or cake-stand buyers with 10+ orders',
				root: {
					kind: 'group',
					op: 'and',
					children: [
						{
							kind: 'group',
							op: 'or',
							children: ['85123A', '22423'].map((code) => ({
								kind: 'bought' as const,
								field: 'product_id' as const,
								values: [code],
								match: 'any' as const,
								within: { n: 3, unit: 'month' as const }
							}))
						},
						{ kind: 'orders', measure: 'orders', min: 10, max: null, within: null },
						{
							kind: 'group',
							op: 'not',
							children: [{ kind: 'no_purchase', within: { n: 30, unit: 'day' } }]
						}
					]
				}
			});
			// The reference reads the file itself: ids written as 17850.0 are customer 17850, and a
			// line is a return when its invoice starts with C or its quantity is negative.
			const all = rows(RETAIL);
			const lines = all
				.filter((r) => r.CustomerID)
				.map((r) => ({
					customer: String(Number(r.CustomerID)),
					invoice: r.InvoiceNo,
					code: r.StockCode,
					day: r.InvoiceDate.slice(0, 10),
					sale: !r.InvoiceNo.startsWith('C') && Number(r.Quantity) >= 0
				}));
			const asOf = daysBefore(
				all.reduce((m, r) => (r.InvoiceDate > m ? r.InvoiceDate : m), '').slice(0, 10),
				-1
			);
			expect(result.as_of).toBe(asOf);
			const threeMonths = addMonths(asOf, -3);
			const monthAgo = daysBefore(asOf, 30);
			const by = new Map<string, typeof lines>();
			for (const l of lines.filter((l) => l.sale && l.day < asOf)) {
				if (!by.has(l.customer)) by.set(l.customer, []);
				by.get(l.customer)!.push(l);
			}
			const expected = [...by]
				.filter(
					([, ls]) =>
						ls.some((l) => ['85123A', '22423'].includes(l.code) && l.day >= threeMonths) &&
						new Set(ls.map((l) => l.invoice)).size >= 10 &&
						ls.some((l) => l.day >= monthAgo)
				)
				.map(([id]) => id)
				.sort();
			expect(expected.length).toBeGreaterThan(20);
			expect(ids(result)).toEqual(expected);
			console.log(`Online Retail segment at ${asOf}: ${result.count} customers`);
		},
		60_000
	);
});
