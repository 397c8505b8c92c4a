import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';

/** Per calendar month: net revenue, purchasing and new customers, invoices, average order. */
export interface MonthlyRow {
	month: string;
	revenue: number;
	customers: number;
	new_customers: number;
	invoices: number;
	average_order: number | null;
}

const MONTHLY_SQL = `WITH lines AS (
	SELECT date_trunc('month', ts) AS month_start, customer_id, invoice_id, amount, is_return
	FROM ${VIEW.transactions}
),
firsts AS (
	SELECT customer_id, date_trunc('month', min(month_start)) AS month_start
	FROM lines WHERE NOT is_return AND customer_id IS NOT NULL
	GROUP BY customer_id
),
news AS (
	SELECT month_start, count(*) AS new_customers FROM firsts GROUP BY month_start
)
SELECT
	strftime(l.month_start, '%Y-%m') AS month,
	round(coalesce(sum(l.amount), 0), 2) AS revenue,
	count(DISTINCT l.customer_id) FILTER (WHERE NOT l.is_return) AS customers,
	coalesce(any_value(n.new_customers), 0) AS new_customers,
	count(DISTINCT l.invoice_id) FILTER (WHERE NOT l.is_return) AS invoices,
	sum(l.amount) / nullif(count(DISTINCT l.invoice_id) FILTER (WHERE NOT l.is_return), 0) AS average_order
FROM lines l LEFT JOIN news n USING (month_start)
GROUP BY l.month_start
ORDER BY l.month_start`;

/** The monthly series, oldest first. */
export async function monthly(engine: Engine): Promise<MonthlyRow[]> {
	return (await engine.query(MONTHLY_SQL)).rows<MonthlyRow>();
}
