import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { itemLabelsCtes, type ItemLevel } from '../basket/baskets';
import { withDefaults } from '../basket/mine';
import { snapshotSql } from '../value/customer-facts';

/** Which purchases count and which "A then B" pairs are reported. */
export interface SequenceParams {
	/** `YYYY-MM-DD`; purchases before this day count. Default: the day after the last purchase. */
	snapshot?: string;
	/** B counts when bought 1..N days after the customer's first A; default 180. */
	maxLagDays?: number;
	/** Default product. */
	item?: ItemLevel;
	/** A pair is reported when at least this many customers bought A then B; default 10. */
	minCustomers?: number;
	/** How many pairs to return, strongest first; default 20. */
	limit?: number;
	/** Width of the lag histogram bins in days; default 7. */
	binDays?: number;
	/** Only pairs among the items bought by the most customers, at most this many; default 300. */
	maxItems?: number;
}

/** "Customers who bought A then bought B within N days", with the lag of the first B. */
export interface SequencePair {
	antecedent: string;
	consequent: string;
	antecedent_key: string;
	consequent_key: string;
	/** Customers who bought A. */
	customers_a: number;
	/** Of them, customers whose first B after their first A came within the maximum lag. */
	customers_then_b: number;
	share: number;
	/** Share of all buying customers who ever bought B. */
	baseline: number;
	/** share / baseline: how much more likely B is after A than among customers at large. */
	lift: number;
	median_lag: number;
	mean_lag: number;
	sd_lag: number | null;
	/** 10th and 90th percentile of the lag (linear interpolation): the usual window. */
	p10_lag: number;
	p90_lag: number;
	/** Customers who bought B on two or more days, and the median gap between those days. */
	repeat_customers: number;
	repeat_median: number | null;
	repeat_p10: number | null;
	repeat_p90: number | null;
}

/** One bin of a pair's lag histogram: customers whose first B came `from_day`..`to_day` days after A. */
export interface LagBin {
	antecedent_key: string;
	consequent_key: string;
	from_day: number;
	to_day: number;
	customers: number;
}

/** The top pairs, their lag histograms, and the as-of date. */
export interface Sequences {
	snapshot: string;
	max_lag_days: number;
	/** Customers with a purchase before the snapshot. */
	customers: number;
	/** Of them, customers who bought products on two or more days: those sequences can follow. */
	returning_customers: number;
	/** All pairs meeting `minCustomers` (the list holds the top `limit`). */
	pair_count: number;
	pairs: SequencePair[];
	bins: LagBin[];
}

const DEFAULT_SEQUENCES = {
	maxLagDays: 180,
	minCustomers: 10,
	limit: 20,
	binDays: 7,
	maxItems: 300
} as const;

/** Validated parameters with defaults. */
export function sequenceDefaults(params: SequenceParams) {
	const p = withDefaults<SequenceParams, keyof typeof DEFAULT_SEQUENCES>(DEFAULT_SEQUENCES, params);
	for (const [name, value, min] of [
		['maxLagDays', p.maxLagDays, 1],
		['minCustomers', p.minCustomers, 1],
		['limit', p.limit, 0],
		['binDays', p.binDays, 1],
		['maxItems', p.maxItems, 1]
	] as const)
		if (!Number.isInteger(value) || value < min)
			throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
	return p;
}

/** Only the pair A → B (item keys), for the replenishment list. */
export interface PairKeys {
	antecedent: string;
	consequent: string;
}

/**
 * CTEs `params` (snapshot), `days` (customer_id, item, day: distinct purchase days before the
 * snapshot), `firsts` (each customer's first day per item) and `follows` (customer_id, a, b, lag:
 * days from the customer's first A to their first B on a later day, when within the maximum lag).
 * Returns and non-product lines are left out; guests (no customer id) cannot be followed. The
 * first B after a first A is the B day whose previous B day (if any) is on or before A's day.
 * `daysTable` reads the purchase days from a table made earlier from `days`.
 */
