/**
 * The 18-class customer matrix: attractiveness A/B/C × relationship stage 1–6.
 *
 * Periods: the last period is the `months` months before the snapshot, the previous period the
 * `months` before that. A purchase is a non-return line; revenue is net (returns per `returns`).
 * Customers with no purchase in either period are not staged, only counted.
 *
 * Stage: volume = tertiles (`ntile(3)`, ties by customer_id) of last-period revenue among customers
 * who bought in the last period: high, medium, low. Trend: declining when there was no purchase in
 * the last period or last ≤ (1 + decline) × previous; growing when new in the last period, when the
 * previous revenue was ≤ 0 and the last is > 0, or last ≥ (1 + growth) × previous; else stable.
 * Declining → 6; growing → 2 (high/medium volume) or 4 (low, "potential"); stable → 1 (high),
 * 3 (medium), 5 (low).
 *
 * Attractiveness among the staged customers: by default tertiles of lifetime profit when costs
 * exist, else of average order value (net revenue / invoices), ties by customer_id, A = top third;
 * or a customer attribute whose values the user maps to A/B/C (unmapped values → `otherwise`).
 */
import type { Engine } from '../../engine/engine';
import { ident, type SqlValue } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { basisPoints, centsSql, hasCost, run, wholeNumber, type BoundSql } from '../pareto/curve';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';
import type { Bilingual } from '../../i18n/bilingual';
import { STRATEGIES, type Attractiveness, type MatrixClass, type Stage } from './strategies';
import { withCachedFacts } from '../value/facts-cache';

/** What A/B/C is computed from. */
export type AttractivenessBasis = 'profit' | 'aov' | 'attribute';

/** A customer attribute mapped to A/B/C by the user. */
export interface AttributeRating {
	column: string;
	classes: Record<string, Attractiveness>;
	/** Class for values not in `classes` and for missing values; default C. */
	otherwise?: Attractiveness;
}

/** Options of the matrix. */
export interface MatrixParams extends ValueParams {
	/** Length of each of the two periods, default 6. */
	months?: number;
	/** Growing fast at or above this change, default 0.5 (+50%). */
	growth?: number;
	/** Declining at or below this change, default −0.3 (−30%). */
	decline?: number;
	/** Rate by a customer attribute instead of by value. */
	attribute?: AttributeRating;
}

/** One of the 18 cells. */
export interface MatrixCell {
	class: MatrixClass;
	attractiveness: Attractiveness;
	stage: Stage;
	customers: number;
	/** Net revenue in the last period. */
	revenue: number;
	previous_revenue: number;
	strategy: Bilingual;
}

/** One staged customer. */
export interface MatrixCustomer {
	customer_id: string;
	name: string | null;
	class: MatrixClass;
	attractiveness: Attractiveness;
	stage: Stage;
	trend: 'growing' | 'stable' | 'declining';
	volume: 'high' | 'medium' | 'low' | null;
	revenue: number;
	previous_revenue: number;
}

/** The matrix with its periods and population. */
export interface Matrix {
	basis: AttractivenessBasis;
	snapshot: string;
	last_start: string;
	previous_start: string;
	staged: number;
	not_staged: number;
	cells: MatrixCell[];
}

/** CTEs up to `rated`: one row per staged customer with stage and attractiveness. */
export function matrixCtes(params: MatrixParams, basis: AttractivenessBasis): BoundSql {
	const { months = 6, growth = 0.5, decline = -0.3, attribute, ...value } = params;
	const values: SqlValue[] = [
		wholeNumber(months, 'months', 1),
		basisPoints(growth, 'growth', 0, 100),
		basisPoints(decline, 'decline', -1, 0)
	];
	let rated: string;
	if (basis === 'attribute') {
		if (!attribute) throw new Error('The attribute basis needs an attribute');
		const pairs = Object.entries(attribute.classes);
		values.push(...pairs.flat(), attribute.otherwise ?? 'C');
		const map = pairs.length
			? `SELECT * FROM (VALUES ${pairs.map(() => '(?, ?)').join(', ')}) AS m(value, class)`
			: 'SELECT NULL::VARCHAR AS value, NULL::VARCHAR AS class WHERE false';
		rated = `attr_map AS (${map}),
attr AS (
	SELECT customer_id, min(CAST(${ident(attribute.column)} AS VARCHAR)) AS value
	FROM ${VIEW.customers} GROUP BY customer_id
),
rated AS (
	SELECT t.*, coalesce(m.class, ?) AS attractiveness
	FROM trended t LEFT JOIN attr USING (customer_id) LEFT JOIN attr_map m USING (value)
)`;
	} else {
		const metric =
			basis === 'profit' ? centsSql('profit') : `${centsSql('monetary')}::DOUBLE / frequency`;
		rated = `rated AS (
	SELECT *, CASE ntile(3) OVER (ORDER BY ${metric} DESC NULLS LAST, customer_id)
		WHEN 1 THEN 'A' WHEN 2 THEN 'B' ELSE 'C' END AS attractiveness
	FROM trended
)`;
	}
	const sql = `WITH ${customerFactsCtes(value)},
knobs AS (SELECT ?::INTEGER AS months, ?::BIGINT AS grow_bp, ?::BIGINT AS decline_bp),
periods AS (
	SELECT snapshot, snapshot - to_months(months) AS last_start,
		snapshot - to_months(2 * months) AS prev_start
	FROM params, knobs
),
activity AS (
	SELECT v.customer_id,
		${centsSql('coalesce(sum(v.amount) FILTER (WHERE v.ts >= p.last_start), 0)')} AS last_cents,
		${centsSql('coalesce(sum(v.amount) FILTER (WHERE v.ts < p.last_start), 0)')} AS prev_cents,
		coalesce(bool_or(NOT v.is_return AND v.ts >= p.last_start), false) AS bought_last,
		coalesce(bool_or(NOT v.is_return AND v.ts < p.last_start), false) AS bought_prev
	FROM value_lines v, periods p
	WHERE v.ts >= p.prev_start
	GROUP BY v.customer_id
),
staged AS (
	SELECT a.*, f.monetary, f.frequency, f.profit,
		CASE WHEN a.bought_last
			THEN ntile(3) OVER (PARTITION BY a.bought_last ORDER BY a.last_cents DESC, a.customer_id)
		END AS volume
	FROM activity a JOIN customer_facts f USING (customer_id)
	WHERE a.bought_last OR a.bought_prev
),
trended AS (
	SELECT s.*, CASE
		WHEN NOT s.bought_last
			OR (s.prev_cents > 0 AND s.last_cents::HUGEINT * 10000 <= (10000 + k.decline_bp) * s.prev_cents)
			THEN 'declining'
		WHEN NOT s.bought_prev OR (s.prev_cents <= 0 AND s.last_cents > 0)
			OR (s.prev_cents > 0 AND s.last_cents::HUGEINT * 10000 >= (10000 + k.grow_bp) * s.prev_cents)
			THEN 'growing'
		ELSE 'stable' END AS trend
	FROM staged s, knobs k
),
${rated},
classified AS (
	SELECT *, CASE
		WHEN trend = 'declining' THEN 6
		WHEN trend = 'growing' THEN CASE WHEN volume <= 2 THEN 2 ELSE 4 END
		ELSE CASE volume WHEN 1 THEN 1 WHEN 2 THEN 3 ELSE 5 END END AS stage
	FROM rated
)`;
	return { sql, params: values };
}

