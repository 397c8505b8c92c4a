import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const DEMO = 'datasets/demo';
const SEED = 'src/lib/analyses/segments/seed.json';

/** Run the CLI and capture what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

function file(name: string, text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'segment-cli-')), name);
	writeFileSync(path, text);
	return path;
}

const CUSTOMERS = file(
	'customers.csv',
	`CustomerID,Branch,OwnerRep,Note
A,Shanghai,Li Na,=HYPERLINK("x")
B,Shanghai,David Chen,
C,Beijing,Li Na,"it's ""quoted"""
`
);

// The native engine only: the analysis is tested on both engines beside it.
describe('customer-lens segment', () => {
	it('finds the 14 customers of the seed example in the demo data', async () => {
		const { code, out } = await cli(
			'segment',
			'--customers',
			`${DEMO}/customers.csv.gz`,
			'--transactions',
			`${DEMO}/transactions.csv.gz`,
			'--activities',
			`${DEMO}/activities.csv.gz`,
			'--definition',
			SEED,
			'--json'
		);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(Object.keys(result)).toEqual(['name', 'definition', 'as_of', 'count', 'customers']);
		expect(result.as_of).toBe('2025-01-01');
		expect(result.count).toBe(14);
		expect(result.customers.map((c: { customer_id: string }) => c.customer_id).sort()).toEqual([
			'C00181',
			'C00478',
			'C00693',
			'C00707',
			'C00803',
			'C01958',
			'C02138',
			'C02249',
			'C02747',
			'C03015',
			'C03029',
			'C03225',
			'C04044',
			'C05528'
		]);
		expect(Object.keys(result.customers[0])).toEqual([
			'customer_id',
			'name',
			'region',
			'branch',
			'owner_rep',
			'membership',
			'last_purchase',
			'orders',
			'revenue'
		]);
	}, 60_000);

	it('reads attribute conditions, prints a summary, and takes an as-of date', async () => {
		const definition = file(
			'segment.json',
			JSON.stringify({
				name: 'Li Na or Shanghai',
				root: {
					kind: 'group',
					op: 'or',
					children: [
						{ kind: 'attribute', column: 'owner_rep', op: 'equals', values: ['Li Na'] },
						{ kind: 'attribute', column: 'Note', op: 'contains', values: ['QUOTED'] }
					]
				}
			})
		);
		const args = ['segment', '--customers', CUSTOMERS, '--definition', definition];
		const text = await cli(...args, '--as-of', '2024-06-01');
		expect(text.code).toBe(0);
		expect(text.out).toMatch(/^Li Na or Shanghai: 2 customers at 2024-06-01\n/);
		expect(text.out).toContain('Owner rep is “Li Na” or Note contains “QUOTED”');
		const { out } = await cli(...args, '--json');
		expect(JSON.parse(out)).toMatchObject({ count: 2, as_of: null });
		expect(JSON.parse(out).customers.map((c: { customer_id: string }) => c.customer_id)).toEqual([
			'A',
			'C'
		]);
	});

	it('refuses a missing or malformed definition and a bad date', async () => {
		const base = ['segment', '--customers', CUSTOMERS];
		expect((await cli(...base)).err).toContain('--definition FILE.json is required');
		expect((await cli(...base, '--definition', '/no/such.json')).code).toBe(2);
		const bad = file('bad.json', '{"root": {"kind": "group", "op": "xor", "children": []}}');
		const refused = await cli(...base, '--definition', bad);
		expect(refused.code).toBe(2);
		expect(refused.err).toContain('root.op must be one of and, or, not');
		expect((await cli(...base, '--definition', SEED, '--as-of', '1/2/2025')).code).toBe(2);
	});
});