export function followCtes(params: SequenceParams, pair?: PairKeys, daysTable?: string): string {
	const p = sequenceDefaults(params);
	const item = p.item === 'category' ? 't.category' : 'coalesce(t.product_id, t.product_name)';
	const only = (column: string, key: string | undefined) =>
		key === undefined ? '' : ` AND ${column} = ${literal(key)}`;
	return `params AS (
	SELECT ${snapshotSql(params.snapshot)} AS snapshot
),
days AS (${
		daysTable
			? `\n\tSELECT customer_id, item, day FROM ${daysTable}`
			: `
	SELECT DISTINCT t.customer_id, ${item} AS item, CAST(t.ts AS DATE) AS day
	FROM ${VIEW.transactions} t, params
	WHERE t.customer_id IS NOT NULL AND NOT t.is_return AND t.is_product IS NOT FALSE
		AND t.ts < params.snapshot AND ${item} IS NOT NULL`
	}
),
firsts AS (
	SELECT customer_id, item, min(day) AS first_day FROM days GROUP BY customer_id, item
),
buyers AS (
	SELECT item, count(*) AS customers FROM firsts GROUP BY item
),
eligible AS (
	SELECT item FROM buyers WHERE customers >= ${pair ? 1 : p.minCustomers}
	ORDER BY customers DESC, item
	LIMIT ${pair ? 'NULL' : p.maxItems}
),
intervals AS (
	SELECT customer_id, item, day,
		coalesce(lag(day) OVER (PARTITION BY customer_id, item ORDER BY day), DATE '0001-01-01') AS previous
	FROM days
	WHERE item IN (SELECT item FROM eligible)${only('item', pair?.consequent)}
),
follows AS (
	SELECT f.customer_id, f.item AS a, i.item AS b, date_diff('day', f.first_day, i.day) AS lag
	FROM firsts f
	JOIN intervals i ON i.customer_id = f.customer_id AND i.item <> f.item
		AND f.first_day >= i.previous AND f.first_day < i.day AND i.day <= f.first_day + ${p.maxLagDays}
	WHERE f.item IN (SELECT item FROM eligible)${only('f.item', pair?.antecedent)}
)`;
}

/** The lag statistics of pairs in `source` (a, b, lag) as aggregate expressions. */
export const LAG_STATS = `count(*) AS customers_then_b, median(lag) AS median_lag, avg(lag) AS mean_lag,
		stddev_samp(lag) AS sd_lag, quantile_cont(lag, 0.1) AS p10_lag, quantile_cont(lag, 0.9) AS p90_lag`;

/** Repeat purchase gaps (days between consecutive purchase days) per item, as aggregates. */
export const REPEAT_STATS = `count(DISTINCT customer_id) AS repeat_customers, median(gap) AS repeat_median,
		quantile_cont(gap, 0.1) AS repeat_p10, quantile_cont(gap, 0.9) AS repeat_p90`;

let runs = 0;

