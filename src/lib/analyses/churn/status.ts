/**
 * Each customer's status at a date, counting purchases before that date:
 * - purchase status: never, first (one purchase day), repeat (two or more);
 * - retention status: churned (per the definition), returned (bought again after churning:
 *   with inferred churn, a purchase ending a silence longer than the churn window, for one
 *   window after it), at risk (silent for more than `atRiskDays`), else active. Customers who never
 *   bought have no retention status, unless the data has no transactions at all (a customers
 *   file alone), where everyone not churned is active.
 * Purchases are days with a sales line, so several invoices on one day are one purchase.
 */
import type { Engine } from '../../engine/engine';
import { churnCtes, checkedDays, type ChurnParams } from './definition';

/** never, first, repeat. */
type PurchaseStatus = 'never' | 'first' | 'repeat';
/** active, at_risk, churned, returned. */
export type RetentionStatus = 'active' | 'at_risk' | 'returned' | 'churned';

export const PURCHASE_STATUSES: readonly PurchaseStatus[] = ['never', 'first', 'repeat'];
export const RETENTION_STATUSES: readonly RetentionStatus[] = [
	'active',
	'returned',
	'at_risk',
	'churned'
];

/** Status options: the churn definition plus the at-risk threshold. */
export interface StatusParams extends ChurnParams {
	atRiskDays: number;
}

/** Customers with one combination of statuses at one date. */
export interface StatusCount {
	as_of: string;
	purchase_status: PurchaseStatus;
	retention_status: RetentionStatus | null;
	customers: number;
}

/** Customers moving from one retention status to another between two dates. */
export interface Transition {
	from_status: RetentionStatus | null;
	to_status: RetentionStatus | null;
	customers: number;
}

function retentionSql(params: StatusParams): string {
	const risk = checkedDays(params.atRiskDays, 'At-risk days');
	const silent = "date_diff('day', s.last_day, s.as_of)";
	const common = `WHEN ${silent} > ${risk} THEN 'at_risk'`;
	if (params.definition.kind === 'inactive') {
		const days = checkedDays(params.definition.days, 'Inactive days');
		return `CASE
		WHEN s.last_day IS NULL THEN NULL
		WHEN ${silent} > ${days} THEN 'churned'
		${common}
		WHEN date_diff('day', s.comeback_day, s.as_of) <= ${days} THEN 'returned'
		ELSE 'active' END`;
	}
	return `CASE
		WHEN s.start_day >= s.as_of AND s.last_day IS NULL THEN NULL
		WHEN s.churned AND s.churn_day < s.as_of AND s.last_day > s.churn_day THEN 'returned'
		WHEN s.churned AND (s.churn_day < s.as_of OR (s.churn_day IS NULL AND (s.snapshot IS NULL OR s.as_of >= s.snapshot))) THEN 'churned'
		WHEN s.last_day IS NULL THEN CASE WHEN s.has_transactions THEN NULL ELSE 'active' END
		${common}
		ELSE 'active' END`;
}

/**
 * CTEs up to `customer_status(customer_id, as_of, purchase_status, retention_status)` for every
 * date `as_of_dates(as_of)` defines (a CTE body over `params` and `purchase_days`).
 */
