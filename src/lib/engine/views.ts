import { rootEngine, type Engine } from './engine';
import { ident, literal, literalList, type SqlValue } from './sql';

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

/** A query returning a `customer_id` column, with the values bound to its `?` placeholders. */
export interface CustomerQuery {
	sql: string;
	params: SqlValue[];
}

/**
 * What the views apply, already compiled to SQL by the analyses layer (the engine knows no
 * segment or chart): a purchase date range, attribute conditions (AND across conditions),
 * conditions on the customers row, and drills.
 */
export interface ViewFilters {
	/** Inclusive, `YYYY-MM-DD`. */
	from?: string;
	/** Inclusive, `YYYY-MM-DD`. */
	to?: string;
	attributes: AttributeFilter[];
	/** Boolean SQL over a row of the `customers` table (e.g. a saved segment's predicate). */
	customerConditions?: string[];
	/**
	 * Customer sets picked in charts. Drill k is computed over the views as restricted by
	 * everything above and by drills 0…k−1, so it holds the customers the chart showed when it
	 * was clicked; the views then keep the customers in every drill.
	 */
	drills?: CustomerQuery[];
}

export const NO_FILTERS: ViewFilters = { attributes: [] };

/** The temp table holding drill `k`'s customers. */
export const drillTable = (k: number) => `drill_${k}`;

/**
 * SQL for the three filtered views with the first `drills` drills in force (their tables must
 * exist). Customer conditions also restrict transactions and activities.
 */
export function filterViewsSql(filters: ViewFilters, drills = 0): string[] {
	const condition = (f: AttributeFilter) =>
		`CAST(${ident(f.column)} AS VARCHAR) IN ${literalList(f.values)}`;
	const customerConds = filters.attributes.filter((f) => f.table === 'customers').map(condition);
	const txConds = filters.attributes.filter((f) => f.table === 'transactions').map(condition);
	customerConds.push(...(filters.customerConditions ?? []));
	if (filters.from) txConds.push(`ts >= ${literal(filters.from)}::DATE`);
	if (filters.to) txConds.push(`ts < ${literal(filters.to)}::DATE + INTERVAL 1 DAY`);
	// Drills restrict each view directly: a buyer missing from the customers file still counts.
	const inDrills = Array.from(
		{ length: drills },
		(_, k) => `customer_id IN (SELECT customer_id FROM ${drillTable(k)})`
	);
	const where = (conds: string[]) => (conds.length ? `\nWHERE ${conds.join('\n\tAND ')}` : '');
	const inCustomers = customerConds.length
		? [`customer_id IN (SELECT customer_id FROM ${VIEW.customers})`]
		: [];
	return [
		`CREATE OR REPLACE TEMP VIEW ${VIEW.customers} AS SELECT * FROM customers${where([...customerConds, ...inDrills])}`,
		`CREATE OR REPLACE TEMP VIEW ${VIEW.transactions} AS SELECT * FROM transactions${where([...txConds, ...inCustomers, ...inDrills])}`,
		`CREATE OR REPLACE TEMP VIEW ${VIEW.activities} AS SELECT * FROM activities${where([...inCustomers, ...inDrills])}`
	];
}

/** A drill whose query failed; the views keep the drills before it. */
export class DrillError extends Error {
	constructor(
		readonly index: number,
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'DrillError';
	}
}

/** Per engine: the filters in force, how many drills are computed and shown, and tables held. */
interface ViewState {
	filters: ViewFilters;
	shown: number;
	/** Drill tables computed for these filters (fewer than the drills after a failure). */
	ready: number;
	/** Drill tables that exist, so fewer drills drop the ones left over. */
	tables: number;
	failure: DrillError | null;
}
const states = new WeakMap<Engine, ViewState>();

/**
 * Per engine, bumped whenever the views start or finish changing (filters, drills, a reloaded table
 * through `refreshViews`): whatever was derived from the views at another generation is stale.
 */
const generations = new WeakMap<Engine, number>();
const nextGeneration = (engine: Engine) =>
	generations.set(rootEngine(engine), viewsGeneration(engine) + 1);

