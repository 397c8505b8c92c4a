/**
 * Test-only: generated transaction lines, loading them into an engine, and the plain-TypeScript
 * per-customer facts the reference implementations start from. Not imported by application code.
 */
import fc from 'fast-check';
import { ensureDataset } from '$lib/engine/dataset';
import type { Engine } from '$lib/engine/engine';
import { createNativeEngine } from '$lib/engine/node-native';
import { createNodeWasmEngine } from '$lib/engine/node-wasm';
import { literal } from '$lib/engine/sql';
import { applyFilters } from '$lib/engine/views';
import type { ReturnsMode } from '$lib/analyses/value/customer-facts';

/** Both Node engines, each opened with the empty canonical tables and the views. */
export const ENGINES: [string, () => Promise<Engine>][] = [
	['wasm-node', () => prepared(createNodeWasmEngine())],
	['native', () => prepared(createNativeEngine())]
];

async function prepared(opening: Promise<Engine>): Promise<Engine> {
	const engine = await opening;
	await ensureDataset(engine);
	await applyFilters(engine);
	return engine;
}

export const SNAPSHOT = '2025-01-01';

/** One transaction line; money in cents, negative on returns. */
export interface Line {
	invoice_id: string;
	customer_id: string | null;
	ts: string;
	product_id: string;
	cents: number;
	cost_cents: number | null;
	is_return: boolean;
	is_product: boolean;
}

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 - offset)).toISOString().slice(0, 10);

/** Days before the snapshot that start a 1–6 month period or its predecessor (matrix edges). */
const EDGES = [1, 2, 3, 4, 5, 6, 8, 10, 12].map(
	(m) => (Date.UTC(2025, 0, 1) - Date.UTC(2025, -m, 1)) / 86_400_000
);

/** Lines: few customers and round amounts so ties are common; some after the snapshot. */
export function arbLine(withCost: boolean, maxDaysBack = 400): fc.Arbitrary<Line> {
	return fc
		.record({
			customer_id: fc.option(
				fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'),
				{
					freq: 8
				}
			),
			invoice: fc.integer({ min: 1, max: 30 }),
			daysBack: fc.oneof(fc.integer({ min: -5, max: maxDaysBack }), fc.constantFrom(...EDGES)),
			hour: fc.constantFrom(0, 13),
			product: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'POST'),
			cents: fc.oneof(fc.constantFrom(500, 1000, 2500), fc.integer({ min: 1, max: 30_000 })),
			// 90, 98 and 100 put profits exactly on the 10%, 2% and 0% break-even edges.
			costRatio: fc.option(
				fc.oneof(fc.constantFrom(90, 98, 100), fc.integer({ min: 40, max: 140 })),
				{ freq: 6 }
			),
			is_return: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false)))
		})
		.map((r) => {
			const sign = r.is_return ? -1 : 1;
			return {
				invoice_id: `${r.is_return ? 'C' : ''}I${r.invoice}`,
				customer_id: r.customer_id,
				ts: `${day(r.daysBack)} ${String(r.hour).padStart(2, '0')}:00:00`,
				product_id: r.product,
				cents: sign * r.cents,
				cost_cents:
					withCost && r.costRatio !== null
						? sign * Math.round((r.cents * r.costRatio) / 100)
						: null,
				is_return: r.is_return,
				is_product: r.product !== 'POST'
			};
		});
}

/** A data set with or without costs, at most `maxDaysBack` days before the snapshot. */
export function arbLinesWithin(maxDaysBack: number): fc.Arbitrary<Line[]> {
	return fc
		.boolean()
		.chain((withCost) => fc.array(arbLine(withCost, maxDaysBack), { minLength: 0, maxLength: 40 }));
}

export const arbLines = arbLinesWithin(400);

/** Replace the rows of an engine from ENGINES with `lines` (and customers with an attribute). */
export async function loadLines(
	engine: Engine,
	lines: readonly Line[],
	customers: readonly { customer_id: string; membership: string | null }[] = []
): Promise<void> {
	await engine.exec('DELETE FROM transactions; DELETE FROM customers');
	if (lines.length)
		await engine.exec(`INSERT INTO transactions
	(invoice_id, customer_id, ts, product_id, product_name, amount, cost, is_return, is_product)
VALUES ${lines
			.map(
				(l) =>
					`(${literal(l.invoice_id)}, ${literal(l.customer_id)}, ${literal(l.ts)}::TIMESTAMP, ${literal(l.product_id)}, ${literal(`Product ${l.product_id}`)}, ${l.cents / 100}, ${l.cost_cents === null ? 'NULL' : l.cost_cents / 100}, ${l.is_return}, ${l.is_product})`
			)
			.join(',\n')}`);
	if (customers.length)
		await engine.exec(
			`INSERT INTO customers (customer_id, membership) VALUES ${customers
				.map((c) => `(${literal(c.customer_id)}, ${literal(c.membership)})`)
				.join(', ')}`
		);
}

/** Per-customer facts as `customer_facts` defines them, in exact cents. */
export interface RefFacts {
	id: string;
	cents: number;
	profit: number | null;
	frequency: number;
}

/** String order as DuckDB sorts VARCHAR (binary), not the locale's. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lines that count for value: identified, before the snapshot, returns per mode. */
export function valueLines(lines: readonly Line[], returns: ReturnsMode = 'net'): Line[] {
	return lines.filter(
		(l) => l.customer_id !== null && l.ts < SNAPSHOT && (returns === 'net' || !l.is_return)
	);
}

/** Customers with at least one purchase before the snapshot, with net cents and profit. */
export function refFacts(lines: readonly Line[], returns: ReturnsMode = 'net'): RefFacts[] {
	const by = new Map<string, Line[]>();
	for (const l of valueLines(lines, returns))
		by.set(l.customer_id!, [...(by.get(l.customer_id!) ?? []), l]);
	return [...by]
		.filter(([, ls]) => ls.some((l) => !l.is_return))
		.map(([id, ls]) => {
			const costed = ls.filter((l) => l.cost_cents !== null);
			const cents = ls.reduce((s, l) => s + l.cents, 0);
			const cost = costed.reduce((s, l) => s + l.cost_cents!, 0);
			return {
				id,
				cents,
				profit: costed.length ? cents - cost : null,
				frequency: new Set(ls.filter((l) => !l.is_return).map((l) => l.invoice_id)).size
			};
		})
		.sort((a, b) => byId(a.id, b.id));
}

/** Sort by a value descending, ties by id ascending. */
export function descending<T extends { id: string }>(items: readonly T[], value: (t: T) => number) {
	return [...items].sort((a, b) => value(b) - value(a) || byId(a.id, b.id));
}