function statusCtes(params: StatusParams, asOfDates: string): string {
	const days = params.definition.kind === 'inactive' ? params.definition.days : 0;
	return `${churnCtes(params)},
purchase_days AS (
	SELECT customer_id, ts::DATE AS day FROM value_lines WHERE NOT is_return GROUP BY ALL
),
purchase_gaps AS (
	SELECT customer_id, day,
		date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap
	FROM purchase_days
),
purchase_runs AS (
	SELECT customer_id, day,
		row_number() OVER w AS purchases,
		max(CASE WHEN gap > ${days} THEN day END) OVER w AS comeback_day
	FROM purchase_gaps
	WINDOW w AS (PARTITION BY customer_id ORDER BY day ROWS UNBOUNDED PRECEDING)
),
as_of_dates AS (
	${asOfDates}
),
status_grid AS (
	SELECT c.customer_id, c.churned, c.churn_day, c.start_day, p.snapshot, d.as_of,
		(SELECT count(*) > 0 FROM purchase_days) AS has_transactions
	FROM churn_customers c CROSS JOIN as_of_dates d CROSS JOIN params p
),
status_state AS (
	SELECT g.*, r.day AS last_day, r.purchases, r.comeback_day
	FROM status_grid g
	ASOF LEFT JOIN purchase_runs r ON g.customer_id = r.customer_id AND g.as_of > r.day
),
customer_status AS (
	SELECT s.customer_id, s.as_of,
		CASE WHEN s.purchases IS NULL THEN 'never' WHEN s.purchases = 1 THEN 'first' ELSE 'repeat' END
			AS purchase_status,
		${retentionSql(params)} AS retention_status
	FROM status_state s
)`;
}

const SNAPSHOT_ONLY = 'SELECT snapshot AS as_of FROM params';

/**
 * Month starts from the month after the first purchase (the first signup without transactions)
 * up to the snapshot, and the snapshot.
 */
const MONTH_STARTS = `SELECT DISTINCT CAST(m AS DATE) AS as_of FROM (
		SELECT unnest(range(
			date_trunc('month', coalesce((SELECT min(day) FROM purchase_days), (SELECT min(start_day) FROM churn_customers))) + INTERVAL 1 MONTH,
			(SELECT snapshot FROM params),
			INTERVAL 1 MONTH)) AS m
		UNION ALL SELECT snapshot FROM params
	) WHERE m IS NOT NULL`;

/** Customers per status combination at the snapshot. */
export function statusCountsSql(params: StatusParams): string {
	return countsSql(params, SNAPSHOT_ONLY);
}

/** Customers per status combination at each month start and the snapshot. */
export function statusHistorySql(params: StatusParams): string {
	return countsSql(params, MONTH_STARTS);
}

function countsSql(params: StatusParams, asOf: string): string {
	return `WITH ${statusCtes(params, asOf)}
SELECT strftime(as_of, '%Y-%m-%d') AS as_of, purchase_status, retention_status, count(*) AS customers
FROM customer_status
GROUP BY ALL
ORDER BY as_of, purchase_status, retention_status NULLS FIRST`;
}

/** Retention status at `from` against `to` (bound as two `?` dates), per pair. */
export function transitionsSql(params: StatusParams): string {
	return `WITH ${statusCtes(params, 'SELECT CAST(d AS DATE) AS as_of FROM (VALUES (?), (?)) AS t(d)')},
pairs AS (
	SELECT a.customer_id, a.retention_status AS from_status, b.retention_status AS to_status
	FROM customer_status a JOIN customer_status b USING (customer_id)
	WHERE a.as_of = CAST(? AS DATE) AND b.as_of = CAST(? AS DATE)
)
SELECT from_status, to_status, count(*) AS customers
FROM pairs
WHERE from_status IS NOT NULL OR to_status IS NOT NULL
GROUP BY ALL
ORDER BY from_status NULLS FIRST, to_status NULLS FIRST`;
}

/** Status counts at the snapshot. */
export async function statusCounts(engine: Engine, params: StatusParams): Promise<StatusCount[]> {
	return (await engine.query(statusCountsSql(params))).rows<StatusCount>();
}

/** Status counts at every month start and the snapshot, oldest first. */
export async function statusHistory(engine: Engine, params: StatusParams): Promise<StatusCount[]> {
	return (await engine.query(statusHistorySql(params))).rows<StatusCount>();
}

/** How retention statuses changed between two dates (`YYYY-MM-DD`, purchases before each). */
export async function transitions(
	engine: Engine,
	params: StatusParams,
	from: string,
	to: string
): Promise<Transition[]> {
	return (await engine.query(transitionsSql(params), [from, to, from, to])).rows<Transition>();
}