/** The current generation of the views (see `generations`). */
export function viewsGeneration(engine: Engine): number {
	return generations.get(rootEngine(engine)) ?? 0;
}

/** The drill the views last had to leave out, if any (also after a `refreshViews`). */
export function drillFailure(engine: Engine): DrillError | null {
	return states.get(engine)?.failure ?? null;
}

/**
 * Point the views at the given filters; they stay in force for `refreshViews`. Drills are
 * materialised one by one (each over the views so far); the views then apply the first `shown`
 * of them (all by default: a page that offers a kind of drill shows the data it was picked from).
 * When a drill fails the views keep the drills before it and a `DrillError` is thrown.
 */
export async function applyFilters(
	engine: Engine,
	filters: ViewFilters = NO_FILTERS,
	shown = Infinity
): Promise<void> {
	const drills = filters.drills ?? [];
	const state: ViewState = {
		filters,
		shown,
		ready: 0,
		tables: states.get(engine)?.tables ?? 0,
		failure: null
	};
	states.set(engine, state);
	nextGeneration(engine);
	try {
		for (const [k, drill] of drills.entries()) {
			for (const statement of filterViewsSql(filters, k)) await engine.exec(statement);
			try {
				await engine.query(
					`CREATE OR REPLACE TEMP TABLE ${drillTable(k)} AS
SELECT DISTINCT customer_id FROM (${drill.sql}) AS drilled WHERE customer_id IS NOT NULL`,
					drill.params
				);
			} catch (error) {
				throw (state.failure = new DrillError(k, error));
			}
			state.ready = k + 1;
			state.tables = Math.max(state.tables, k + 1);
		}
		for (let k = drills.length; k < state.tables; k++)
			await engine.exec(`DROP TABLE IF EXISTS ${drillTable(k)}`);
		state.tables = drills.length;
	} finally {
		await showDrills(engine, shown);
	}
}

/** Let the views apply only the first `shown` drills (already computed): a cheap switch. */
export async function showDrills(engine: Engine, shown: number): Promise<void> {
	const state = states.get(engine);
	if (!state) return applyFilters(engine, NO_FILTERS, shown);
	state.shown = shown;
	nextGeneration(engine);
	try {
		for (const statement of filterViewsSql(state.filters, Math.min(shown, state.ready)))
			await engine.exec(statement);
	} finally {
		nextGeneration(engine);
	}
}

/**
 * Rebuild the views after a table was replaced: DuckDB fixes a view's columns when it is created,
 * and drills are computed again on the new data. A drill that no longer runs (say, its column is
 * gone) is left out here; `drillFailure` reports it.
 */
export async function refreshViews(engine: Engine): Promise<void> {
	const state = states.get(engine);
	try {
		await applyFilters(engine, state?.filters ?? NO_FILTERS, state?.shown ?? Infinity);
	} catch (error) {
		if (!(error instanceof DrillError)) throw error;
	}
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
	// One aggregate list per table, in slices: a UNION of one query per column nests too deep for
	// DuckDB's parser on exports with hundreds of columns.
	const distinct = new Map<number, number>();
	const indexed = columns.map((c, i) => ({ ...c, i }));
	for (const table of ['customers', 'transactions'] as const) {
		const mine = indexed.filter((c) => c.table_name === table);
		for (let start = 0; start < mine.length; start += 200) {
			const slice = mine.slice(start, start + 200);
			const [row] = (
				await engine.query(
					`SELECT ${slice.map((c) => `count(DISTINCT ${ident(c.column_name)}) AS c${c.i}`).join(', ')} FROM ${ident(table)}`
				)
			).rows<Record<string, number>>();
			for (const c of slice) distinct.set(c.i, Number(row[`c${c.i}`]));
		}
	}
	return columns
		.map((c, i) => ({ table: c.table_name, column: c.column_name, distinct: distinct.get(i) ?? 0 }))
		.filter((c) => c.distinct >= 2 && c.distinct <= 100);
}
