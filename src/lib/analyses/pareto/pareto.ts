/**
 * Revenue concentration: customers ranked by net revenue (largest first, ties by customer_id), the
 * Pareto curve, the Lorenz curve and the Gini coefficient.
 *
 * Negative revenue (a customer whose returns exceed their purchases) stays in the Pareto curve,
 * whose shares are of the total net revenue, so the curve can pass 100% before the last customers
 * bring it back. The Lorenz curve and the Gini coefficient need non-negative values: there every
 * customer's revenue is clipped at 0 (the customer still counts in the population).
 */
import type { Engine } from '../../engine/engine';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';
import { centsSql, keepPointSql, MAX_POINTS, run, wholeNumber, type BoundSql } from './curve';
import { withCachedFacts } from '../value/facts-cache';

/** Options of the revenue-concentration analysis. */
interface ParetoParams extends ValueParams {
	/** Per curve, default 500 (first, last and the 80% point are always kept). */
	maxPoints?: number;
	/** Bars of the Pareto chart: customers grouped into at most this many rank bins (default 100). */
	maxBins?: number;
}

/** Headline numbers, computed over every customer. */
export interface ParetoSummary {
	/** `YYYY-MM-DD`, purchases before this day count. */
	snapshot: string;
	customers: number;
	/** Σ net revenue of the customers. */
	revenue: number;
	/** Smallest fraction of customers (largest first) whose revenue reaches 80% of the total. */
	share_customers_80: number | null;
	/** Share of total net revenue from the top ⌈20%⌉ of customers. */
	top_20_share: number | null;
	/** Gini of revenue clipped at 0: 0 = everyone equal, → 1 = one customer has it all. */
	gini: number | null;
}

/** One point of the Pareto curve: the top `rank` customers and their cumulative share. */
interface ParetoPoint {
	rank: number;
	customer_share: number;
	revenue: number;
	cumulative_share: number | null;
}

/** One point of the Lorenz curve (customers ascending by clipped revenue). */
export interface LorenzPoint {
	customer_share: number;
	revenue_share: number | null;
}

/** Customers grouped by rank for the Pareto bars (bin 1 = the largest customers). */
export interface ParetoBin {
	bin: number;
	customers: number;
	revenue: number;
	/** Customer share and cumulative revenue share at the end of the bin. */
	customer_share: number;
	cumulative_share: number | null;
}

/** The whole analysis: summary, downsampled curves, rank bins. */
export interface Pareto extends ParetoSummary {
	points: ParetoPoint[];
	lorenz: LorenzPoint[];
	bins: ParetoBin[];
}

/** CTEs up to `ranked`: one row per customer with cents, rank, cumulative cents, n and total. */
export function rankedCustomersCtes(params: ValueParams = {}): string {
	return `${customerFactsCtes(params)},
revenue AS (
	SELECT customer_id, ${centsSql('monetary')} AS cents
	FROM customer_facts
),
ranked AS (
	SELECT
		customer_id,
		cents,
		row_number() OVER (ORDER BY cents DESC, customer_id) AS rank,
		sum(cents) OVER (ORDER BY cents DESC, customer_id ROWS UNBOUNDED PRECEDING) AS cum_cents,
		count(*) OVER () AS n,
		sum(cents) OVER () AS total_cents
	FROM revenue
)`;
}

/** Summary statistics. Gini = 2·Σ i·xᵢ / (n·Σ x) − (n+1)/n over x ascending, clipped at 0. */
export function paretoSummarySql(params: ValueParams = {}): BoundSql {
	const sql = `WITH ${rankedCustomersCtes(params)}
SELECT
	(SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot,
	count(*) AS customers,
	coalesce(sum(cents), 0)::DOUBLE / 100 AS revenue,
	CASE WHEN sum(cents) > 0
		THEN (min(rank) FILTER (WHERE cum_cents * 10 >= total_cents * 8))::DOUBLE / count(*)
	END AS share_customers_80,
	CASE WHEN sum(cents) > 0
		THEN (sum(cents) FILTER (WHERE rank * 5 <= n + 4))::DOUBLE / sum(cents)::DOUBLE
	END AS top_20_share,
	CASE WHEN sum(greatest(cents, 0)) > 0
		THEN 2 * sum((n + 1 - rank)::HUGEINT * greatest(cents, 0))::DOUBLE
			/ (count(*) * sum(greatest(cents, 0))::DOUBLE) - (count(*) + 1)::DOUBLE / count(*)
	END AS gini
FROM ranked`;
	return { sql, params: [] };
}