/** "A then B within N days" for the strongest pairs, with lag statistics and histograms. */
export async function sequences(engine: Engine, params: SequenceParams = {}): Promise<Sequences> {
	const p = sequenceDefaults(params);
	const t = (name: string) => `sequence_run_${++runs}_${name}`;
	const [days, follows] = [t('days'), t('follows')];
	try {
		// query(), not exec(): the browser polls exec() as a pending query, much slower here.
		await engine.query(`CREATE TEMP TABLE ${days} AS
WITH ${followCtes(params)}
SELECT d.*, (SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot FROM days d`);
		await engine.query(`CREATE TEMP TABLE ${follows} AS
WITH ${followCtes(params, undefined, days)}
SELECT * FROM follows`);
		const [head] = (
			await engine.query(
				`SELECT any_value(snapshot) AS snapshot, count(DISTINCT customer_id) AS customers,
	count(DISTINCT customer_id) FILTER (WHERE day > first_day) AS returning_customers
FROM (SELECT *, min(day) OVER (PARTITION BY customer_id) AS first_day FROM ${days})`
			)
		).rows<{ snapshot: string | null; customers: number; returning_customers: number }>();
		const rows = (await engine.query(pairsSql(p, days, follows))).rows<
			SequencePair & { pair_count: number }
		>();
		const bins = rows.length ? (await engine.query(binsSql(p, rows, follows))).rows<LagBin>() : [];
		const [{ pairs }] = (
			await engine.query(`SELECT count(*) AS pairs FROM (
	SELECT a, b FROM ${follows} GROUP BY a, b HAVING count(*) >= ${p.minCustomers}
)`)
		).rows<{ pairs: number }>();
		return {
			snapshot: head.snapshot ?? params.snapshot ?? '',
			max_lag_days: p.maxLagDays,
			customers: Number(head.customers),
			returning_customers: Number(head.returning_customers),
			pair_count: Number(pairs),
			pairs: rows.map(({ pair_count: _, ...pair }) => pair),
			bins
		};
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${days}; DROP TABLE IF EXISTS ${follows}`);
	}
}

/** The top pairs by lift (ties: more customers, then keys), statistics for those only. */
function pairsSql(p: ReturnType<typeof sequenceDefaults>, days: string, follows: string): string {
	return `WITH ${itemLabelsCtes({ basket: 'invoice', item: p.item })},
buyers AS (
	SELECT item, count(DISTINCT customer_id) AS customers FROM ${days} GROUP BY item
),
everyone AS (
	SELECT count(DISTINCT customer_id) AS customers FROM ${days}
),
counted AS (
	SELECT a, b, count(*) AS customers_then_b FROM ${follows} GROUP BY a, b HAVING count(*) >= ${p.minCustomers}
),
ranked AS (
	SELECT x.a, x.b, x.customers_then_b, ba.customers AS customers_a,
		x.customers_then_b / ba.customers AS share,
		bb.customers / e.customers AS baseline,
		(x.customers_then_b / ba.customers) / (bb.customers / e.customers) AS lift
	FROM counted x
	JOIN buyers ba ON ba.item = x.a
	JOIN buyers bb ON bb.item = x.b
	CROSS JOIN everyone e
	ORDER BY lift DESC, customers_then_b DESC, a, b
	LIMIT ${p.limit}
),
lags AS (
	SELECT f.a, f.b, ${LAG_STATS}
	FROM ${follows} f
	SEMI JOIN ranked r ON r.a = f.a AND r.b = f.b
	GROUP BY f.a, f.b
),
gaps AS (
	SELECT customer_id, item, date_diff('day', lag(day) OVER (PARTITION BY customer_id, item ORDER BY day), day) AS gap
	FROM ${days}
	WHERE item IN (SELECT b FROM ranked)
),
repeats AS (
	SELECT item, ${REPEAT_STATS} FROM gaps WHERE gap IS NOT NULL GROUP BY item
)
SELECT la.label AS antecedent, lb.label AS consequent, r.a AS antecedent_key, r.b AS consequent_key,
	r.customers_a, r.customers_then_b, r.share, r.baseline, r.lift,
	l.median_lag, l.mean_lag, l.sd_lag, l.p10_lag, l.p90_lag,
	coalesce(rp.repeat_customers, 0) AS repeat_customers, rp.repeat_median, rp.repeat_p10, rp.repeat_p90
FROM ranked r
JOIN lags l USING (a, b)
JOIN item_labels la ON la.item = r.a
JOIN item_labels lb ON lb.item = r.b
LEFT JOIN repeats rp ON rp.item = r.b
ORDER BY r.lift DESC, r.customers_then_b DESC, r.a, r.b`;
}

/** Lag histograms of the given pairs (empty bins left out). */
function binsSql(
	p: ReturnType<typeof sequenceDefaults>,
	pairs: readonly SequencePair[],
	follows: string
): string {
	const wanted = pairs
		.map((x) => `(${literal(x.antecedent_key)}, ${literal(x.consequent_key)})`)
		.join(', ');
	return `SELECT f.a AS antecedent_key, f.b AS consequent_key,
	(f.lag - 1) // ${p.binDays} * ${p.binDays} + 1 AS from_day,
	((f.lag - 1) // ${p.binDays} + 1) * ${p.binDays} AS to_day,
	count(*) AS customers
FROM ${follows} f
SEMI JOIN (VALUES ${wanted}) AS w(a, b) ON w.a = f.a AND w.b = f.b
GROUP BY f.a, f.b, from_day, to_day
ORDER BY f.a, f.b, from_day`;
}
