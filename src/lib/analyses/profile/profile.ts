import type { Engine } from '../../engine/engine';
import { SOURCE_ROW } from '../../engine/schema';
import { ident } from '../../engine/sql';
import type { Bilingual } from '../../i18n/bilingual';
import { basketLinesCtes, resolveBasketUnit } from '../basket/baskets';
import { followCtes } from '../sequences/sequences';
import { capabilityText } from './messages';

/** The ingest report: what was read, loaded and rejected, and what the loaded data holds. */
export interface Profile {
	rows_read: number;
	rows_loaded: number;
	rows_rejected: number;
	rejected_by_reason: Record<string, number>;
	customers: number;
	invoices: number;
	products: number;
	returns: number;
	date_min: string | null;
	date_max: string | null;
	/**
	 * Σ amount over non-return lines (quantity × unit price when the file has no amount column);
	 * null when no line has an amount (a file without money).
	 */
	revenue: number | null;
	lines_without_customer: number;
	exact_duplicates: number;
	files: FileReport[];
	unparsed: { table: string; column: string; expected: string; count: number; example: string }[];
	nulls: { table: string; column: string; nulls: number; rows: number }[];
	capabilities: Capability[];
}

interface FileReport {
	table: string;
	file: string;
	rows_read: number;
	rows_loaded: number;
	rows_rejected: number;
}

/** Which analyses a capability stands for; pages look theirs up to show why they are empty. */
export type CapabilityId =
	'value' | 'customers' | 'profit' | 'churn' | 'reasons' | 'baskets' | 'sequences' | 'actions';

/**
 * Whether the loaded data supports an analysis, and why; texts in both languages. Ready only
 * when the analysis would return something non-empty.
 */
interface Capability {
	id: CapabilityId;
	analysis: Bilingual;
	ready: boolean;
	because: Bilingual;
}

const PROFILE_SQL = {
	files: `SELECT table_name AS "table", file_name AS file, rows_read, rows_loaded, rows_rejected
FROM ingest_files ORDER BY table_name`,
	rejectedByReason: `SELECT reason, count(*) AS rows FROM ingest_rejects GROUP BY reason ORDER BY rows DESC, reason`,
	transactions: `SELECT
	count(*) AS lines,
	count(DISTINCT customer_id) AS tx_customers,
	count(DISTINCT invoice_id) AS invoices,
	count(DISTINCT product_id) FILTER (WHERE is_product) AS products,
	count(*) FILTER (WHERE is_return) AS returns,
	strftime(min(ts), '%Y-%m-%d %H:%M:%S') AS date_min,
	strftime(max(ts), '%Y-%m-%d %H:%M:%S') AS date_max,
	CASE WHEN count(amount) > 0 THEN coalesce(sum(amount) FILTER (WHERE NOT is_return), 0) END AS revenue,
	count(*) FILTER (WHERE customer_id IS NULL) AS lines_without_customer,
	count(*) FILTER (WHERE customer_id IS NOT NULL AND NOT is_return) AS customer_purchase_lines,
	count(*) FILTER (WHERE cost IS NOT NULL) AS lines_with_cost
FROM transactions`,
	customers: `SELECT count(*) AS customers,
	count(*) FILTER (WHERE churned IS NOT NULL) AS with_churn_flag,
	count(*) FILTER (WHERE churn_reason IS NOT NULL) AS with_reason
FROM customers`,
	activities: `SELECT count(*) AS activities FROM activities`,
	unparsed: `SELECT table_name AS "table", column_name AS "column", expected, count, example
FROM ingest_unparsed ORDER BY table_name, column_name`
};

type Row = Record<string, number | string | null>;

/** Compute the ingest report over whatever is loaded (any subset of the three files). */
export async function profile(engine: Engine): Promise<Profile> {
	const one = async (sql: string) => (await engine.query(sql)).rows<Row>()[0];
	const files = (await engine.query(PROFILE_SQL.files)).rows<FileReport>();
	const reasons = (await engine.query(PROFILE_SQL.rejectedByReason)).rows<{
		reason: string;
		rows: number;
	}>();
	const tx = await one(PROFILE_SQL.transactions);
	const cu = await one(PROFILE_SQL.customers);
	const ac = await one(PROFILE_SQL.activities);
	const sum = (key: keyof FileReport) => files.reduce((n, f) => n + Number(f[key]), 0);
	const num = (row: Row, key: string) => Number(row[key] ?? 0);
	return {
		rows_read: sum('rows_read'),
		rows_loaded: sum('rows_loaded'),
		rows_rejected: sum('rows_rejected'),
		rejected_by_reason: Object.fromEntries(reasons.map((r) => [r.reason, r.rows])),
		customers: Math.max(num(cu, 'customers'), num(tx, 'tx_customers')),
		invoices: num(tx, 'invoices'),
		products: num(tx, 'products'),
		returns: num(tx, 'returns'),
		date_min: (tx.date_min as string | null) ?? null,
		date_max: (tx.date_max as string | null) ?? null,
		revenue: tx.revenue === null ? null : round2(num(tx, 'revenue')),
		lines_without_customer: num(tx, 'lines_without_customer'),
		exact_duplicates: await exactDuplicates(engine),
		files,
		unparsed: (await engine.query(PROFILE_SQL.unparsed)).rows(),
		nulls: await nullCounts(
			engine,
			files.map((f) => f.table)
		),
		capabilities: capabilities(tx, cu, ac, await readiness(engine))
	};
}

