/**
 * What churn can be sliced by, as SQL: each dimension becomes a CTE `(customer_id, value,
 * position)` over `churn_customers`, `position` ordering the values for display. Text values
 * beyond the 20 most common are grouped as "(other)"; numbers with many levels are binned into
 * fifths of customers; RFM segments and value tiers come from the RFM and tiers analyses.
 */
import { ident, literal } from '../../engine/sql';
import { DEFAULT_TIERS, tierAssignmentCtes, type TierSpec } from '../tiers/tiers';
import { MAX_NUMERIC_LEVELS, type CustomerColumn } from './columns';

/** A way to split customers into segments. */
export type Dimension =
	| { kind: 'column'; column: string; binned?: boolean; numeric?: boolean }
	| { kind: 'rfm_segment' }
	| { kind: 'value_tier'; tiers?: readonly TierSpec[] }
	| { kind: 'tenure' }
	| { kind: 'first_product' }
	| { kind: 'first_category' };

/** Dimensions that are not columns, by the name the CLI and the URL use. */
export const DERIVED_DIMENSIONS = {
	rfm_segment: 'RFM segment',
	value_tier: 'Value tier',
	tenure_bucket: 'Tenure',
	first_product: 'First product bought',
	first_category: 'First category bought'
} as const;

/** Values shown one by one; the rest are "(other)". */
export const TOP_VALUES = 20;

/** Tenure buckets: [lower bound in days, label]. */
export const TENURE_BUCKETS: readonly [number, string][] = [
	[0, '< 3 months'],
	[91, '3–6 months'],
	[183, '6–12 months'],
	[365, '1–2 years'],
	[730, '2+ years']
];

/** The stable name of a dimension (column name, or one of DERIVED_DIMENSIONS). */
export function dimensionKey(d: Dimension): string {
	if (d.kind === 'column') return d.column;
	return d.kind === 'tenure' ? 'tenure_bucket' : d.kind;
}

/** How a dimension is labelled for people. */
export function dimensionLabel(d: Dimension): string {
	if (d.kind === 'column')
		return d.column.replaceAll('_', ' ').replace(/^\w/, (c) => c.toUpperCase());
	return DERIVED_DIMENSIONS[dimensionKey(d) as keyof typeof DERIVED_DIMENSIONS];
}

/** The dimension named `key`: a derived one, else a profiled customers column. */
export function parseDimension(key: string, columns: readonly CustomerColumn[]): Dimension | null {
	const derived: Record<string, Dimension> = {
		rfm_segment: { kind: 'rfm_segment' },
		value_tier: { kind: 'value_tier' },
		tenure_bucket: { kind: 'tenure' },
		first_product: { kind: 'first_product' },
		first_category: { kind: 'first_category' }
	};
	const column = columns.find((c) => c.column.toLowerCase() === key.toLowerCase());
	if (column) return columnDimension(column);
	return derived[key] ?? null;
}

/** A column as a dimension: numbers with many levels binned, few levels ordered numerically. */
export function columnDimension(c: CustomerColumn): Dimension {
	return {
		kind: 'column',
		column: c.column,
		numeric: c.numeric,
		binned: c.numeric && c.distinct > MAX_NUMERIC_LEVELS
	};
}

/** Whether the dimension needs the RFM CTEs. */
export function needsRfm(dimensions: readonly Dimension[]): boolean {
	return dimensions.some((d) => d.kind === 'rfm_segment');
}

const textOf = (expr: string) => `nullif(trim(CAST(${expr} AS VARCHAR)), '')`;

/** Raw values → the top values by count (or numeric order), the rest "(other)", NULL "(missing)". */
function lumped(name: string, rawSelect: string, numericOrder: boolean): string {
	const order = numericOrder ? 'TRY_CAST(raw AS DOUBLE), raw' : 'count(*) DESC, raw';
	return `${name}_raw AS (
	${rawSelect}
),
${name}_rank AS (
	SELECT raw, row_number() OVER (ORDER BY ${order}) AS position
	FROM ${name}_raw WHERE raw IS NOT NULL GROUP BY raw
),
${name} AS (
	SELECT r.customer_id,
		CASE WHEN r.raw IS NULL THEN '(missing)' WHEN k.position <= ${TOP_VALUES} THEN r.raw ELSE '(other)' END AS value,
		CASE WHEN r.raw IS NULL THEN ${TOP_VALUES + 2} WHEN k.position <= ${TOP_VALUES} THEN k.position ELSE ${TOP_VALUES + 1} END AS position
	FROM ${name}_raw r LEFT JOIN ${name}_rank k USING (raw)
)`;
}

