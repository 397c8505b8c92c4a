import type { Engine } from '../../engine/engine';

/** Net revenue, purchasing customers and invoices per calendar month. */
export interface MonthlyRow {
	month: string;
	revenue: number;
	customers: number;
	invoices: number;
}

export const MONTHLY_SQL = `WITH lines AS (
	SELECT date_trunc('month', ts) AS month_start, customer_id, invoice_id, amount
	FROM transactions
)
SELECT
	strftime(month_start, '%Y-%m') AS month,
	coalesce(sum(amount), 0) AS revenue,
	count(DISTINCT customer_id) AS customers,
	count(DISTINCT invoice_id) AS invoices
FROM lines
GROUP BY month_start
ORDER BY month_start`;

/** The monthly series, oldest first. */
export async function monthly(engine: Engine): Promise<MonthlyRow[]> {
	return (await engine.query(MONTHLY_SQL)).rows<MonthlyRow>();
}
