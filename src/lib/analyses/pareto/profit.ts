/**
 * The profit ("whale") curve: customers (or products) sorted by profit, largest first (ties by id),
 * and the cumulative profit as a share of the total. It rises above 100% while profitable items
 * are added, peaks at the last one, and falls back to 100% as the loss makers are added.
 *
 * Profit = net revenue − cost, in cents. Customers come from `customer_facts`; products from the
 * product lines (`is_product`, so postage and fees are left out) before the snapshot, guest sales
 * included. Items whose lines carry no cost at all are left out and counted.
 *
 * Groups, with band = breakEven × max(revenue, 0): makers have profit > band, loss makers
 * profit < −band, the rest break even. breakEven = 0 makes the loss makers exactly the items whose
 * cost exceeds their revenue.
 */
import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';
import { customerFactsCtes, snapshotSql, type ValueParams } from '../value/customer-facts';
import {
	basisPoints,
	centsSql,
	keepPointSql,
	MAX_POINTS,
	run,
	wholeNumber,
	type BoundSql
} from './curve';
import { withCachedFacts } from '../value/facts-cache';

export type ProfitSubject = 'customers' | 'products';
export type ProfitGroup = 'makers' | 'break_even' | 'losers';

/** Options of the profit curve. */
interface ProfitParams extends ValueParams {
	/** Break-even band as a fraction of the item's revenue, default 0.02 (|profit| ≤ 2%). */
	breakEven?: number;
	maxPoints?: number;
}

/** Curve statistics over every item with a cost. */
interface ProfitStats {
	items: number;
	items_without_cost: number;
	total_revenue: number;
	total_profit: number;
	/** Highest cumulative profit, reached after `peak_rank` items. */
	peak_profit: number | null;
	peak_rank: number | null;
	/** Peak cumulative profit as a share of total profit (1.2 = 120%); null when total ≤ 0. */
	peak_share: number | null;
	/** Fraction of items up to the peak. */
	peak_items_share: number | null;
}

/** One group's size and money. */
interface ProfitGroupRow {
	group: ProfitGroup;
	items: number;
	revenue: number;
	profit: number;
}

/** A point of the downsampled curve (the peak is always kept). */
interface ProfitPoint {
	rank: number;
	item_share: number;
	cumulative_profit: number;
	profit_share: number | null;
}

/** The whole curve for one subject. */
export interface ProfitCurve extends ProfitStats {
	subject: ProfitSubject;
	break_even: number;
	groups: ProfitGroupRow[];
	points: ProfitPoint[];
}

/** One customer or product in a group list. */
export interface ProfitItem {
	id: string;
	name: string | null;
	revenue: number;
	cost: number;
	profit: number;
	/** profit / revenue; null when revenue ≤ 0. */
	margin: number | null;
}

export const GROUPS: readonly ProfitGroup[] = ['makers', 'break_even', 'losers'];

function itemsCte(subject: ProfitSubject, params: ValueParams): string {
	if (subject === 'customers')
		return `${customerFactsCtes(params)},
items AS (
	SELECT customer_id AS item_id, ${centsSql('monetary')} AS revenue_cents,
		${centsSql('profit')} AS profit_cents
	FROM customer_facts
),
names AS (
	SELECT customer_id AS item_id, min(name) AS name FROM ${VIEW.customers} GROUP BY customer_id
)`;
	return `params AS (
	SELECT ${snapshotSql(params.snapshot)} AS snapshot
),
product_lines AS (
	SELECT coalesce(t.product_id, t.product_name) AS item_id, t.product_name, t.amount, t.cost
	FROM ${VIEW.transactions} t, params
	WHERE t.is_product AND t.ts < params.snapshot
		AND coalesce(t.product_id, t.product_name) IS NOT NULL${params.returns === 'exclude' ? ' AND NOT t.is_return' : ''}
),
items AS (
	SELECT item_id, ${centsSql('sum(amount)')} AS revenue_cents,
		CASE WHEN count(cost) > 0 THEN ${centsSql('sum(amount) - sum(cost)')} END AS profit_cents
	FROM product_lines
	GROUP BY item_id
),
names AS (
	SELECT item_id, min(product_name) AS name FROM product_lines GROUP BY item_id
)`;
}

function groupedCtes(
	subject: ProfitSubject,
	{ breakEven = 0.02, maxPoints = MAX_POINTS, ...params }: ProfitParams
): BoundSql {
	const sql = `WITH ${itemsCte(subject, params)},
knobs AS (SELECT ?::BIGINT AS band_bp, ?::BIGINT AS max_points),
ranked AS (
	SELECT
		item_id,
		revenue_cents,
		profit_cents,
		row_number() OVER (ORDER BY profit_cents DESC, item_id) AS rank,
		sum(profit_cents) OVER (ORDER BY profit_cents DESC, item_id ROWS UNBOUNDED PRECEDING) AS cum_cents,
		count(*) OVER () AS n,
		sum(profit_cents) OVER () AS total_cents
	FROM items
	WHERE profit_cents IS NOT NULL
),
peak AS (
	SELECT rank AS peak_rank, cum_cents AS peak_cents FROM ranked ORDER BY cum_cents DESC, rank LIMIT 1
),
grouped AS (
	SELECT r.*,
		CASE WHEN r.profit_cents::HUGEINT * 10000 > k.band_bp * greatest(r.revenue_cents, 0) THEN 'makers'
			WHEN r.profit_cents::HUGEINT * 10000 < -k.band_bp * greatest(r.revenue_cents, 0) THEN 'losers'
			ELSE 'break_even' END AS "group"
	FROM ranked r, knobs k
)`;
	return {
		sql,
		params: [basisPoints(breakEven, 'breakEven'), wholeNumber(maxPoints, 'maxPoints', 4)]
	};
}

