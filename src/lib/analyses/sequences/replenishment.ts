import type { Engine } from '../../engine/engine';
import type { Locale } from '../../i18n/bilingual';
import { literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { itemLabelsCtes } from '../basket/baskets';
import {
	followCtes,
	LAG_STATS,
	REPEAT_STATS,
	sequenceDefaults,
	type PairKeys,
	type SequenceParams
} from './sequences';

/** One pair A → B (item keys) and how the due list is drawn. */
interface ReplenishmentParams extends SequenceParams, PairKeys {
	/** List customers flagged as churned too; default false. */
	includeChurned?: boolean;
}

/** A due window in days since the trigger purchase: the 10th–90th percentile of observed lags. */
interface DueWindow {
	/** Observations the window comes from (customers for a first B, gaps for a repeat). */
	observations: number;
	median: number;
	from_day: number;
	to_day: number;
}

/** A customer inside B's usual window now: the list a marketer calls or mails. */
export interface DueCustomer {
	customer_id: string;
	name: string | null;
	/** `first`: bought A, no B since; `repeat`: bought B (after or with A) and is due again. */
	trigger: 'first' | 'repeat';
	/** The purchase the window counts from (A for first, B for repeat), `YYYY-MM-DD`. */
	trigger_date: string;
	days_since: number;
	/** Days left until the window closes (0 on its last day). */
	days_left: number;
	/** The last day of the window, `YYYY-MM-DD`: contact before then. */
	due_by: string;
	action: string;
}

/** The pair's windows and the customers due now. */
export interface Replenishment {
	snapshot: string;
	antecedent: string;
	consequent: string;
	/** Lag from the first A to the first B; null when fewer than `minCustomers` did A then B. */
	first: DueWindow | null;
	/** Gap between consecutive B purchases; null when fewer than `minCustomers` gaps were seen. */
	repeat: DueWindow | null;
	customers: DueCustomer[];
}

interface WindowRow {
	snapshot: string;
	antecedent: string | null;
	consequent: string | null;
	customers_then_b: number;
	median_lag: number | null;
	p10_lag: number | null;
	p90_lag: number | null;
	repeat_gaps: number;
	repeat_median: number | null;
	repeat_p10: number | null;
	repeat_p90: number | null;
}

function windowSql(params: ReplenishmentParams): string {
	const p = sequenceDefaults(params);
	return `WITH ${followCtes(params, params)},
${itemLabelsCtes({ basket: 'invoice', item: p.item })},
gaps AS (
	SELECT customer_id, item, date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap
	FROM days
	WHERE item = ${literal(params.consequent)}
),
repeats AS (
	SELECT count(*) AS repeat_gaps, ${REPEAT_STATS} FROM gaps WHERE gap IS NOT NULL
),
lags AS (
	SELECT ${LAG_STATS} FROM follows
)
SELECT (SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot,
	(SELECT label FROM item_labels WHERE item = ${literal(params.antecedent)}) AS antecedent,
	(SELECT label FROM item_labels WHERE item = ${literal(params.consequent)}) AS consequent,
	l.customers_then_b, l.median_lag, l.p10_lag, l.p90_lag,
	r.repeat_gaps, r.repeat_median, r.repeat_p10, r.repeat_p90
FROM lags l, repeats r`;
}

function dueWindow(
	observations: number,
	median: number | null,
	p10: number | null,
	p90: number | null,
	minimum: number
): DueWindow | null {
	if (observations < minimum || median === null || p10 === null || p90 === null) return null;
	// Interpolated percentiles carry float noise (108.00000000000001) that must not widen the window.
	return { observations, median, from_day: Math.floor(p10 + 1e-9), to_day: Math.ceil(p90 - 1e-9) };
}

/** The customers now inside a window, most urgent first (fewest days left, then id). */
function dueSql(
	params: ReplenishmentParams,
	first: DueWindow | null,
	repeat: DueWindow | null
): string {
	const within = (w: DueWindow | null) =>
		w ? `days_since BETWEEN ${w.from_day} AND ${w.to_day}` : 'FALSE';
	return `WITH ${followCtes(params, params)},
lasts AS (
	SELECT customer_id,
		max(day) FILTER (WHERE item = ${literal(params.antecedent)}) AS last_a,
		max(day) FILTER (WHERE item = ${literal(params.consequent)}) AS last_b
	FROM days
	WHERE item IN (${literal(params.antecedent)}, ${literal(params.consequent)})
	GROUP BY customer_id
),
triggered AS (
	SELECT customer_id,
		CASE WHEN last_b >= last_a THEN 'repeat' ELSE 'first' END AS trigger,
		CASE WHEN last_b >= last_a THEN last_b ELSE last_a END AS trigger_day
	FROM lasts
	WHERE last_a IS NOT NULL
),
timed AS (
	SELECT t.*, date_diff('day', t.trigger_day, params.snapshot) AS days_since
	FROM triggered t, params
),
profiles AS (
	SELECT customer_id, any_value(name) AS name, bool_or(coalesce(churned, FALSE)) AS churned
	FROM ${VIEW.customers}
	GROUP BY customer_id
)
SELECT t.customer_id, c.name, t.trigger, strftime(t.trigger_day, '%Y-%m-%d') AS trigger_date, t.days_since,
	CASE t.trigger WHEN 'first' THEN ${first?.to_day ?? 'NULL'} ELSE ${repeat?.to_day ?? 'NULL'} END - t.days_since AS days_left
FROM timed t
LEFT JOIN profiles c USING (customer_id)
WHERE ((t.trigger = 'first' AND ${within(first)}) OR (t.trigger = 'repeat' AND ${within(repeat)}))${
		params.includeChurned ? '' : '\n\tAND NOT coalesce(c.churned, FALSE)'
	}
ORDER BY days_left, t.customer_id`;
}

/** The recommended action for a due customer of A → B (`action` holds it in English). */
export function dueAction(
	trigger: DueCustomer['trigger'],
	antecedent: string,
	consequent: string,
	locale: Locale
): string {
	if (locale === 'zh-CN')
		return trigger === 'first'
			? `推荐${consequent}，搭配已购的${antecedent}`
			: `提醒复购${consequent}`;
	return trigger === 'first'
		? `Offer ${consequent} to go with their ${antecedent}`
		: `Remind them to re-order ${consequent}`;
}

const addDays = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The replenishment-due list for A → B: customers who bought A and either have not bought B since
 * and are inside the usual A→B lag window now, or bought B and are inside B's usual repeat window.
 */
export async function replenishment(
	engine: Engine,
	params: ReplenishmentParams
): Promise<Replenishment> {
	const p = sequenceDefaults(params);
	const [w] = (await engine.query(windowSql(params))).rows<WindowRow>();
	const first = dueWindow(
		Number(w.customers_then_b),
		w.median_lag,
		w.p10_lag,
		w.p90_lag,
		p.minCustomers
	);
	const repeat = dueWindow(
		Number(w.repeat_gaps),
		w.repeat_median,
		w.repeat_p10,
		w.repeat_p90,
		p.minCustomers
	);
	const a = w.antecedent ?? params.antecedent;
	const b = w.consequent ?? params.consequent;
	const rows = (await engine.query(dueSql(params, first, repeat))).rows<
		Omit<DueCustomer, 'due_by' | 'action'>
	>();
	return {
		snapshot: w.snapshot,
		antecedent: a,
		consequent: b,
		first,
		repeat,
		customers: rows.map((r) => {
			const due_by = addDays(w.snapshot, Number(r.days_left));
			return {
				...r,
				days_since: Number(r.days_since),
				days_left: Number(r.days_left),
				due_by,
				action: dueAction(r.trigger, a, b, 'en')
			};
		})
	};
}
