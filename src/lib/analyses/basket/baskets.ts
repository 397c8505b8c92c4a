import type { Engine } from '../../engine/engine';
import { ident, literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { HAS_AMOUNTS } from '../empty';
import { rfmCtes } from '../rfm/rfm';

/** What one basket is: an invoice, or everything a customer bought on one day. */
export type BasketUnit = 'invoice' | 'customer-day';

/** What one item is: a product, or its category. */
export type ItemLevel = 'product' | 'category';

/** How customers are grouped for per-segment baskets: their RFM segment or a customers column. */
export type SegmentBy = { kind: 'rfm' } | { kind: 'attribute'; column: string };

/** Baskets of the customers whose segment (per `by`) equals `value`. */
interface SegmentFilter {
	by: SegmentBy;
	value: string;
}

/** Which baskets and items an analysis reads. */
export interface BasketParams {
	/** Default: invoice when any line has an invoice id, otherwise customer-day. */
	basket?: BasketUnit;
	/** Default: product. */
	item?: ItemLevel;
	/** Only baskets of customers in this segment. */
	segment?: SegmentFilter;
	/**
	 * Read `(basket_id, item)` rows from this table instead of the transactions, e.g. one made by
	 * `loadBasketText` from a one-basket-per-line file; `basket`, `item` and `segment` are ignored.
	 */
	table?: string;
}

/** CTEs ending in `customer_segments (customer_id, segment)`; RFM uses the default scoring. */
function segmentCtes(by: SegmentBy): string {
	if (by.kind === 'rfm')
		return `${rfmCtes()},
customer_segments AS (
	SELECT customer_id, segment FROM rfm_customers
)`;
	return `customer_segments AS (
	SELECT customer_id, any_value(CAST(${ident(by.column)} AS VARCHAR)) AS segment
	FROM ${VIEW.customers}
	WHERE ${ident(by.column)} IS NOT NULL
	GROUP BY customer_id
)`;
}

/** Whether the (filtered) transactions have invoice ids; without them baskets are customer-days. */
export async function resolveBasketUnit(engine: Engine, params: BasketParams): Promise<BasketUnit> {
	if (params.basket) return params.basket;
	if (params.table) return 'invoice';
	const sql = `SELECT count(invoice_id) > 0 AS has_invoices FROM ${VIEW.transactions}`;
	const [row] = (await engine.query(sql)).rows<{ has_invoices: boolean }>();
	return row?.has_invoices ? 'invoice' : 'customer-day';
}

const DAY_KEY = `customer_id || '|' || strftime(ts, '%Y-%m-%d')`;

function soldLinesCte(params: BasketParams & { basket: BasketUnit }): string {
	// chr(1) keeps a customer-day key from ever equalling a real invoice number.
	const key =
		params.basket === 'invoice'
			? `coalesce(invoice_id, chr(1) || ${DAY_KEY})`
			: `chr(1) || ${DAY_KEY}`;
	const category = params.item === 'category';
	const segment = params.segment;
	return `${segment ? `${segmentCtes(segment.by)},\n` : ''}sold_lines AS (
	SELECT ${key} AS basket, customer_id,
		${category ? 'category' : 'coalesce(product_id, product_name)'} AS item,
		${category ? 'category' : 'coalesce(product_name, product_id)'} AS name, amount
	FROM ${VIEW.transactions}
	WHERE NOT is_return AND is_product IS NOT FALSE${
		segment
			? `\n\t\tAND customer_id IN (SELECT customer_id FROM customer_segments WHERE segment = ${literal(segment.value)})`
			: ''
	}
)`;
}

/**
 * `basket_sales (basket, sale)` after `sold_lines`: when the file has amounts, a basket without a
 * priced product line (stock notes, zero-price invoices) is no sale and not a basket.
 */
const sale = (amount = 'amount', over = '') =>
	`bool_or(${amount} > 0)${over} OR NOT ${HAS_AMOUNTS}`;
const BASKET_SALES_CTE = `basket_sales AS (
	SELECT basket, ${sale()} AS sale
	FROM sold_lines
	WHERE basket IS NOT NULL AND item IS NOT NULL
	GROUP BY basket
)`;

/**
 * CTEs ending in `basket_sales (basket VARCHAR, sale BOOLEAN)` and `basket_lines (basket VARCHAR,
 * item VARCHAR)`: one row per sold product line of a sale basket. Returns and non-product lines
 * (postage, fees) are left out. A product is keyed by its code (by its name when it has none).
 */
export function basketLinesCtes(params: BasketParams & { basket: BasketUnit }): string {
	if (params.table)
		return `basket_lines AS (
	SELECT CAST(basket_id AS VARCHAR) AS basket, CAST(item AS VARCHAR) AS item
	FROM ${ident(params.table)}
	WHERE basket_id IS NOT NULL AND item IS NOT NULL
),
basket_sales AS (
	SELECT DISTINCT basket, true AS sale FROM basket_lines
)`;
	// A window rather than a join to basket_sales: DuckDB-WASM ran that join a hundred times slower.
	return `${soldLinesCte(params)},
${BASKET_SALES_CTE},
basket_lines AS (
	SELECT basket, item
	FROM sold_lines
	WHERE basket IS NOT NULL AND item IS NOT NULL
	QUALIFY ${sale('amount', ' OVER (PARTITION BY basket)')}
)`;
}

/**
 * CTEs ending in `item_labels (item, label)`: a product's label is its most frequent name. With
 * `afterBasketLines`, they follow `basketLinesCtes` of the same params and reuse its `sold_lines`.
 */
export function itemLabelsCtes(
	params: BasketParams & { basket: BasketUnit },
	afterBasketLines = false
): string {
	if (params.table)
		return `item_labels AS (
	SELECT DISTINCT CAST(item AS VARCHAR) AS item, CAST(item AS VARCHAR) AS label
	FROM ${ident(params.table)}
	WHERE item IS NOT NULL
)`;
	return `${afterBasketLines ? '' : `${soldLinesCte(params)},\n`}item_names AS (
	SELECT item, name, count(*) AS lines
	FROM sold_lines
	WHERE item IS NOT NULL
	GROUP BY item, name
),
item_labels AS (
	SELECT item, first(name ORDER BY lines DESC, name) AS label
	FROM item_names
	GROUP BY item
)`;
}

/**
 * CTEs ending in `segment_lines (basket, item, segment)`: the sold lines of customers that have a
 * segment under `by`, for comparing the same rule across segments; sales only, as in `basket_sales`.
 */
export function segmentLinesCtes(
	params: BasketParams & { basket: BasketUnit },
	by: SegmentBy
): string {
	return `${segmentCtes(by)},
${soldLinesCte({ ...params, segment: undefined })},
segment_lines AS (
	SELECT s.basket, s.item, c.segment
	FROM sold_lines s
	JOIN customer_segments c USING (customer_id)
	WHERE s.basket IS NOT NULL AND s.item IS NOT NULL
	QUALIFY ${sale('s.amount', ' OVER (PARTITION BY s.basket, c.segment)')}
)`;
}

/**
 * Adapter for files with one basket per line and comma-separated items (arules' Groceries): loads
 * them into `table (basket_id BIGINT, item VARCHAR)`, basket_id being the 1-based line number.
 * Items are kept exactly, trailing spaces included; empty lines are skipped but keep their number.
 */
export async function loadBasketText(
	engine: Engine,
	text: string,
	table = 'basket_file'
): Promise<{ baskets: number; rows: number }> {
	await engine.exec(`CREATE OR REPLACE TABLE ${ident(table)} (basket_id BIGINT, item VARCHAR)`);
	await engine.query(
		`INSERT INTO ${ident(table)}
WITH file AS (
	SELECT string_split(?, chr(10)) AS lines
),
numbered AS (
	SELECT unnest(range(1, len(lines) + 1)) AS basket_id, unnest(lines) AS line
	FROM file
),
cleaned AS (
	SELECT basket_id, rtrim(line, chr(13)) AS line
	FROM numbered
),
items AS (
	SELECT basket_id, unnest(string_split(line, ',')) AS item
	FROM cleaned
	WHERE line <> ''
)
SELECT DISTINCT basket_id, item
FROM items
WHERE item <> ''
ORDER BY basket_id, item`,
		[text]
	);
	const [row] = (
		await engine.query(
			`SELECT count(DISTINCT basket_id) AS baskets, count(*) AS rows FROM ${ident(table)}`
		)
	).rows<{ baskets: number; rows: number }>();
	return row;
}
