import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';
import { snapshotSql } from '../value/customer-facts';

export type PeriodLength = 'month' | 'quarter' | 'year';

const MONTHS: Record<PeriodLength, number> = { month: 1, quarter: 3, year: 12 };

interface KpiParams {
	period?: PeriodLength;
	/** End of the current period (exclusive), `YYYY-MM-DD`; default the day after the last purchase. */
	snapshot?: string;
}

/** One headline figure for the current and the previous period of equal length. */
interface Kpi {
	key: KpiKey;
	current: number | null;
	previous: number | null;
}

export type KpiKey =
	| 'revenue'
	| 'active_customers'
	| 'new_customers'
	| 'repeat_rate'
	| 'top20_share'
	| 'churned'
	| 'average_order';

export interface KpiResult {
	period_start: string;
	period_end: string;
	previous_start: string;
	/** `explicit` when the customers file has churn dates; `lapsed` (bought last period, not this) otherwise. */
	churn_basis: 'explicit' | 'lapsed';
	kpis: Kpi[];
}

/**
 * Per period: net revenue; active customers (a purchase in the period); new customers (first
 * purchase ever in the period); repeat rate (share of active customers with 2+ invoices up to the
 * period end); top-20% share (revenue share of the period's top fifth of customers); churned; AOV.
 */
function kpiSql({ period = 'quarter', snapshot }: KpiParams = {}): string {
	const months = MONTHS[period];
	return `WITH bounds AS (
	SELECT ${snapshotSql(snapshot)} AS p_end,
		${snapshotSql(snapshot)} - INTERVAL ${months} MONTH AS p_start,
		${snapshotSql(snapshot)} - INTERVAL ${2 * months} MONTH AS q_start
),
periods AS (
	SELECT 'current' AS period, p_start AS start_ts, p_end AS end_ts FROM bounds
	UNION ALL
	SELECT 'previous', q_start, p_start FROM bounds
),
purchases AS (
	SELECT customer_id, invoice_id, ts, amount, is_return FROM ${VIEW.transactions}
),
firsts AS (
	SELECT customer_id, min(ts) AS first_ts FROM purchases WHERE NOT is_return AND customer_id IS NOT NULL GROUP BY customer_id
),
invoices_to_date AS (
	SELECT p.period, pu.customer_id, count(DISTINCT coalesce(pu.invoice_id, strftime(pu.ts, '%Y-%m-%d'))) AS invoices
	FROM periods p JOIN purchases pu ON pu.ts < p.end_ts AND NOT pu.is_return AND pu.customer_id IS NOT NULL
	GROUP BY ALL
),
in_period AS (
	SELECT p.period, pu.*
	FROM periods p JOIN purchases pu ON pu.ts >= p.start_ts AND pu.ts < p.end_ts
),
customer_period AS (
	SELECT period, customer_id, sum(amount) AS revenue
	FROM in_period WHERE customer_id IS NOT NULL
	GROUP BY ALL
	HAVING count(*) FILTER (WHERE NOT is_return) > 0
),
ranked AS (
	SELECT period, revenue,
		row_number() OVER (PARTITION BY period ORDER BY revenue DESC, customer_id) AS rank,
		count(*) OVER (PARTITION BY period) AS n
	FROM customer_period
),
churn AS (
	SELECT p.period,
		CASE WHEN (SELECT count(churn_date) FROM ${VIEW.customers}) > 0
			THEN (SELECT count(*) FROM ${VIEW.customers} c WHERE c.churn_date >= p.start_ts AND c.churn_date < p.end_ts)
			ELSE (SELECT count(*) FROM (
				SELECT customer_id FROM in_period WHERE period = 'previous' AND NOT is_return AND customer_id IS NOT NULL
				EXCEPT SELECT customer_id FROM in_period WHERE period = 'current' AND NOT is_return))
		END AS churned
	FROM periods p
)
SELECT
	p.period,
	strftime(p.start_ts, '%Y-%m-%d') AS start_date,
	strftime(p.end_ts, '%Y-%m-%d') AS end_date,
	round((SELECT coalesce(sum(amount), 0) FROM in_period i WHERE i.period = p.period), 2) AS revenue,
	(SELECT count(*) FROM customer_period c WHERE c.period = p.period) AS active_customers,
	(SELECT count(*) FROM firsts f WHERE f.first_ts >= p.start_ts AND f.first_ts < p.end_ts) AS new_customers,
	(SELECT avg(CASE WHEN t.invoices >= 2 THEN 1 ELSE 0 END)
		FROM customer_period c JOIN invoices_to_date t USING (period, customer_id) WHERE c.period = p.period) AS repeat_rate,
	(SELECT sum(revenue) FILTER (WHERE rank <= ceil(n * 0.2)) / nullif(sum(revenue), 0) FROM ranked r WHERE r.period = p.period) AS top20_share,
	(SELECT churned FROM churn c WHERE c.period = p.period) AS churned,
	(SELECT sum(amount) / nullif(count(DISTINCT invoice_id) FILTER (WHERE NOT is_return), 0) FROM in_period i WHERE i.period = p.period) AS average_order,
	(SELECT count(churn_date) FROM ${VIEW.customers}) > 0 AS explicit_churn
FROM periods p
ORDER BY p.period`;
}

const KEYS: KpiKey[] = [
	'revenue',
	'active_customers',
	'new_customers',
	'repeat_rate',
	'top20_share',
	'churned',
	'average_order'
];

/**
 * The headline figures of the overview, current against previous period; null when no
 * transactions are loaded (a customers file alone has no periods to compare).
 */
export async function kpis(engine: Engine, params: KpiParams = {}): Promise<KpiResult | null> {
	type Row = Record<KpiKey, number | null> & {
		period: string;
		start_date: string;
		end_date: string;
		explicit_churn: boolean;
	};
	const rows = (await engine.query(kpiSql(params))).rows<Row>();
	const current = rows.find((r) => r.period === 'current')!;
	const previous = rows.find((r) => r.period === 'previous')!;
	if (current.end_date === null) return null;
	return {
		period_start: current.start_date,
		period_end: current.end_date,
		previous_start: previous.start_date,
		churn_basis: current.explicit_churn ? 'explicit' : 'lapsed',
		kpis: KEYS.map((key) => ({ key, current: current[key], previous: previous[key] }))
	};
}