/** The Pareto curve, downsampled; the point where 80% is reached is always kept. */
export function paretoPointsSql({
	maxPoints = MAX_POINTS,
	...params
}: ParetoParams = {}): BoundSql {
	const sql = `WITH ${rankedCustomersCtes(params)},
knobs AS (SELECT ?::BIGINT AS max_points),
marks AS (
	SELECT min(rank) FILTER (WHERE total_cents > 0 AND cum_cents * 10 >= total_cents * 8) AS rank_80
	FROM ranked
)
SELECT
	rank,
	rank::DOUBLE / n AS customer_share,
	cents::DOUBLE / 100 AS revenue,
	CASE WHEN total_cents > 0 THEN cum_cents::DOUBLE / total_cents::DOUBLE END AS cumulative_share
FROM ranked, marks, knobs
WHERE ${keepPointSql('rank', 'n', 'max_points', 'rank = rank_80')}
ORDER BY rank`;
	return { sql, params: [wholeNumber(maxPoints, 'maxPoints', 4)] };
}

/** The Lorenz curve over revenue clipped at 0, downsampled. */
export function lorenzSql({ maxPoints = MAX_POINTS, ...params }: ParetoParams = {}): BoundSql {
	const sql = `WITH ${rankedCustomersCtes(params)},
knobs AS (SELECT ?::BIGINT AS max_points),
ascending AS (
	SELECT
		row_number() OVER (ORDER BY greatest(cents, 0), customer_id) AS i,
		sum(greatest(cents, 0)) OVER (
			ORDER BY greatest(cents, 0), customer_id ROWS UNBOUNDED PRECEDING
		) AS cum_cents,
		sum(greatest(cents, 0)) OVER () AS total_cents
	FROM ranked
)
SELECT
	i::DOUBLE / n AS customer_share,
	CASE WHEN total_cents > 0 THEN cum_cents::DOUBLE / total_cents::DOUBLE END AS revenue_share
FROM ascending, knobs, (SELECT count(*) AS n FROM ranked) AS population
WHERE ${keepPointSql('i', 'n', 'max_points')}
ORDER BY i`;
	return { sql, params: [wholeNumber(maxPoints, 'maxPoints', 4)] };
}

/** Customers in equal-sized rank bins (bin = ⌈rank · bins / n⌉), for the Pareto bars. */
export function paretoBinsSql({ maxBins = 100, ...params }: ParetoParams = {}): BoundSql {
	const sql = `WITH ${rankedCustomersCtes(params)},
knobs AS (SELECT ?::BIGINT AS max_bins),
binned AS (
	SELECT *, (rank * least(n, max_bins) + n - 1) // n AS bin
	FROM ranked, knobs
)
SELECT
	bin,
	count(*) AS customers,
	sum(cents)::DOUBLE / 100 AS revenue,
	max(rank)::DOUBLE / any_value(n) AS customer_share,
	CASE WHEN any_value(total_cents) > 0
		THEN arg_max(cum_cents, rank)::DOUBLE / any_value(total_cents)::DOUBLE
	END AS cumulative_share
FROM binned
GROUP BY bin
ORDER BY bin`;
	return { sql, params: [wholeNumber(maxBins, 'maxBins', 1)] };
}

/** Run the whole revenue-concentration analysis. */
export async function pareto(engine: Engine, input: ParetoParams = {}): Promise<Pareto> {
	const params = await withCachedFacts(engine, input);
	const [summary] = await run<ParetoSummary>(engine, paretoSummarySql(params));
	return {
		...summary,
		points: await run<ParetoPoint>(engine, paretoPointsSql(params)),
		lorenz: await run<LorenzPoint>(engine, lorenzSql(params)),
		bins: await run<ParetoBin>(engine, paretoBinsSql(params))
	};
}
