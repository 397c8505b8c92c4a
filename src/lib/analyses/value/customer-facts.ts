import { ident, literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';

/** How returns count toward value: `net` subtracts them (default), `exclude` leaves return lines out. */
export type ReturnsMode = 'net' | 'exclude';

export interface ValueParams {
	/** `YYYY-MM-DD`; purchases before this day count. Default: the day after the last purchase. */
	snapshot?: string;
	returns?: ReturnsMode;
	/**
	 * A table already holding `customer_facts` for these parameters over the current views (see
	 * `withCachedFacts`); set by the runners, never by callers.
	 */
	facts?: string;
}

/** The snapshot date as SQL: the given day, or the day after the last (filtered) purchase. */
export function snapshotSql(snapshot?: string): string {
	return snapshot
		? `${literal(snapshot)}::DATE`
		: `(SELECT max(ts)::DATE + 1 FROM ${VIEW.transactions})`;
}

/** Per customer, over `value_lines`. */
const FACTS = `
	SELECT
		customer_id,
		min(ts) FILTER (WHERE NOT is_return) AS first_purchase,
		max(ts) FILTER (WHERE NOT is_return) AS last_purchase,
		count(DISTINCT coalesce(invoice_id, 'day:' || strftime(ts, '%Y-%m-%d'))) FILTER (WHERE NOT is_return) AS frequency,
		round(sum(amount), 2) AS monetary,
		round(sum(cost), 2) AS cost,
		round(sum(amount) - sum(cost), 2) AS profit
	FROM value_lines
	GROUP BY customer_id
	HAVING count(*) FILTER (WHERE NOT is_return) > 0
`;

/**
 * CTEs `params` (the snapshot) and `customer_facts`: one row per customer with at least one
 * purchase before the snapshot. Frequency counts distinct invoices; lines without an invoice id
 * count once per customer and day. Money is rounded to cents so sums compare exactly.
 */
export function customerFactsCtes({ snapshot, returns = 'net', facts }: ValueParams = {}): string {
	return `params AS (
	SELECT ${snapshotSql(snapshot)} AS snapshot
),
value_lines AS (
	SELECT t.*
	FROM ${VIEW.transactions} t, params
	WHERE t.customer_id IS NOT NULL AND t.ts < params.snapshot${returns === 'exclude' ? ' AND NOT t.is_return' : ''}
),
customer_facts AS (${facts ? `\n\tFROM ${ident(facts)}\n` : FACTS})`;
}

/**
 * `sql` with every cached `customer_facts` (see `withCachedFacts`) written out again, so a query
 * shown to the user reads the views alone and runs the same anywhere, whatever is cached.
 */
export function withFactsWrittenOut(sql: string): string {
	return sql.replace(
		/customer_facts AS \(\n\tFROM "customer_facts_\w+"\n\)/g,
		`customer_facts AS (${FACTS})`
	);
}
