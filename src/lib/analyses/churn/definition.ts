/**
 * What counts as churn, and the per-customer facts every churn analysis starts from.
 *
 * - `flag`: a column of the customers file says who left (the canonical `churned`, or any column
 *   of Yes/No, 1/0, true/false, 是/否 values). A canonical `churn_date` on or after the snapshot
 *   means "not yet churned at the snapshot".
 * - `inactive`: a buyer with no purchase for more than `days` days before the snapshot has
 *   churned; their lifetime ended with the last purchase.
 *
 * Lifetimes start at the signup date, else the first purchase, and end at the churn date (the
 * last purchase when the flag gives no date) or the snapshot; a customers file without dates may
 * name a column holding the tenure in months instead.
 */
import { ident } from '../../engine/sql';
import { booleanSql } from '../../engine/ingest/values';
import { VIEW } from '../../engine/views';
import { rfmCtes } from '../rfm/rfm';
import { customerFactsCtes } from '../value/customer-facts';

/** Which customers count as churned. */
export type ChurnDefinition =
	{ kind: 'flag'; column?: string } | { kind: 'inactive'; days: number };

/** Options every churn analysis shares. */
export interface ChurnParams {
	definition: ChurnDefinition;
	/** `YYYY-MM-DD`; purchases before this day count. Default: the day after the last purchase. */
	snapshot?: string;
	/** Customers column with the churn reason; default the canonical `churn_reason`. */
	reasonColumn?: string;
	/** Customers column with the tenure in months, for customers files without dates. */
	tenureColumn?: string;
	/** A buyer silent for more than this many days (and not churned) is at risk. */
	atRiskDays?: number;
}

/** Average days per month, to turn a tenure in months into days and back. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Columns of the customers file that are never a churn flag, reason or slicing attribute. */
export const RESERVED_COLUMNS = new Set([
	'_source_row',
	'customer_id',
	'name',
	'birthday',
	'signup_date',
	'churned',
	'churn_date',
	'churn_reason'
]);

/** Columns that describe the churn itself (a second flag, a score, a reason) are not causes. */
export function describesChurn(column: string): boolean {
	return RESERVED_COLUMNS.has(column) || /churn|流失|attrition|cancel/i.test(column);
}

/** A whole number of days ≥ 1, or a RangeError naming the option. */
export function checkedDays(days: number, name: string): number {
	if (!Number.isInteger(days) || days < 1)
		throw new RangeError(`${name} must be a whole number of days ≥ 1, got ${days}`);
	return days;
}

function flagSql(definition: Extract<ChurnDefinition, { kind: 'flag' }>): string {
	const column = definition.column ?? 'churned';
	return column === 'churned' ? 'c.churned' : booleanSql(`c.${ident(column)}`);
}

/**
 * CTEs `params`, `value_lines`, `customer_facts` (plus the RFM CTEs when `withRfm`),
 * `customer_rows` (one row per customer id of the customers file) and `churn_customers`:
 * customer_id, first_purchase, last_purchase, frequency, monetary, eligible (counted in churn
 * rates), churned, churn_day, start_day, end_day, tenure_days, reason.
 */
export function churnCtes(params: ChurnParams, withRfm = false): string {
	const { definition, snapshot } = params;
	const value = withRfm ? rfmCtes({ snapshot }) : customerFactsCtes({ snapshot });
	const reason = `nullif(trim(CAST(c.${ident(params.reasonColumn ?? 'churn_reason')} AS VARCHAR)), '')`;
	let flagged: string;
	let eligible: string;
	let churnDay: string;
	if (definition.kind === 'flag') {
		const flag = flagSql(definition);
		flagged = `CASE WHEN ${flag} AND c.churn_date >= p.snapshot THEN FALSE ELSE ${flag} END`;
		eligible = `${flag} IS NOT NULL`;
		churnDay = 'coalesce(c.churn_date, f.last_purchase::DATE)';
	} else {
		const days = checkedDays(definition.days, 'Inactive days');
		flagged = `coalesce(date_diff('day', f.last_purchase::DATE, p.snapshot) > ${days}, FALSE)`;
		eligible = 'f.first_purchase IS NOT NULL';
		churnDay = 'f.last_purchase::DATE';
	}
	const tenureMonths = params.tenureColumn
		? `TRY_CAST(trim(CAST(c.${ident(params.tenureColumn)} AS VARCHAR)) AS DOUBLE)`
		: 'NULL::DOUBLE';
	return `${value},
customer_rows AS (
	SELECT * FROM ${VIEW.customers}
	QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY ${ident('_source_row')}) = 1
),
churn_flags AS (
	SELECT
		coalesce(c.customer_id, f.customer_id) AS customer_id,
		f.first_purchase,
		f.last_purchase,
		coalesce(f.frequency, 0) AS frequency,
		f.monetary,
		${eligible} AS eligible,
		coalesce(${flagged}, FALSE) AS churned,
		${churnDay} AS flagged_day,
		coalesce(c.signup_date, f.first_purchase::DATE) AS start_day,
		${reason} AS raw_reason,
		${tenureMonths} AS tenure_months,
		p.snapshot
	FROM customer_rows c
	FULL JOIN customer_facts f ON c.customer_id = f.customer_id
	CROSS JOIN params p
),
churn_ends AS (
	SELECT *,
		CASE WHEN churned THEN flagged_day END AS churn_day,
		CASE WHEN churned THEN flagged_day ELSE snapshot END AS end_day
	FROM churn_flags
),
churn_customers AS (
	SELECT customer_id, first_purchase, last_purchase, frequency, monetary, eligible, churned,
		churn_day, start_day, end_day,
		coalesce(tenure_months * ${DAYS_PER_MONTH}, date_diff('day', start_day, end_day)) AS tenure_days,
		CASE WHEN churned THEN raw_reason END AS reason
	FROM churn_ends
)`;
}

/** Overall counts under a definition: one row. */
export function churnTotalsSql(params: ChurnParams): string {
	return `WITH ${churnCtes(params)}
SELECT
	(SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot_date,
	count(*) FILTER (WHERE eligible) AS customers,
	count(*) FILTER (WHERE eligible AND churned) AS churned,
	count(*) FILTER (WHERE eligible AND churned AND reason IS NOT NULL) AS with_reason,
	count(*) FILTER (WHERE NOT eligible) AS not_counted
FROM churn_customers`;
}