/** The 18 cells, A1 … C6, empty ones included. */
export function matrixCellsSql(params: MatrixParams, basis: AttractivenessBasis): BoundSql {
	const { sql, params: values } = matrixCtes(params, basis);
	return {
		sql: `${sql}
SELECT
	a.attractiveness || s.stage AS class,
	a.attractiveness,
	s.stage::INTEGER AS stage,
	count(c.customer_id) AS customers,
	coalesce(sum(c.last_cents), 0)::DOUBLE / 100 AS revenue,
	coalesce(sum(c.prev_cents), 0)::DOUBLE / 100 AS previous_revenue
FROM (VALUES ('A'), ('B'), ('C')) AS a(attractiveness)
	CROSS JOIN range(1, 7) AS s(stage)
	LEFT JOIN classified c ON c.attractiveness = a.attractiveness AND c.stage = s.stage
GROUP BY a.attractiveness, s.stage
ORDER BY a.attractiveness, s.stage`,
		params: values
	};
}

/** Periods and how many customers were staged. */
export function matrixSummarySql(params: MatrixParams, basis: AttractivenessBasis): BoundSql {
	const { sql, params: values } = matrixCtes(params, basis);
	return {
		sql: `${sql}
SELECT
	strftime(p.snapshot, '%Y-%m-%d') AS snapshot,
	strftime(p.last_start, '%Y-%m-%d') AS last_start,
	strftime(p.prev_start, '%Y-%m-%d') AS previous_start,
	(SELECT count(*) FROM classified) AS staged,
	(SELECT count(*) FROM customer_facts) - (SELECT count(*) FROM classified) AS not_staged
FROM periods p`,
		params: values
	};
}

/** Every staged customer with class, trend and volume. */
export function matrixCustomersSql(params: MatrixParams, basis: AttractivenessBasis): BoundSql {
	const { sql, params: values } = matrixCtes(params, basis);
	return {
		sql: `${sql}
SELECT
	customer_id,
	n.name,
	attractiveness || stage AS class,
	attractiveness,
	stage,
	trend,
	CASE volume WHEN 1 THEN 'high' WHEN 2 THEN 'medium' WHEN 3 THEN 'low' END AS volume,
	last_cents::DOUBLE / 100 AS revenue,
	prev_cents::DOUBLE / 100 AS previous_revenue
FROM classified
	LEFT JOIN (SELECT customer_id, min(name) AS name FROM ${VIEW.customers} GROUP BY customer_id) AS n
	USING (customer_id)
ORDER BY attractiveness, stage, last_cents DESC, customer_id`,
		params: values
	};
}

/** The basis the matrix uses: the attribute when given, else profit when costs exist, else AOV. */
export async function matrixBasis(
	engine: Engine,
	params: MatrixParams
): Promise<AttractivenessBasis> {
	if (params.attribute) return 'attribute';
	return (await hasCost(engine)) ? 'profit' : 'aov';
}

/** The 18-class matrix with strategies; null when no transactions are loaded (no periods). */
export async function matrix(engine: Engine, input: MatrixParams = {}): Promise<Matrix | null> {
	const params = await withCachedFacts(engine, input);
	const basis = await matrixBasis(engine, params);
	const [summary] = await run<Omit<Matrix, 'basis' | 'cells'>>(
		engine,
		matrixSummarySql(params, basis)
	);
	if (summary.snapshot === null) return null;
	const cells = await run<Omit<MatrixCell, 'strategy'>>(engine, matrixCellsSql(params, basis));
	return {
		basis,
		...summary,
		cells: cells.map((cell) => ({ ...cell, strategy: STRATEGIES[cell.class] }))
	};
}

/** Every staged customer with its class. */
export async function matrixCustomers(
	engine: Engine,
	params: MatrixParams = {}
): Promise<MatrixCustomer[]> {
	const cached = await withCachedFacts(engine, params);
	return run<MatrixCustomer>(engine, matrixCustomersSql(cached, await matrixBasis(engine, params)));
}
