import { expect, it } from 'vitest';
import { main } from '../main';

it('prints the profile JSON with its documented keys, capability texts as strings', async () => {
	let text = '';
	const out = { write: (s: string) => ((text += s), true) };
	const code = await main(
		['profile', '--transactions', 'datasets/demo/transactions.csv.gz', '--json'],
		out as never
	);
	expect(code).toBe(0);
	const report = JSON.parse(text);
	for (const key of ['rows_read', 'rows_loaded', 'rows_rejected', 'customers', 'revenue'])
		expect(report).toHaveProperty(key);
	expect(report.capabilities[0]).toEqual({
		id: 'value',
		analysis: 'Customer value (Pareto, tiers, RFM monetary, CLV spend)',
		ready: true,
		because: expect.stringMatching(/^[\d,]+ purchase lines carry a customer id and an amount$/)
	});
}, 60_000);