interface Readiness {
	amount_lines: number;
	baskets: number;
	returning_customers: number;
}

/** What the analyses themselves would find: priced customer lines, baskets, returning customers. */
async function readiness(engine: Engine): Promise<Readiness> {
	const basket = await resolveBasketUnit(engine, {});
	const sql = `WITH ${basketLinesCtes({ basket })},
${followCtes({})}
SELECT
	(SELECT count(*) FROM transactions
		WHERE customer_id IS NOT NULL AND NOT is_return AND amount IS NOT NULL) AS amount_lines,
	(SELECT count(DISTINCT basket) FROM basket_lines) AS baskets,
	(SELECT count(*) FROM (
		SELECT customer_id FROM days GROUP BY customer_id HAVING count(DISTINCT day) > 1
	)) AS returning_customers`;
	const [row] = (await engine.query(sql)).rows<Readiness>();
	return {
		amount_lines: Number(row.amount_lines),
		baskets: Number(row.baskets),
		returning_customers: Number(row.returning_customers)
	};
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

async function exactDuplicates(engine: Engine): Promise<number> {
	const [row] = (
		await engine.query(`SELECT (SELECT count(*) FROM transactions)
	- (SELECT count(*) FROM (SELECT DISTINCT * EXCLUDE (_source_row) FROM transactions)) AS duplicates`)
	).rows<{ duplicates: number }>();
	return row.duplicates;
}

/**
 * Empty values per column. Only counts: statistics such as SUMMARIZE's standard deviation overflow
 * on one huge but finite value (1e200) and would take the whole report down with them.
 */
async function nullCounts(engine: Engine, tables: string[]) {
	const out: Profile['nulls'] = [];
	for (const table of tables) {
		const t = ident(table);
		const [{ rows }] = (await engine.query(`SELECT count(*) AS rows FROM ${t}`)).rows<{
			rows: number;
		}>();
		const result = await engine.query(`UNPIVOT (
	SELECT count(*) FILTER (WHERE COLUMNS(* EXCLUDE (${ident(SOURCE_ROW)})) IS NULL) FROM ${t}
) ON COLUMNS(*) INTO NAME column_name VALUE nulls`);
		for (const r of result.rows<{ column_name: string; nulls: number }>())
			out.push({ table, column: r.column_name, nulls: Number(r.nulls), rows });
	}
	return out;
}

function capabilities(tx: Row, cu: Row, ac: Row, found: Readiness): Capability[] {
	// Returns alone say nothing of value or churn: only purchase lines with a customer count.
	const withCustomer = Number(tx.customer_purchase_lines);
	const withCost = Number(tx.lines_with_cost) > 0;
	const churnFlags = Number(cu.with_churn_flag) > 0;
	const reasons = Number(cu.with_reason);
	const activities = Number(ac.activities);
	const text = capabilityText;
	return [
		{
			id: 'value',
			analysis: text((m) => m.value),
			ready: found.amount_lines > 0,
			because: text((m) =>
				found.amount_lines > 0
					? m.valueReady(found.amount_lines)
					: withCustomer > 0
						? m.valueNoAmounts
						: m.valueMissing
			)
		},
		{
			id: 'customers',
			analysis: text((m) => m.customers),
			ready: withCustomer > 0,
			because: text((m) => (withCustomer > 0 ? m.customersReady(withCustomer) : m.valueMissing))
		},
		{
			id: 'profit',
			analysis: text((m) => m.profit),
			ready: withCost,
			because: text((m) => (withCost ? m.profitReady : m.profitMissing))
		},
		{
			id: 'churn',
			analysis: text((m) => m.churn),
			ready: churnFlags || withCustomer > 0,
			because: text((m) =>
				churnFlags ? m.churnFlag : withCustomer > 0 ? m.churnInferred : m.churnMissing
			)
		},
		{
			id: 'reasons',
			analysis: text((m) => m.reasons),
			ready: reasons > 0,
			because: text((m) => (reasons > 0 ? m.reasonsReady(reasons) : m.reasonsMissing))
		},
		{
			id: 'baskets',
			analysis: text((m) => m.baskets),
			ready: found.baskets > 0,
			because: text((m) => (found.baskets > 0 ? m.basketsReady(found.baskets) : m.basketsMissing))
		},
		{
			id: 'sequences',
			analysis: text((m) => m.sequences),
			ready: found.returning_customers > 0,
			because: text((m) =>
				found.returning_customers > 0
					? m.sequencesReady(found.returning_customers)
					: m.sequencesMissing
			)
		},
		{
			id: 'actions',
			analysis: text((m) => m.actions),
			ready: activities > 0,
			because: text((m) => (activities > 0 ? m.actionsReady(activities) : m.actionsMissing))
		}
	];
}
