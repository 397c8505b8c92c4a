import { segmentWhereSql } from '../analyses/segments/compile';
import type { SegmentDefinition } from '../analyses/segments/types';
import type { Engine } from './engine';
import { ident, literal, literalList } from './sql';

/**
 * Analyses read the filtered views, never the tables: the global filters are applied once, here,
 * by redefining the views, so every chart on every page sees the same subset.
 */
export const VIEW = {
	transactions: 'v_transactions',
	customers: 'v_customers',
	activities: 'v_activities'
} as const;

/** One attribute condition: `column IN values` on the customers or transactions table. */
export interface AttributeFilter {
	table: 'customers' | 'transactions';
	column: string;
	values: string[];
}

/** The global filters: a purchase date range plus attribute conditions (AND across conditions). */
export interface Filters {
	/** Inclusive, `YYYY-MM-DD`. */
	from?: string;
	/** Inclusive, `YYYY-MM-DD`. */
	to?: string;
	attributes: AttributeFilter[];
	/** A saved segment applied to every page: customers outside it drop out of all three views. */
	segment?: SegmentDefinition;
}

export const NO_FILTERS: Filters = { attributes: [] };

/** SQL for the three filtered views. Customer conditions also restrict transactions and activities. */
export function filterViewsSql(filters: Filters): string[] {
	const condition = (f: AttributeFilter) =>
		`CAST(${ident(f.column)} AS VARCHAR) IN ${literalList(f.values)}`;
	const customerConds = filters.attributes.filter((f) => f.table === 'customers').map(condition);
	const txConds = filters.attributes.filter((f) => f.table === 'transactions').map(condition);
	if (filters.segment) customerConds.push(segmentWhereSql(filters.segment, 'customers'));
	if (filters.from) txConds.push(`ts >= ${literal(filters.from)}::DATE`);
	if (filters.to) txConds.push(`ts < ${literal(filters.to)}::DATE + INTERVAL 1 DAY`);
	const where = (conds: string[]) => (conds.length ? `\nWHERE ${conds.join('\n\tAND ')}` : '');
	const inCustomers = customerConds.length
		? [`customer_id IN (SELECT customer_id FROM ${VIEW.customers})`]
		: [];
	return [
		`CREATE OR REPLACE TEMP VIEW ${VIEW.customers} AS SELECT * FROM customers${where(customerConds)}`,
		`CREATE OR REPLACE TEMP VIEW ${VIEW.transactions} AS SELECT * FROM transactions${where([...txConds, ...inCustomers])}`,
		`CREATE OR REPLACE TEMP VIEW ${VIEW.activities} AS SELECT * FROM activities${where(inCustomers)}`
	];
}

const activeFilters = new WeakMap<Engine, Filters>();

/** Point the views at the given filters; they stay in force for `refreshViews`. */
export async function applyFilters(engine: Engine, filters: Filters = NO_FILTERS): Promise<void> {
	activeFilters.set(engine, filters);
	for (const statement of filterViewsSql(filters)) await engine.exec(statement);
}

/** Rebuild the views after a table was replaced: DuckDB fixes a view's columns when it is created. */
export async function refreshViews(engine: Engine): Promise<void> {
	await applyFilters(engine, activeFilters.get(engine) ?? NO_FILTERS);
}

/** Distinct values of a column, most frequent first, for filter pickers. */
export async function attributeValues(
	engine: Engine,
	table: 'customers' | 'transactions',
	column: string,
	limit = 200
): Promise<{ value: string; rows: number }[]> {
	const sql = `SELECT CAST(${ident(column)} AS VARCHAR) AS value, count(*) AS rows
FROM ${ident(table)}
WHERE ${ident(column)} IS NOT NULL
GROUP BY ALL
ORDER BY rows DESC, value
LIMIT ?`;
	return (await engine.query(sql, [limit])).rows();
}

/** A column people can slice by: text-like with a manageable number of distinct values. */
export interface FilterableColumn {
	table: 'customers' | 'transactions';
	column: string;
	distinct: number;
}

const NOT_SLICEABLE = new Set([
	'_source_row',
	'customer_id',
	'invoice_id',
	'product_id',
	'product_name',
	'name',
	'churn_reason'
]);

/** Columns of the loaded tables worth offering as filters (2–100 distinct values). */
export async function filterableColumns(engine: Engine): Promise<FilterableColumn[]> {
	const columns = (
		await engine.query(`SELECT table_name, column_name FROM duckdb_columns()
WHERE table_name IN ('customers', 'transactions') AND NOT internal
	AND data_type IN ('VARCHAR', 'BOOLEAN')
ORDER BY table_name DESC, column_index`)
	)
		.rows<{ table_name: 'customers' | 'transactions'; column_name: string }>()
		.filter((c) => !NOT_SLICEABLE.has(c.column_name));
	if (!columns.length) return [];
	const counts = columns
		.map(
			(c, i) =>
				`SELECT ${i} AS i, count(DISTINCT ${ident(c.column_name)}) AS n FROM ${ident(c.table_name)}`
		)
		.join('\nUNION ALL\n');
	const distinct = new Map(
		(await engine.query(counts)).rows<{ i: number; n: number }>().map((r) => [r.i, r.n])
	);
	return columns
		.map((c, i) => ({ table: c.table_name, column: c.column_name, distinct: distinct.get(i) ?? 0 }))
		.filter((c) => c.distinct >= 2 && c.distinct <= 100);
}
