/**
 * The per-customer summaries the BG/NBD and Gamma-Gamma models are fitted on. A purchase is a
 * day with a sales line (several invoices on one day are one purchase, as in Fader, Hardie & Lee
 * 2005); its value is the day's sales (returns are not subtracted). The calibration period ends
 * on `calibration_end` (inclusive); the holdout runs from the next day to `holdout_end`.
 */
import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';
import { DAYS_PER_MONTH } from '../churn/definition';
import { shiftDate } from '../rfm/migration';
import { customerFactsCtes } from '../value/customer-facts';

/** The unit the model's time is measured in. */
export type TimeUnit = 'day' | 'week' | 'month';

export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: DAYS_PER_MONTH };

/** The calibration and holdout periods. */
export interface Periods {
	/** The first purchase day in the data. */
	first_day: string;
	/** Last day of the calibration period, inclusive. */
	calibration_end: string;
	/** Last day of the holdout; equal to `calibration_end` when there is no holdout. */
	holdout_end: string;
}

/** One customer who bought in the calibration period. */
export interface CustomerSummary {
	customer_id: string;
	name: string | null;
	first_day: string;
	/** Repeat purchase days in the calibration period. */
	x: number;
	/** Days from the first to the last purchase. */
	t_x_days: number;
	/** Days from the first purchase to the end of calibration. */
	t_days: number;
	/** Average value of the repeat purchases; null without repeats or amounts. */
	m: number | null;
	/** Net revenue up to the end of calibration, as the value analyses count it. */
	monetary: number | null;
	holdout_purchases: number;
}

/** Resolve the periods: the defaults are the last purchase day (no holdout). */
export async function resolvePeriods(
	engine: Engine,
	calibrationEnd?: string,
	holdoutEnd?: string
): Promise<Periods | null> {
	const sql = `SELECT strftime(min(ts), '%Y-%m-%d') AS first_day, strftime(max(ts), '%Y-%m-%d') AS last_day
FROM ${VIEW.transactions} WHERE customer_id IS NOT NULL AND NOT is_return`;
	const [row] = (await engine.query(sql)).rows<{ first_day: string | null; last_day: string }>();
	if (!row?.first_day) return null;
	const calibration_end = calibrationEnd ?? row.last_day;
	const holdout_end =
		holdoutEnd ?? (calibration_end < row.last_day ? row.last_day : calibration_end);
	if (holdout_end < calibration_end)
		throw new RangeError(`The holdout end ${holdout_end} is before the calibration end`);
	return { first_day: row.first_day, calibration_end, holdout_end };
}

/** The per-customer summary; `?` binds the holdout end. */
function customerSummarySql(calibrationEnd: string): string {
	return `WITH ${customerFactsCtes({ snapshot: shiftDate(calibrationEnd, 1) })},
purchase_days AS (
	SELECT customer_id, ts::DATE AS day, sum(amount) AS amount
	FROM ${VIEW.transactions}
	WHERE customer_id IS NOT NULL AND NOT is_return
	GROUP BY ALL
),
calibration AS (
	SELECT d.customer_id, min(d.day) AS first_day, max(d.day) AS last_day, count(*) - 1 AS x,
		sum(d.amount) - arg_min(d.amount, d.day) AS repeat_amount
	FROM purchase_days d, params p
	WHERE d.day < p.snapshot
	GROUP BY d.customer_id
),
holdout AS (
	SELECT d.customer_id, count(*) AS holdout_purchases
	FROM purchase_days d, params p
	WHERE d.day >= p.snapshot AND d.day <= CAST(? AS DATE)
	GROUP BY d.customer_id
),
names AS (
	SELECT customer_id, any_value(name) AS name FROM ${VIEW.customers} GROUP BY customer_id
)
SELECT c.customer_id, n.name, strftime(c.first_day, '%Y-%m-%d') AS first_day, c.x,
	date_diff('day', c.first_day, c.last_day) AS t_x_days,
	date_diff('day', c.first_day, p.snapshot - 1) AS t_days,
	CASE WHEN c.x > 0 THEN c.repeat_amount / c.x END AS m,
	f.monetary,
	coalesce(h.holdout_purchases, 0) AS holdout_purchases
FROM calibration c
CROSS JOIN params p
LEFT JOIN holdout h USING (customer_id)
LEFT JOIN customer_facts f USING (customer_id)
LEFT JOIN names n USING (customer_id)
ORDER BY c.customer_id`;
}

/** Repeat purchases per day (calibration customers only, through the holdout); `?` binds its end. */
function repeatDaysSql(): string {
	return `WITH purchase_days AS (
	SELECT customer_id, ts::DATE AS day
	FROM ${VIEW.transactions}
	WHERE customer_id IS NOT NULL AND NOT is_return
	GROUP BY ALL
),
firsts AS (
	SELECT customer_id, min(day) AS first_day FROM purchase_days GROUP BY customer_id
)
SELECT strftime(d.day, '%Y-%m-%d') AS day, count(*) AS purchases
FROM purchase_days d JOIN firsts f USING (customer_id)
WHERE f.first_day <= CAST(? AS DATE) AND d.day > f.first_day AND d.day <= CAST(? AS DATE)
GROUP BY d.day
ORDER BY d.day`;
}

/** Every calibration customer's summary. */
export async function customerSummaries(
	engine: Engine,
	periods: Periods
): Promise<CustomerSummary[]> {
	const sql = customerSummarySql(periods.calibration_end);
	return (await engine.query(sql, [periods.holdout_end])).rows<CustomerSummary>();
}

/** Repeat purchases per day for the tracking chart. */
export async function repeatDays(
	engine: Engine,
	periods: Periods
): Promise<{ day: string; purchases: number }[]> {
	const sql = repeatDaysSql();
	return (await engine.query(sql, [periods.calibration_end, periods.holdout_end])).rows<{
		day: string;
		purchases: number;
	}>();
}