function binned(name: string, column: string): string {
	const fmt = (x: string) => `format('{:.10g}', ${x})`;
	return `${name}_raw AS (
	SELECT b.customer_id, TRY_CAST(${textOf(`c.${ident(column)}`)} AS DOUBLE) AS raw
	FROM churn_customers b LEFT JOIN customer_rows c USING (customer_id)
),
${name}_cuts AS (
	SELECT quantile_disc(raw, [0.2, 0.4, 0.6, 0.8]) AS q FROM ${name}_raw
),
${name}_bins AS (
	SELECT r.customer_id, r.raw,
		CASE WHEN r.raw IS NOT NULL THEN (r.raw > k.q[1])::INTEGER + (r.raw > k.q[2])::INTEGER
			+ (r.raw > k.q[3])::INTEGER + (r.raw > k.q[4])::INTEGER END AS bin
	FROM ${name}_raw r CROSS JOIN ${name}_cuts k
),
${name}_labels AS (
	SELECT bin, ${fmt('min(raw)')} || '–' || ${fmt('max(raw)')} AS label
	FROM ${name}_bins WHERE bin IS NOT NULL GROUP BY bin
),
${name} AS (
	SELECT b.customer_id, coalesce(l.label, '(missing)') AS value, coalesce(b.bin, 9) AS position
	FROM ${name}_bins b LEFT JOIN ${name}_labels l USING (bin)
)`;
}

/** Value tiers per customer, by the tiers analysis's own rule. */
function valueTiers(name: string, tiers: readonly TierSpec[]): string {
	return `${tierAssignmentCtes(name, tiers)},
${name} AS (
	SELECT b.customer_id, coalesce(k.tier_name, '(no purchase)') AS value, coalesce(k.tier, ${tiers.length}) AS position
	FROM churn_customers b
	LEFT JOIN ${name}_assigned a USING (customer_id)
	LEFT JOIN ${name}_cuts k ON k.tier = a.tier
)`;
}

function firstBought(name: string, field: 'product_name' | 'category'): string {
	const value = field === 'product_name' ? 'coalesce(product_name, product_id)' : 'category';
	return lumped(
		name,
		`SELECT b.customer_id, f.raw
	FROM churn_customers b LEFT JOIN (
		SELECT customer_id, first(${textOf(value)} ORDER BY ts, amount DESC, product_id) AS raw
		FROM value_lines WHERE NOT is_return AND coalesce(is_product, TRUE)
		GROUP BY customer_id
	) f USING (customer_id)`,
		false
	);
}

/** The CTEs defining dimension `d` as `name(customer_id, value, position)`. */
export function dimensionCtes(d: Dimension, name: string): string {
	switch (d.kind) {
		case 'column':
			return d.binned
				? binned(name, d.column)
				: lumped(
						name,
						`SELECT b.customer_id, ${textOf(`c.${ident(d.column)}`)} AS raw
	FROM churn_customers b LEFT JOIN customer_rows c USING (customer_id)`,
						Boolean(d.numeric)
					);
		case 'rfm_segment':
			return `${name} AS (
	SELECT b.customer_id, coalesce(r.segment, '(no purchase)') AS value, coalesce(o.position, 99) AS position
	FROM churn_customers b
	LEFT JOIN rfm_customers r USING (customer_id)
	LEFT JOIN segment_order o ON o.segment = r.segment
)`;
		case 'value_tier':
			return valueTiers(name, d.tiers ?? DEFAULT_TIERS);
		case 'tenure': {
			const cases = TENURE_BUCKETS.map(
				([from, label], i) => `WHEN tenure_days >= ${from} THEN ${literal(`${i}|${label}`)}`
			)
				.reverse()
				.join(' ');
			return `${name}_raw AS (
	SELECT customer_id, CASE ${cases} END AS bucket FROM churn_customers
),
${name} AS (
	SELECT customer_id, coalesce(split_part(bucket, '|', 2), '(unknown)') AS value,
		coalesce(CAST(split_part(bucket, '|', 1) AS INTEGER), 9) AS position
	FROM ${name}_raw
)`;
		}
		case 'first_product':
			return firstBought(name, 'product_name');
		case 'first_category':
			return firstBought(name, 'category');
	}
}
