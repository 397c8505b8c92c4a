/**
 * What the loaded data allows for churn (a flag column? reasons? transactions?) and the default
 * churn window for inferred churn, derived from customers' own gaps between purchases.
 */
import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';
import { customerFactsCtes, snapshotSql } from '../value/customer-facts';
import {
	customerColumns,
	flagColumns,
	reasonColumns,
	sliceColumns,
	tenureColumns,
	type CustomerColumn
} from './columns';
import { columnDimension, type Dimension } from './dimensions';
import { checkedDays, type ChurnDefinition } from './definition';

/** The share of repeat customers whose usual gap the default churn window covers. */
export const WINDOW_PERCENTILE = 0.9;
/** …and the share the at-risk threshold covers. */
export const AT_RISK_PERCENTILE = 0.75;
/** Fallbacks when fewer than this many customers bought twice. */
const MIN_REPEAT_CUSTOMERS = 10;

/** The derived default churn window and the numbers behind it. */
interface InactivityDefault {
	days: number;
	at_risk_days: number;
	/** Customers with two or more purchase days. */
	repeat_customers: number;
	/** Median over repeat customers of their own median gap, in days. */
	typical_gap: number | null;
	/** False when too few repeat customers: `days` is then a plain one-year default. */
	derived: boolean;
}

/** How well a churn window separates leavers: of those who ever went that long, who came back. */
export interface WindowCheck {
	days: number;
	lapsed: number;
	came_back: number;
}

/** What churn analysis can use in the loaded data. */
export interface ChurnSetup {
	snapshot_date: string | null;
	has_transactions: boolean;
	columns: CustomerColumn[];
	flag_columns: string[];
	/** `churn_reason` first when it has values, then columns named like a reason. */
	reason_columns: string[];
	tenure_columns: string[];
	inactivity: InactivityDefault | null;
	default_definition: ChurnDefinition;
}

const gapCtes = (snapshot?: string) => `${customerFactsCtes({ snapshot })},
purchase_days AS (
	SELECT customer_id, ts::DATE AS day FROM value_lines WHERE NOT is_return GROUP BY ALL
),
gaps AS (
	SELECT customer_id, day,
		date_diff('day', lag(day) OVER (PARTITION BY customer_id ORDER BY day), day) AS gap
	FROM purchase_days
)`;

/** Percentiles over repeat customers of each one's median gap between purchase days. */
export function inactivityDefaultSql(snapshot?: string): string {
	return `WITH ${gapCtes(snapshot)},
usual AS (
	SELECT customer_id, median(gap) AS usual_gap FROM gaps WHERE gap IS NOT NULL GROUP BY customer_id
)
SELECT count(*) AS repeat_customers,
	quantile_cont(usual_gap, 0.5) AS typical_gap,
	quantile_cont(usual_gap, ${AT_RISK_PERCENTILE}) AS at_risk_gap,
	quantile_cont(usual_gap, ${WINDOW_PERCENTILE}) AS window_gap
FROM usual`;
}

/** Of the buyers who ever went more than `days` days without buying, how many bought again. */
export function windowCheckSql(days: number, snapshot?: string): string {
	return `WITH ${gapCtes(snapshot)},
per_customer AS (
	SELECT g.customer_id, max(g.gap) AS longest_gap, date_diff('day', max(g.day), any_value(p.snapshot)) AS silent
	FROM gaps g CROSS JOIN params p
	GROUP BY g.customer_id
)
SELECT ${checkedDays(days, 'Inactive days')} AS days,
	count(*) FILTER (WHERE longest_gap > ${days} OR silent > ${days}) AS lapsed,
	count(*) FILTER (WHERE longest_gap > ${days}) AS came_back
FROM per_customer`;
}

/** The default churn window: the 90th percentile of repeat customers' usual gaps, rounded up. */
async function inactivityDefault(engine: Engine, snapshot?: string): Promise<InactivityDefault> {
	type Row = {
		repeat_customers: number;
		typical_gap: number | null;
		at_risk_gap: number | null;
		window_gap: number | null;
	};
	const [row] = (await engine.query(inactivityDefaultSql(snapshot))).rows<Row>();
	const derived = row.repeat_customers >= MIN_REPEAT_CUSTOMERS && (row.window_gap ?? 0) >= 1;
	const days = derived ? Math.ceil(row.window_gap!) : 365;
	return {
		days,
		at_risk_days: derived ? Math.max(1, Math.min(days, Math.ceil(row.at_risk_gap!))) : 180,
		repeat_customers: row.repeat_customers,
		typical_gap: row.typical_gap,
		derived
	};
}

/** How many buyers ever lapsed for `days` days, and how many of them bought again. */
export async function windowCheck(
	engine: Engine,
	days: number,
	snapshot?: string
): Promise<WindowCheck> {
	return (await engine.query(windowCheckSql(days, snapshot))).rows<WindowCheck>()[0];
}

/** Everything the churn pages and the CLI need to choose a definition. */
export async function churnSetup(engine: Engine, snapshot?: string): Promise<ChurnSetup> {
	const sql = `SELECT
	(SELECT count(*) FROM ${VIEW.transactions} WHERE customer_id IS NOT NULL) > 0 AS has_transactions,
	(SELECT count(churn_reason) FROM ${VIEW.customers}) > 0 AS has_reason,
	strftime(${snapshotSql(snapshot)}, '%Y-%m-%d') AS snapshot_date`;
	const [facts] = (await engine.query(sql)).rows<{
		has_transactions: boolean;
		has_reason: boolean;
		snapshot_date: string | null;
	}>();
	const columns = await customerColumns(engine);
	const flags = flagColumns(columns);
	const inactivity = facts.has_transactions ? await inactivityDefault(engine, snapshot) : null;
	const default_definition: ChurnDefinition =
		flags.length || !inactivity
			? { kind: 'flag', column: flags[0] ?? 'churned' }
			: { kind: 'inactive', days: inactivity.days };
	return {
		snapshot_date: facts.snapshot_date,
		has_transactions: facts.has_transactions,
		columns,
		flag_columns: flags,
		reason_columns: [...(facts.has_reason ? ['churn_reason'] : []), ...reasonColumns(columns)],
		tenure_columns: tenureColumns(columns),
		inactivity,
		default_definition
	};
}

/** Every dimension churn can be sliced by in this data: customer columns, then behaviour. */
export function candidateDimensions(setup: ChurnSetup): Dimension[] {
	const columns = sliceColumns(setup.columns).map(columnDimension);
	const behaviour: Dimension[] = setup.has_transactions
		? [
				{ kind: 'rfm_segment' },
				{ kind: 'value_tier' },
				{ kind: 'tenure' },
				{ kind: 'first_product' },
				{ kind: 'first_category' }
			]
		: setup.tenure_columns.length
			? [{ kind: 'tenure' }]
			: [];
	return [...columns, ...behaviour];
}
