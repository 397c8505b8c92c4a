/**
 * ABC(D) classes of customers by net revenue, largest first (ties by customer_id).
 *
 * `fixed` (default): with cum_before = the revenue of every customer ranked above, a customer is
 * A while cum_before < a × total net revenue (the customers making the first 80%; the customer who
 * crosses the line is A), B while cum_before < b × total (the next 15%), C otherwise. D is every
 * customer with zero or negative net revenue, whatever the cut-offs. With a = 0.8, |A| / customers
 * equals `share_customers_80`.
 *
 * `computed`: after Ultsch A, Lötsch J (2015), "Computed ABC Analysis for Rational Selection of
 * Most Informative Variables in Multivariate Data", PLoS ONE 10(6): e0129767. The ABC curve is over
 * the customers with positive revenue (x = k / n₊, y = cumulative revenue / their total). A ends at
 * the Pareto point, the point of the curve nearest to the ideal point (0, 1) (ties: the smaller k).
 * The B/C limit is the break-even point, where the curve's slope is 1, i.e. a customer's revenue
 * equals the mean positive revenue: B = the remaining customers with revenue ≥ that mean, C = the
 * rest with positive revenue. This is a simplification: the paper (and its R package ABCanalysis)
 * derive the A/B limit from both the Pareto and the break-even point and the B/C limit from a
 * "submarginal" point. Here, when the break-even point lies before the Pareto point, B is empty.
 */
import type { Engine } from '../../engine/engine';
import type { ValueParams } from '../value/customer-facts';
import { basisPoints, run, type BoundSql } from './curve';
import { rankedCustomersCtes } from './pareto';
import { withCachedFacts } from '../value/facts-cache';

export type AbcClass = 'A' | 'B' | 'C' | 'D';

/** How the A/B and B/C limits are found. */
export type AbcMode = 'fixed' | 'computed';

/** Options of the ABC classification. */
export interface AbcParams extends ValueParams {
	mode?: AbcMode;
	/** Cumulative share of net revenue that ends class A (fixed mode), default 0.8. */
	a?: number;
	/** Cumulative share that ends class B (fixed mode), default 0.95. */
	b?: number;
}

/** One class: its customers and their revenue. */
interface AbcClassRow {
	class: AbcClass;
	customers: number;
	customer_share: number | null;
	revenue: number;
	/** Of total net revenue; null when that total is not positive. */
	revenue_share: number | null;
	min_revenue: number | null;
	max_revenue: number | null;
}

/** The classification with the limits it used. */
export interface Abc {
	mode: AbcMode;
	classes: AbcClassRow[];
	/** Computed mode: customers in A (the Pareto point's rank). */
	pareto_rank: number | null;
	/** Computed mode: the mean positive revenue, the break-even point's revenue. */
	break_even_revenue: number | null;
}

/** One customer with its class, for lists and exports. */
interface AbcCustomer {
	customer_id: string;
	rank: number;
	revenue: number;
	class: AbcClass;
}

function classifiedCtes({ mode = 'fixed', a = 0.8, b = 0.95, ...params }: AbcParams): BoundSql {
	const aBp = basisPoints(a, 'a');
	const bBp = basisPoints(b, 'b');
	if (bBp < aBp) throw new RangeError(`b (${b}) must not be below a (${a})`);
	const classify =
		mode === 'computed'
			? `CASE WHEN r.cents <= 0 THEN 'D'
			WHEN r.rank <= l.pareto_rank THEN 'A'
			WHEN r.cents * l.n_pos >= l.pos_cents THEN 'B'
			ELSE 'C' END`
			: `CASE WHEN r.cents <= 0 THEN 'D'
			WHEN (r.cum_cents - r.cents) * 10000 < k.a_bp * r.total_cents THEN 'A'
			WHEN (r.cum_cents - r.cents) * 10000 < k.b_bp * r.total_cents THEN 'B'
			ELSE 'C' END`;
	const sql = `WITH ${rankedCustomersCtes(params)},
knobs AS (SELECT ?::BIGINT AS a_bp, ?::BIGINT AS b_bp),
positive AS (
	SELECT rank, cents, cum_cents, count(*) OVER () AS n_pos, sum(cents) OVER () AS pos_cents
	FROM ranked
	WHERE cents > 0
),
curve AS (
	SELECT rank, rank::DOUBLE / n_pos AS x, cum_cents::DOUBLE / pos_cents::DOUBLE AS y
	FROM positive
),
limits AS (
	SELECT
		(SELECT rank FROM curve ORDER BY x * x + (1 - y) * (1 - y), rank LIMIT 1) AS pareto_rank,
		(SELECT count(*) FROM positive) AS n_pos,
		(SELECT coalesce(sum(cents), 0) FROM positive) AS pos_cents
),
classified AS (
	SELECT r.customer_id, r.rank, r.cents, ${classify} AS class
	FROM ranked r, limits l, knobs k
)`;
	return { sql, params: [aBp, bBp] };
}

/** Per-class counts and revenue (all four classes, empty ones included). */
export function abcSql(params: AbcParams = {}): BoundSql {
	const { sql, params: values } = classifiedCtes(params);
	return {
		sql: `${sql}
SELECT
	c.class,
	count(x.rank) AS customers,
	count(x.rank)::DOUBLE / nullif((SELECT count(*) FROM ranked), 0) AS customer_share,
	coalesce(sum(x.cents), 0)::DOUBLE / 100 AS revenue,
	CASE WHEN t.total > 0 THEN coalesce(sum(x.cents), 0)::DOUBLE / t.total::DOUBLE END AS revenue_share,
	min(x.cents)::DOUBLE / 100 AS min_revenue,
	max(x.cents)::DOUBLE / 100 AS max_revenue,
	any_value(l.pareto_rank) AS pareto_rank,
	any_value(l.pos_cents::DOUBLE / 100 / nullif(l.n_pos, 0)) AS break_even_revenue
FROM (VALUES ('A'), ('B'), ('C'), ('D')) AS c(class)
	LEFT JOIN classified x USING (class)
	CROSS JOIN limits l
	CROSS JOIN (SELECT sum(cents) AS total FROM ranked) AS t
GROUP BY c.class, t.total
ORDER BY c.class`,
		params: values
	};
}

/** Every customer with its class, largest revenue first. */
export function abcCustomersSql(params: AbcParams = {}): BoundSql {
	const { sql, params: values } = classifiedCtes(params);
	return {
		sql: `${sql}
SELECT customer_id, rank, cents::DOUBLE / 100 AS revenue, class
FROM classified
ORDER BY rank`,
		params: values
	};
}

/** Classify customers into A/B/C/D. */
export async function abc(engine: Engine, params: AbcParams = {}): Promise<Abc> {
	const rows = await run<AbcClassRow & { pareto_rank: number; break_even_revenue: number }>(
		engine,
		abcSql(await withCachedFacts(engine, params))
	);
	const mode = params.mode ?? 'fixed';
	const computed = mode === 'computed';
	return {
		mode,
		classes: rows.map(({ pareto_rank: _p, break_even_revenue: _b, ...row }) => row),
		pareto_rank: computed ? (rows[0]?.pareto_rank ?? null) : null,
		break_even_revenue: computed ? (rows[0]?.break_even_revenue ?? null) : null
	};
}

/** Every customer with its class. */
export async function abcCustomers(engine: Engine, params: AbcParams = {}): Promise<AbcCustomer[]> {
	return run<AbcCustomer>(engine, abcCustomersSql(await withCachedFacts(engine, params)));
}
