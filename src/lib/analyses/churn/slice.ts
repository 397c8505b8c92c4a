/**
 * Churn sliced by any dimension: rate with a 95% Wilson interval and lift against the overall
 * rate; the chi-square test of each dimension against churn ranks where to look first; two
 * dimensions crossed give a heatmap. Counts come from SQL, the statistics from plain TypeScript.
 */
import type { Engine } from '../../engine/engine';
import { churnCtes, churnTotalsSql, type ChurnParams } from './definition';
import {
	dimensionCtes,
	dimensionKey,
	dimensionLabel,
	needsRfm,
	type Dimension
} from './dimensions';
import { chiSquare, wilson, type ChiSquare } from './stats';

/** Churn over every customer the definition counts. */
export interface ChurnTotals {
	snapshot_date: string | null;
	customers: number;
	churned: number;
	/** churned / customers; null without customers. */
	rate: number | null;
	/** Churned customers with a reason. */
	with_reason: number;
	/** Customers the definition cannot judge (no flag value, or no purchase for inferred churn). */
	not_counted: number;
}

/** One segment of a dimension. */
export interface SliceRow {
	value: string;
	customers: number;
	churned: number;
	rate: number;
	ci_low: number;
	ci_high: number;
	/** rate / overall rate; null when the overall rate is 0. */
	lift: number | null;
}

/** One dimension's segments and its test against churn. */
export interface Slice {
	dimension: string;
	label: string;
	rows: SliceRow[];
	/** Segments × churned/stayed; null with fewer than two segments or no variation. */
	test: ChiSquare | null;
}

/** One cell of a two-dimension heatmap. */
interface HeatCell {
	a: string;
	b: string;
	customers: number;
	churned: number;
	rate: number;
}

/** Two dimensions crossed. */
export interface Heatmap {
	a_values: string[];
	b_values: string[];
	cells: HeatCell[];
}

/** Overall counts under the definition. */
export async function churnTotals(engine: Engine, params: ChurnParams): Promise<ChurnTotals> {
	type Row = Omit<ChurnTotals, 'rate'>;
	const [row] = (await engine.query(churnTotalsSql(params))).rows<Row>();
	return { ...row, rate: row.customers ? row.churned / row.customers : null };
}

/** Per dimension (by index) and value: customers and churned among the counted customers. */
export function sliceSql(params: ChurnParams, dimensions: readonly Dimension[]): string {
	const ctes = dimensions.map((d, i) => dimensionCtes(d, `dim_${i}`)).join(',\n');
	const selects = dimensions
		.map(
			(_, i) => `SELECT ${i} AS dimension, d.value, d.position, count(*) AS customers,
	count(*) FILTER (WHERE b.churned) AS churned
FROM churn_customers b JOIN dim_${i} d USING (customer_id)
WHERE b.eligible
GROUP BY d.value, d.position`
		)
		.join('\nUNION ALL\n');
	return `WITH ${churnCtes(params, needsRfm(dimensions))},
${ctes}
${selects}
ORDER BY dimension, position, value`;
}

/** Rate, interval and lift of one segment. */
export function sliceRow(
	value: string,
	customers: number,
	churned: number,
	overall: number | null
): SliceRow {
	const rate = customers ? churned / customers : 0;
	const [ci_low, ci_high] = wilson(churned, customers);
	return {
		value,
		customers,
		churned,
		rate,
		ci_low,
		ci_high,
		lift: overall ? rate / overall : null
	};
}

/** Every dimension's segments and test, in one query. */
export async function sliceChurn(
	engine: Engine,
	params: ChurnParams,
	dimensions: readonly Dimension[],
	overall: number | null
): Promise<Slice[]> {
	if (!dimensions.length) return [];
	type Row = { dimension: number; value: string; customers: number; churned: number };
	const rows = (await engine.query(sliceSql(params, dimensions))).rows<Row>();
	return dimensions.map((d, i) => {
		const own = rows.filter((r) => r.dimension === i);
		return {
			dimension: dimensionKey(d),
			label: dimensionLabel(d),
			rows: own.map((r) => sliceRow(r.value, r.customers, r.churned, overall)),
			test: chiSquare(own.map((r) => [r.churned, r.customers - r.churned]))
		};
	});
}

/** Dimensions ordered by how strongly they go with churn: Cramér's V, then p-value. */
export function rankSlices(slices: readonly Slice[]): Slice[] {
	return slices
		.filter((s) => s.test)
		.sort(
			(x, y) =>
				y.test!.cramers_v - x.test!.cramers_v ||
				x.test!.p_value - y.test!.p_value ||
				x.dimension.localeCompare(y.dimension)
		);
}

/** Customers and churned per pair of values of two dimensions. */
export function heatmapSql(params: ChurnParams, a: Dimension, b: Dimension): string {
	return `WITH ${churnCtes(params, needsRfm([a, b]))},
${dimensionCtes(a, 'dim_a')},
${dimensionCtes(b, 'dim_b')}
SELECT x.value AS a, x.position AS a_position, y.value AS b, y.position AS b_position,
	count(*) AS customers, count(*) FILTER (WHERE c.churned) AS churned
FROM churn_customers c
JOIN dim_a x USING (customer_id)
JOIN dim_b y USING (customer_id)
WHERE c.eligible
GROUP BY ALL
ORDER BY a_position, a, b_position, b`;
}

/** Churn rate for every combination of two dimensions' values. */
export async function churnHeatmap(
	engine: Engine,
	params: ChurnParams,
	a: Dimension,
	b: Dimension
): Promise<Heatmap> {
	type Row = HeatCell & { a_position: number; b_position: number };
	const rows = (await engine.query(heatmapSql(params, a, b))).rows<Row>();
	const ordered = (key: 'a' | 'b') => {
		const seen = new Map<string, number>();
		for (const r of rows) seen.set(r[key], r[`${key}_position`]);
		return [...seen].sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).map(([v]) => v);
	};
	return {
		a_values: ordered('a'),
		b_values: ordered('b'),
		cells: rows.map(({ a, b, customers, churned }) => ({
			a,
			b,
			customers,
			churned,
			rate: customers ? churned / customers : 0
		}))
	};
}
