import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { replenishment } from '../sequences/replenishment';
import { sequences } from '../sequences/sequences';

/** A customer due to buy again: the product to offer and the last day of its usual window. */
export interface DueItem {
	customer_id: string;
	product: string;
	/** `YYYY-MM-DD`: contact before then. */
	due_by: string;
}

/**
 * Replenishment due across the strongest "A then B" pairs of the sequence analysis (its
 * `replenishment` function, pair by pair): each customer once, with the most urgent product.
 */
export async function replenishmentDue(
	engine: Engine,
	asOf: string,
	pairs = 3
): Promise<DueItem[]> {
	const top = await sequences(engine, { snapshot: asOf, limit: pairs });
	const due = new Map<string, DueItem>();
	for (const pair of top.pairs) {
		const list = await replenishment(engine, {
			snapshot: asOf,
			antecedent: pair.antecedent_key,
			consequent: pair.consequent_key
		});
		for (const c of list.customers) {
			const known = due.get(c.customer_id);
			if (!known || c.due_by < known.due_by)
				due.set(c.customer_id, {
					customer_id: c.customer_id,
					product: list.consequent,
					due_by: c.due_by
				});
		}
	}
	return [...due.values()].sort(
		(a, b) => a.due_by.localeCompare(b.due_by) || (a.customer_id < b.customer_id ? -1 : 1)
	);
}

/** The due items as a `due` CTE body (customer_id, due_by, product), for the action list's SQL. */
export function dueValuesSql(items: readonly DueItem[]): string {
	if (!items.length)
		return 'SELECT NULL::VARCHAR AS customer_id, NULL::DATE AS due_by, NULL::VARCHAR AS product WHERE FALSE';
	const rows = items.map(
		(i) => `(${literal(i.customer_id)}, ${literal(i.due_by)}::DATE, ${literal(i.product)})`
	);
	return `SELECT * FROM (VALUES ${rows.join(', ')}) AS due(customer_id, due_by, product)`;
}
