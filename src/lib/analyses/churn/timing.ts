/**
 * When customers leave: tenure at churn, churn by calendar month, and Kaplan–Meier survival by
 * segment. Tenure runs from the start of the lifetime to the churn date (churned customers) or
 * the snapshot (the rest, censored); see `definition.ts`.
 */
import type { Engine } from '../../engine/engine';
import { churnCtes, DAYS_PER_MONTH, type ChurnParams } from './definition';
import { dimensionCtes, needsRfm, type Dimension } from './dimensions';
import { kaplanMeier, medianSurvival, type SurvivalPoint } from './kaplan-meier';

/** Churned customers by whole months of tenure when they left. */
export interface TenureAtChurn {
	months: number;
	churned: number;
}

/** One calendar month: who left, out of the customers there at its start. */
export interface ChurnMonth {
	month: string;
	churned: number;
	customers_at_start: number;
	rate: number | null;
}

/** One segment's survival curve. */
export interface SurvivalCurve {
	value: string;
	customers: number;
	churned: number;
	/** Days until half the segment has left; null while more than half remain. */
	median_days: number | null;
	points: SurvivalPoint[];
}

/** Churned customers per whole month of tenure. */
export function tenureAtChurnSql(params: ChurnParams): string {
	return `WITH ${churnCtes(params)}
SELECT CAST(floor(round(tenure_days / ${DAYS_PER_MONTH}, 6)) AS INTEGER) AS months, count(*) AS churned
FROM churn_customers
WHERE eligible AND churned AND tenure_days >= 0
GROUP BY ALL
ORDER BY months`;
}

/**
 * Churned per calendar month of the churn date, with the customers present at the month's start.
 * With inferred churn the last `days` before the snapshot cannot show churn yet, so months from
 * then on are left out.
 */
export function churnByMonthSql(params: ChurnParams): string {
	const cutoff =
		params.definition.kind === 'inactive'
			? `(SELECT snapshot FROM params) - INTERVAL ${params.definition.days} DAY`
			: '(SELECT snapshot FROM params)';
	return `WITH ${churnCtes(params)},
counted AS (
	SELECT * FROM churn_customers WHERE eligible
),
churn_months AS (
	SELECT unnest(range(date_trunc('month', min(churn_day)), coalesce(${cutoff}, max(churn_day) + INTERVAL 1 DAY), INTERVAL 1 MONTH)) AS month_start
	FROM counted WHERE churned
)
SELECT strftime(m.month_start, '%Y-%m') AS month,
	count(*) FILTER (WHERE c.churned AND c.churn_day >= m.month_start AND c.churn_day < m.month_start + INTERVAL 1 MONTH) AS churned,
	count(*) FILTER (WHERE c.start_day < m.month_start AND (NOT c.churned OR c.churn_day >= m.month_start)) AS customers_at_start
FROM churn_months m CROSS JOIN counted c
WHERE m.month_start + INTERVAL 1 MONTH <= coalesce(${cutoff}, m.month_start + INTERVAL 1 MONTH)
GROUP BY m.month_start
ORDER BY m.month_start`;
}

/** Durations per segment (or all customers): events = churned, censored = still there. */
export function survivalSql(params: ChurnParams, dimension?: Dimension): string {
	const dims = dimension ? [dimension] : [];
	const join = dimension ? 'JOIN dim d USING (customer_id)' : '';
	const value = dimension ? 'd.value, d.position' : "'All customers' AS value, 0 AS position";
	return `WITH ${churnCtes(params, needsRfm(dims))}${dimension ? `,\n${dimensionCtes(dimension, 'dim')}` : ''}
SELECT ${value}, c.tenure_days AS time,
	count(*) FILTER (WHERE c.churned) AS events,
	count(*) FILTER (WHERE NOT c.churned) AS censored
FROM churn_customers c ${join}
WHERE c.eligible AND c.tenure_days >= 0
GROUP BY ALL
ORDER BY position, value, time`;
}

/** Churned customers by tenure month at churn. */
export async function tenureAtChurn(engine: Engine, params: ChurnParams): Promise<TenureAtChurn[]> {
	return (await engine.query(tenureAtChurnSql(params))).rows<TenureAtChurn>();
}

/** Churn per calendar month, with the monthly rate. */
export async function churnByMonth(engine: Engine, params: ChurnParams): Promise<ChurnMonth[]> {
	const rows = (await engine.query(churnByMonthSql(params))).rows<Omit<ChurnMonth, 'rate'>>();
	return rows.map((r) => ({
		...r,
		rate: r.customers_at_start ? r.churned / r.customers_at_start : null
	}));
}

/** Kaplan–Meier curves per segment of `dimension` (one curve for everyone without). */
export async function survivalCurves(
	engine: Engine,
	params: ChurnParams,
	dimension?: Dimension
): Promise<SurvivalCurve[]> {
	type Row = { value: string; time: number; events: number; censored: number };
	const rows = (await engine.query(survivalSql(params, dimension))).rows<Row>();
	const values = [...new Set(rows.map((r) => r.value))];
	return values.map((value) => {
		const own = rows.filter((r) => r.value === value);
		const points = kaplanMeier(own);
		return {
			value,
			customers: own.reduce((s, r) => s + r.events + r.censored, 0),
			churned: own.reduce((s, r) => s + r.events, 0),
			median_days: medianSurvival(points),
			points
		};
	});
}
