/**
 * Acquisition cohorts: customers grouped by the month of their first purchase, followed month by
 * month. Retention in month k is the share of the cohort with a purchase in its k-th month after
 * the first (month 0 is the first month, 100%); revenue retention is the cohort's net revenue in
 * month k over its revenue in month 0. Months not yet complete at the snapshot are left out.
 */
import type { Engine } from '../../engine/engine';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';

/** One cohort's month. */
interface CohortMonth {
	month: number;
	active: number;
	retention: number;
	revenue: number;
	/** Revenue over month 0's; null when month 0's revenue is not positive. */
	revenue_retention: number | null;
}

/** One acquisition cohort. */
export interface Cohort {
	cohort: string;
	customers: number;
	months: CohortMonth[];
}

/** Size-weighted average over the cohorts that have completed month k. */
interface AverageMonth {
	month: number;
	cohorts: number;
	customers: number;
	retention: number;
	revenue_retention: number | null;
}

/** Cohorts and their average curve. */
export interface Cohorts {
	snapshot_date: string;
	/** The first month of the data: its cohort may hold customers who bought before it. */
	first_month: string | null;
	cohorts: Cohort[];
	average: AverageMonth[];
}

/**
 * How customers fall into cohorts, as CTEs after `customerFactsCtes`: `firsts` (customer_id,
 * cohort: the month of the first purchase) and `activity` (customer_id, month_start, net revenue,
 * purchased: a non-return line that month). A customer is active in month k when `purchased` in
 * the month k months after the cohort's.
 */
export const COHORT_CTES = `firsts AS (
	SELECT customer_id, date_trunc('month', first_purchase) AS cohort FROM customer_facts
),
activity AS (
	SELECT customer_id, date_trunc('month', ts) AS month_start, sum(amount) AS revenue,
		count(*) FILTER (WHERE NOT is_return) > 0 AS purchased
	FROM value_lines
	GROUP BY ALL
)`;

/** Per cohort and month number: cohort size, purchasing customers, net revenue. */
function cohortsSql(params: ValueParams = {}): string {
	return `WITH ${customerFactsCtes(params)},
${COHORT_CTES},
sizes AS (
	SELECT cohort, count(*) AS customers FROM firsts GROUP BY cohort
),
cells AS (
	SELECT f.cohort, date_diff('month', f.cohort, a.month_start) AS month,
		count(*) FILTER (WHERE a.purchased) AS active, sum(a.revenue) AS revenue
	FROM firsts f JOIN activity a USING (customer_id)
	WHERE a.month_start >= f.cohort
	GROUP BY ALL
),
complete AS (
	SELECT c.* FROM cells c, params p WHERE c.cohort + to_months(CAST(c.month + 1 AS INTEGER)) <= p.snapshot
)
SELECT strftime(s.cohort, '%Y-%m') AS cohort, s.customers, c.month, c.active, round(c.revenue, 2) AS revenue,
	(SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot_date
FROM sizes s JOIN complete c USING (cohort)
ORDER BY s.cohort, c.month`;
}

type CellRow = {
	cohort: string;
	customers: number;
	month: number;
	active: number;
	revenue: number;
	snapshot_date: string;
};

/** Build the cohort table from per-cell rows: every month up to the last complete one, zeros filled. */
export function buildCohorts(rows: readonly CellRow[], snapshot: string): Cohorts {
	const names = [...new Set(rows.map((r) => r.cohort))].sort();
	const monthIndex = (text: string) => {
		const [y, m] = text.split('-').map(Number);
		return y * 12 + m - 1;
	};
	const cohorts = names.map((cohort) => {
		const own = rows.filter((r) => r.cohort === cohort);
		// Month k is complete when month k + 1 starts on or before the snapshot.
		const last = monthIndex(snapshot) - monthIndex(cohort) - 1;
		const base = own.find((r) => r.month === 0)?.revenue ?? 0;
		const months: CohortMonth[] = [];
		for (let k = 0; k <= Math.max(last, ...own.map((r) => r.month)); k++) {
			const cell = own.find((r) => r.month === k);
			const revenue = cell?.revenue ?? 0;
			months.push({
				month: k,
				active: cell?.active ?? 0,
				retention: (cell?.active ?? 0) / own[0].customers,
				revenue,
				revenue_retention: base > 0 ? revenue / base : null
			});
		}
		return { cohort, customers: own[0].customers, months };
	});
	const longest = Math.max(0, ...cohorts.map((c) => c.months.length));
	const average: AverageMonth[] = [];
	for (let k = 0; k < longest; k++) {
		const reached = cohorts.filter((c) => c.months.length > k);
		const customers = reached.reduce((s, c) => s + c.customers, 0);
		const active = reached.reduce((s, c) => s + c.months[k].active, 0);
		const withBase = reached.filter((c) => c.months[0].revenue > 0);
		const base = withBase.reduce((s, c) => s + c.months[0].revenue, 0);
		const revenue = withBase.reduce((s, c) => s + c.months[k].revenue, 0);
		average.push({
			month: k,
			cohorts: reached.length,
			customers,
			retention: customers ? active / customers : 0,
			revenue_retention: base > 0 ? revenue / base : null
		});
	}
	return { snapshot_date: snapshot, first_month: names[0] ?? null, cohorts, average };
}

/** Monthly acquisition cohorts up to the snapshot. */
export async function cohorts(engine: Engine, params: ValueParams = {}): Promise<Cohorts> {
	const rows = (await engine.query(cohortsSql(params))).rows<CellRow>();
	const snapshot = rows[0]?.snapshot_date ?? params.snapshot ?? '';
	return buildCohorts(rows, snapshot);
}