/** Curve statistics (one row). */
export function profitStatsSql(subject: ProfitSubject, params: ProfitParams = {}): BoundSql {
	const { sql, params: values } = groupedCtes(subject, params);
	return {
		sql: `${sql}
SELECT
	count(r.rank) AS items,
	(SELECT count(*) FROM items WHERE profit_cents IS NULL) AS items_without_cost,
	coalesce(sum(r.revenue_cents), 0)::DOUBLE / 100 AS total_revenue,
	coalesce(sum(r.profit_cents), 0)::DOUBLE / 100 AS total_profit,
	any_value(p.peak_cents)::DOUBLE / 100 AS peak_profit,
	any_value(p.peak_rank) AS peak_rank,
	CASE WHEN sum(r.profit_cents) > 0
		THEN any_value(p.peak_cents)::DOUBLE / sum(r.profit_cents)::DOUBLE
	END AS peak_share,
	any_value(p.peak_rank)::DOUBLE / nullif(count(r.rank), 0) AS peak_items_share
FROM ranked r LEFT JOIN peak p ON true`,
		params: values
	};
}

/** Makers, break-even and loss makers: items, revenue, profit (all three rows). */
export function profitGroupsSql(subject: ProfitSubject, params: ProfitParams = {}): BoundSql {
	const { sql, params: values } = groupedCtes(subject, params);
	return {
		sql: `${sql}
SELECT
	g."group",
	count(x.rank) AS items,
	coalesce(sum(x.revenue_cents), 0)::DOUBLE / 100 AS revenue,
	coalesce(sum(x.profit_cents), 0)::DOUBLE / 100 AS profit
FROM (VALUES ('makers', 1), ('break_even', 2), ('losers', 3)) AS g("group", ord)
	LEFT JOIN grouped x USING ("group")
GROUP BY g."group", g.ord
ORDER BY g.ord`,
		params: values
	};
}

/** The cumulative profit curve, downsampled, keeping the peak. */
export function profitPointsSql(subject: ProfitSubject, params: ProfitParams = {}): BoundSql {
	const { sql, params: values } = groupedCtes(subject, params);
	return {
		sql: `${sql}
SELECT
	r.rank,
	r.rank::DOUBLE / r.n AS item_share,
	r.cum_cents::DOUBLE / 100 AS cumulative_profit,
	CASE WHEN r.total_cents > 0 THEN r.cum_cents::DOUBLE / r.total_cents::DOUBLE END AS profit_share
FROM ranked r, peak p, knobs k
WHERE ${keepPointSql('r.rank', 'r.n', 'k.max_points', 'r.rank = p.peak_rank')}
ORDER BY r.rank`,
		params: values
	};
}

/** The items of one group: loss makers worst first, the others best first. */
export function profitItemsSql(
	subject: ProfitSubject,
	group: ProfitGroup,
	params: ProfitParams = {}
): BoundSql {
	if (!GROUPS.includes(group)) throw new RangeError(`Unknown profit group ${group}`);
	const { sql, params: values } = groupedCtes(subject, params);
	return {
		sql: `${sql}
SELECT
	x.item_id AS id,
	n.name,
	x.revenue_cents::DOUBLE / 100 AS revenue,
	(x.revenue_cents - x.profit_cents)::DOUBLE / 100 AS cost,
	x.profit_cents::DOUBLE / 100 AS profit,
	CASE WHEN x.revenue_cents > 0 THEN x.profit_cents::DOUBLE / x.revenue_cents END AS margin
FROM grouped x LEFT JOIN names n USING (item_id)
WHERE x."group" = ?
ORDER BY x.profit_cents ${group === 'losers' ? 'ASC' : 'DESC'}, x.item_id`,
		params: [...values, group]
	};
}

/** The whole profit curve for customers or products. */
export async function profitCurve(
	engine: Engine,
	subject: ProfitSubject,
	input: ProfitParams = {}
): Promise<ProfitCurve> {
	const params = subject === 'customers' ? await withCachedFacts(engine, input) : input;
	const [stats] = await run<ProfitStats>(engine, profitStatsSql(subject, params));
	return {
		subject,
		break_even: params.breakEven ?? 0.02,
		...stats,
		groups: await run<ProfitGroupRow>(engine, profitGroupsSql(subject, params)),
		points: await run<ProfitPoint>(engine, profitPointsSql(subject, params))
	};
}

/** The customers or products of one group. */
export async function profitItems(
	engine: Engine,
	subject: ProfitSubject,
	group: ProfitGroup,
	params: ProfitParams = {}
): Promise<ProfitItem[]> {
	const cached = subject === 'customers' ? await withCachedFacts(engine, params) : params;
	return run<ProfitItem>(engine, profitItemsSql(subject, group, cached));
}
