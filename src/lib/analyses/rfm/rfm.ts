import type { Engine } from '../../engine/engine';
import { ident, literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { customerFactsCtes } from '../value/customer-facts';
import { cutProblems, DEFAULT_CUTS, DIMENSIONS, type Dimension, type ScoreBin } from './cuts';
import {
	cellSegments,
	DEFAULT_SEGMENT_MAP,
	describeProblem,
	segmentNames,
	validateSegmentMap
} from './segments';
import type {
	CustomerQuery,
	RfmCell,
	RfmCustomer,
	RfmParams,
	RfmResult,
	RfmSegment,
	Stat
} from './types';
import { withCachedFacts } from '../value/facts-cache';

export type * from './types';

const SCORE_COLUMN: Record<Dimension, string> = { recency: 'r', frequency: 'f', monetary: 'm' };

const CUSTOMER_KEYS: readonly (keyof RfmCustomer)[] = [
	'customer_id',
	'name',
	'recency',
	'frequency',
	'monetary',
	'r',
	'f',
	'm',
	'segment'
];

function scoreSql(dimension: Dimension, params: RfmParams): string {
	const column = ident(dimension);
	if (params.scoring === 'thresholds') {
		const cuts = (params.cuts ?? DEFAULT_CUTS)[dimension].map(literal);
		return dimension === 'recency'
			? `5 - ${cuts.map((c) => `(${column} > ${c})::INTEGER`).join(' - ')}`
			: `1 + ${cuts.map((c) => `(${column} >= ${c})::INTEGER`).join(' + ')}`;
	}
	const order = dimension === 'recency' ? 'DESC' : 'ASC';
	return `1 + (5 * (rank() OVER (ORDER BY ${column} ${order}) - 1)) // count(*) OVER ()`;
}

function checked(params: RfmParams): RfmParams {
	const map = params.segments ?? DEFAULT_SEGMENT_MAP;
	const problems = validateSegmentMap(map);
	if (problems.length) throw new Error(`Invalid segment map: ${describeProblem(problems[0])}`);
	if (params.scoring === 'thresholds') {
		const bad = cutProblems(params.cuts ?? DEFAULT_CUTS);
		if (bad.length) throw new Error(`Invalid thresholds: ${bad[0]}`);
	}
	return { ...params, segments: map };
}

/**
 * CTEs up to `rfm_customers` (customer_id, recency, frequency, monetary, r, f, m, segment),
 * plus `segment_cells` (r, f, segment) and `segment_order` (segment, position).
 */
export function rfmCtes(input: RfmParams = {}): string {
	const params = checked(input);
	const cells = cellSegments(params.segments!)
		.map((c) => `(${c.r}, ${c.f}, ${literal(c.segment)})`)
		.join(', ');
	const order = segmentNames(params.segments!)
		.map((name, i) => `(${literal(name)}, ${i})`)
		.join(', ');
	return `${customerFactsCtes(params)},
rfm_values AS (
	SELECT customer_id, date_diff('day', last_purchase::DATE, params.snapshot) AS recency, frequency, monetary
	FROM customer_facts, params
),
rfm_scores AS (
	SELECT
		*,
		${scoreSql('recency', params)} AS r,
		${scoreSql('frequency', params)} AS f,
		CASE WHEN monetary IS NOT NULL THEN ${scoreSql('monetary', params)} END AS m
	FROM rfm_values
),
segment_cells AS (
	SELECT * FROM (VALUES ${cells}) AS cell(r, f, segment)
),
segment_order AS (
	SELECT * FROM (VALUES ${order}) AS named(segment, position)
),
rfm_customers AS (
	SELECT s.customer_id, s.recency, s.frequency, s.monetary, s.r, s.f, s.m, c.segment
	FROM rfm_scores s
	JOIN segment_cells c USING (r, f)
)`;
}

/** Snapshot, customer count, revenue, and mean/median per dimension: one row. */
function rfmSummarySql(params: RfmParams = {}): string {
	const stats = DIMENSIONS.map(
		(d) => `round(avg(${d}), 2) AS ${d}_mean, round(median(${d}), 2) AS ${d}_median`
	).join(',\n\t');
	return `WITH ${rfmCtes(params)}
SELECT
	(SELECT strftime(snapshot, '%Y-%m-%d') FROM params) AS snapshot_date,
	count(*) AS customers,
	coalesce(round(sum(monetary), 2), 0) AS revenue,
	count(monetary) = 0 AS monetary_missing,
	${stats}
FROM rfm_customers`;
}

/** Min, max and customers per dimension and score, every score listed even when empty. */
function rfmThresholdsSql(params: RfmParams = {}): string {
	const bins = DIMENSIONS.map(
		(
			d
		) => `SELECT ${literal(d)} AS dimension, ${SCORE_COLUMN[d]} AS score, min(${d}) AS min, max(${d}) AS max, count(*) AS customers
	FROM rfm_customers
	GROUP BY ALL`
	).join('\n\tUNION ALL\n\t');
	const dims = DIMENSIONS.map((d, i) => `(${literal(d)}, ${i})`).join(', ');
	return `WITH ${rfmCtes(params)},
bins AS (
	${bins}
),
grid AS (
	SELECT d.dimension, d.position, s.score
	FROM (VALUES ${dims}) AS d(dimension, position)
	CROSS JOIN range(1, 6) AS s(score)
)
SELECT g.dimension, g.score, b.min, b.max, coalesce(b.customers, 0) AS customers
FROM grid g
LEFT JOIN bins b USING (dimension, score)
ORDER BY g.position, g.score`;
}

/** The 25 cells of the R×F grid, R then F ascending, with customers, revenue and segment. */
function rfmCellsSql(params: RfmParams = {}): string {
	return `WITH ${rfmCtes(params)}
SELECT
	c.r,
	c.f,
	count(x.customer_id) AS customers,
	coalesce(round(sum(x.monetary), 2), 0) AS revenue,
	round(avg(x.monetary), 2) AS avg_monetary,
	c.segment
FROM segment_cells c
LEFT JOIN rfm_customers x USING (r, f)
GROUP BY c.r, c.f, c.segment
ORDER BY c.r, c.f`;
}

/** Every named segment with its customers and revenue, largest revenue first. */
function rfmSegmentsSql(params: RfmParams = {}): string {
	return `WITH ${rfmCtes(params)},
totals AS (
	SELECT count(*) AS customers, sum(monetary) AS revenue FROM rfm_customers
)
SELECT
	o.segment,
	count(x.customer_id) AS customers,
	coalesce(round(sum(x.monetary), 2), 0) AS revenue,
	coalesce(round(count(x.customer_id) / nullif(any_value(t.customers), 0), 4), 0) AS customer_share,
	coalesce(round(sum(x.monetary) / nullif(any_value(t.revenue), 0), 4), 0) AS revenue_share
FROM segment_order o
CROSS JOIN totals t
LEFT JOIN rfm_customers x USING (segment)
GROUP BY o.segment, o.position
ORDER BY revenue DESC, o.position`;
}

/** Scored customers with their name, filtered by segment and/or cell; `?` binds the filters. */
export function rfmCustomersSql(
	params: RfmParams,
	query: CustomerQuery
): { sql: string; params: (string | number)[] } {
	const key = query.orderBy?.key ?? 'monetary';
	if (!CUSTOMER_KEYS.includes(key)) throw new Error(`Cannot order customers by "${key}"`);
	const where: string[] = [];
	const values: (string | number)[] = [];
	for (const [column, value] of [
		['segment', query.segment],
		['r', query.r],
		['f', query.f]
	] as const)
		if (value !== undefined) {
			where.push(`x.${column} = ?`);
			values.push(value);
		}
	const descending = query.orderBy?.descending ?? key === 'monetary';
	const direction = descending ? 'DESC' : 'ASC';
	return {
		sql: `WITH ${rfmCtes(params)},
names AS (
	SELECT customer_id, any_value(name) AS name FROM ${VIEW.customers} GROUP BY customer_id
)
SELECT x.customer_id, n.name, x.recency, x.frequency, x.monetary, x.r, x.f, x.m, x.segment
FROM rfm_customers x
LEFT JOIN names n USING (customer_id)${where.length ? `\nWHERE ${where.join(' AND ')}` : ''}
ORDER BY ${ident(key)} ${direction}, x.customer_id
${query.limit === undefined ? '' : 'LIMIT ? '}OFFSET ?`,
		params: [...values, ...(query.limit === undefined ? [] : [query.limit]), query.offset ?? 0]
	};
}

/** Every statement the runners issue, for validation. */
export function rfmStatements(params: RfmParams = {}): string[] {
	return [
		rfmSummarySql(params),
		rfmThresholdsSql(params),
		rfmCellsSql(params),
		rfmSegmentsSql(params)
	];
}

interface SummaryRow {
	snapshot_date: string;
	customers: number;
	revenue: number;
	monetary_missing: boolean;
	[stat: string]: number | string | boolean | null;
}

/** RFM scores, thresholds, the R×F grid and the named segments at one snapshot. */
export async function rfm(engine: Engine, params: RfmParams = {}): Promise<RfmResult> {
	const [summarySql, thresholdsSql, cellsSql, segmentsSql] = rfmStatements(
		await withCachedFacts(engine, params)
	);
	const [summary] = (await engine.query(summarySql)).rows<SummaryRow>();
	const bins = (await engine.query(thresholdsSql)).rows<ScoreBin & { dimension: Dimension }>();
	const cells = (await engine.query(cellsSql)).rows<RfmCell>();
	const segments = (await engine.query(segmentsSql)).rows<RfmSegment>();
	const stat = (d: Dimension): Stat => ({
		mean: summary[`${d}_mean`] as number | null,
		median: summary[`${d}_median`] as number | null
	});
	const thresholds = Object.fromEntries(
		DIMENSIONS.map((d) => [
			d,
			bins.filter((b) => b.dimension === d).map(({ dimension: _, ...bin }) => bin)
		])
	) as Record<Dimension, ScoreBin[]>;
	const matrix = [1, 2, 3, 4, 5].map((r) => cells.filter((c) => c.r === r).map((c) => c.customers));
	return {
		snapshot_date: summary.snapshot_date,
		customers: summary.customers,
		revenue: summary.revenue,
		monetary_missing: summary.monetary_missing,
		recency: stat('recency'),
		frequency: stat('frequency'),
		monetary: stat('monetary'),
		thresholds,
		segments,
		matrix,
		cells
	};
}

/** One page of scored customers, by default the most valuable first. */
export async function rfmCustomers(
	engine: Engine,
	params: RfmParams,
	query: CustomerQuery
): Promise<RfmCustomer[]> {
	const { sql, params: values } = rfmCustomersSql(await withCachedFacts(engine, params), query);
	return (await engine.query(sql, values)).rows<RfmCustomer>();
}
