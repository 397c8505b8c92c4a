import type { Engine } from '../../engine/engine';
import { ident } from '../../engine/sql';
import { attributeValues, filterableColumns, VIEW } from '../../engine/views';
import { run, type BoundSql } from '../pareto/curve';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';
import type { Attractiveness } from './strategies';

/** A customer attribute that can rate A/B/C, with its values (most frequent first). */
export interface RatingAttribute {
	column: string;
	values: string[];
}

/** Customer columns with 2–100 distinct values, offered for rating A/B/C by attribute. */
export async function ratingAttributes(engine: Engine): Promise<RatingAttribute[]> {
	const columns = (await filterableColumns(engine)).filter((c) => c.table === 'customers');
	const out: RatingAttribute[] = [];
	for (const { column } of columns)
		out.push({
			column,
			values: (await attributeValues(engine, 'customers', column, 100)).map((v) => v.value)
		});
	return out;
}

/** Average net revenue per buying customer for each value of a customer attribute, best first. */
export function attributeValueSql(column: string, params: ValueParams = {}): BoundSql {
	const sql = `WITH ${customerFactsCtes(params)},
attr AS (
	SELECT customer_id, min(CAST(${ident(column)} AS VARCHAR)) AS value
	FROM ${VIEW.customers} GROUP BY customer_id
)
SELECT a.value, avg(f.monetary) AS avg_revenue, count(*) AS customers
FROM customer_facts f JOIN attr a USING (customer_id)
WHERE a.value IS NOT NULL
GROUP BY a.value
ORDER BY avg_revenue DESC, a.value`;
	return { sql, params: [] };
}

/**
 * A starting point for rating by attribute: the values ranked by average net revenue per
 * customer and split into thirds (A = the best third of values; with 4 values: 2, 1, 1).
 */
export async function suggestRating(
	engine: Engine,
	column: string,
	params: ValueParams = {}
): Promise<Record<string, Attractiveness>> {
	const rows = await run<{ value: string }>(engine, attributeValueSql(column, params));
	const size = Math.floor(rows.length / 3);
	const big = rows.length % 3;
	const third = (i: number) =>
		i < big * (size + 1)
			? Math.floor(i / (size + 1))
			: big + Math.floor((i - big * (size + 1)) / size);
	return Object.fromEntries(rows.map((r, i) => [r.value, 'ABC'[third(i)] as Attractiveness]));
}
