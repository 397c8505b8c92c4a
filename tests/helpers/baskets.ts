/**
 * Test-only: generated transaction lines with categories and segments, loading them into an engine
 * from ENGINES (./pareto-data.ts), and the baskets they make, in plain TypeScript.
 */
import fc from 'fast-check';
import type { Engine } from '$lib/engine/engine';
import { literal } from '$lib/engine/sql';
import type { BasketUnit, ItemLevel } from '$lib/analyses/basket/baskets';

/** One generated line: a few products in three categories; some returns, postage and guests. */
export interface BasketLine {
	invoice_id: string | null;
	customer_id: string | null;
	/** `YYYY-MM-DD HH:MM:SS` */
	ts: string;
	product_id: string | null;
	product_name: string | null;
	category: string | null;
	is_return: boolean;
	is_product: boolean;
	/** Sold at price 0 (a stock note, not a sale). */
	free?: boolean;
}

const PRODUCTS: [string | null, string, string][] = [
	['P1', 'Apple', 'Fresh'],
	['P2', 'Bread', 'Bakery'],
	['P3', 'Cheese', 'Fresh'],
	['P4', 'Dates', 'Fresh'],
	['P5', 'Eclair', 'Bakery'],
	['P6', 'Flour', 'Pantry'],
	['P7', 'Ginger', 'Pantry'],
	[null, 'Loose herbs', 'Fresh']
];

/** The label the analysis shows for an item key. */
export function itemLabel(key: string, item: ItemLevel): string {
	return item === 'category' ? key : (PRODUCTS.find(([id]) => id === key)?.[1] ?? key);
}

/** Customers and their region, the segment attribute the tests slice by. */
export const REGIONS: Record<string, string> = {
	c1: 'North',
	c2: 'North',
	c3: 'South',
	c4: 'South'
};

/** A line arbitrary; `products` limits the catalogue so dense baskets (large itemsets) are common. */
export function arbBasketLine(products = PRODUCTS.length): fc.Arbitrary<BasketLine> {
	return fc
		.record({
			invoice: fc.option(fc.integer({ min: 1, max: 12 }), { freq: 6 }),
			customer: fc.option(fc.constantFrom(...Object.keys(REGIONS)), { freq: 5 }),
			day: fc.integer({ min: 1, max: 4 }),
			product: fc.integer({ min: 0, max: products - 1 }),
			is_return: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
			postage: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
			free: fc.integer({ min: 0, max: 4 }).map((n) => n === 0)
		})
		.map((r) => {
			const [id, name, category] = PRODUCTS[r.product];
			return {
				invoice_id: r.invoice === null ? null : `I${r.invoice}`,
				customer_id: r.customer,
				ts: `2024-03-0${r.day} 1${r.day}:00:00`,
				product_id: r.postage ? 'POST' : id,
				product_name: r.postage ? 'Postage' : name,
				category: r.postage ? 'Service' : category,
				is_return: r.is_return,
				is_product: !r.postage,
				free: r.free
			};
		});
}

/** Up to `max` lines. */
export const arbBasketLines = (max = 40, products?: number) =>
	fc.array(arbBasketLine(products), { minLength: 0, maxLength: max, size: 'max' });

/** A line's amount: ±5, 0 when free, NULL in a file without money. */
function lineAmount(l: BasketLine, money: boolean): string {
	if (!money) return 'NULL';
	if (l.free) return '0';
	return l.is_return ? '-5' : '5';
}

/**
 * Replace the transactions and customers of an engine from ENGINES with these lines; without
 * `money` every amount is NULL, as in a file with no price or amount column.
 */
export async function loadBasketLines(
	engine: Engine,
	lines: readonly BasketLine[],
	money = true
): Promise<void> {
	await engine.exec('DELETE FROM transactions; DELETE FROM customers');
	if (lines.length)
		await engine.exec(`INSERT INTO transactions
	(invoice_id, customer_id, ts, product_id, product_name, category, quantity, amount, is_return, is_product)
VALUES ${lines
			.map(
				(l) =>
					`(${literal(l.invoice_id)}, ${literal(l.customer_id)}, ${literal(l.ts)}::TIMESTAMP, ${literal(l.product_id)}, ${literal(l.product_name)}, ${literal(l.category)}, ${l.is_return ? -1 : 1}, ${lineAmount(l, money)}, ${l.is_return}, ${l.is_product})`
			)
			.join(',\n')}`);
	await engine.exec(
		`INSERT INTO customers (customer_id, region) VALUES ${Object.entries(REGIONS)
			.map(([id, region]) => `(${literal(id)}, ${literal(region)})`)
			.join(', ')}`
	);
}

/**
 * The baskets the analysis should see: basket key → set of item keys. With `money`, a basket
 * whose sold product lines are all free is no sale and left out.
 */
export function refBaskets(
	lines: readonly BasketLine[],
	basket: BasketUnit,
	item: ItemLevel = 'product',
	region?: string,
	money = true
): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const sales = new Set<string>();
	for (const l of lines) {
		if (l.is_return || !l.is_product) continue;
		if (region !== undefined && (l.customer_id === null || REGIONS[l.customer_id] !== region))
			continue;
		const day = l.customer_id === null ? null : `${l.customer_id}|${l.ts.slice(0, 10)}`;
		const key = basket === 'invoice' && l.invoice_id !== null ? `i${l.invoice_id}` : day;
		const value = item === 'category' ? l.category : (l.product_id ?? l.product_name);
		if (key === null || value === null) continue;
		out.set(key, (out.get(key) ?? new Set()).add(value));
		if (!money || !l.free) sales.add(key);
	}
	for (const key of out.keys()) if (!sales.has(key)) out.delete(key);
	return out;
}
