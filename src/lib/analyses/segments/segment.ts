import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { customerFactsCtes } from '../value/customer-facts';
import { asOfSql, nodeSql, type CompileContext } from './compile';
import type { SegmentDefinition } from './types';

/** A customer in a segment, with the value figures a list needs. */
export interface SegmentCustomer {
	customer_id: string;
	name: string | null;
	region: string | null;
	branch: string | null;
	owner_rep: string | null;
	membership: string | null;
	/** `YYYY-MM-DD`; null for customers who never bought before the as-of date. */
	last_purchase: string | null;
	orders: number;
	revenue: number;
}

/** How many customers each top-level condition keeps: cumulative under AND, alone under OR/NOT. */
export interface SegmentCounts {
	/** Null when there are no transactions and no as-of date: time conditions then hold for nobody. */
	as_of: string | null;
	/** Customers in the (globally filtered) customer base. */
	total: number;
	matched: number;
	steps: number[];
}

const context = (asOf: string | null): CompileContext => ({
	asOf: asOfSql(asOf ?? undefined),
	customer: 'c'
});

/** The as-of date: the given day, else the definition's, else the day after the last transaction. */
export async function resolveAsOf(engine: Engine, asOf?: string): Promise<string | null> {
	if (asOf) return asOf;
	const sql = `SELECT strftime(${asOfSql()}, '%Y-%m-%d') AS as_of`;
	return (await engine.query(sql)).rows<{ as_of: string | null }>()[0]?.as_of ?? null;
}

/** The customers of a segment, most revenue first; `limit` cuts the list (the CSV takes all). */
export function segmentCustomersSql(
	definition: SegmentDefinition,
	asOf: string | null,
	limit?: number
) {
	return `WITH ${customerFactsCtes({ snapshot: asOf ?? undefined })},
matched AS (
	SELECT c.customer_id, c.name, c.region, c.branch, c.owner_rep, c.membership
	FROM ${VIEW.customers} c
	WHERE ${nodeSql(definition.root, context(asOf), 1)}
)
SELECT m.customer_id, m.name, m.region, m.branch, m.owner_rep, m.membership,
	strftime(f.last_purchase, '%Y-%m-%d') AS last_purchase,
	coalesce(f.frequency, 0) AS orders,
	coalesce(f.monetary, 0) AS revenue
FROM matched m LEFT JOIN customer_facts f ON f.customer_id = m.customer_id
ORDER BY revenue DESC, m.customer_id${limit === undefined ? '' : `\nLIMIT ${literal(Math.max(0, Math.floor(limit)))}`}`;
}

/** The segment's count, the base it is taken from, and each top-level condition's count. */
export function segmentCountsSql(definition: SegmentDefinition, asOf: string | null): string {
	const ctx = context(asOf);
	const { op, children } = definition.root;
	const steps = children.map((_, i) => `step_${i}`);
	const flags = children.map((child, i) => `${nodeSql(child, ctx, 1)} AS ${steps[i]}`);
	const upTo = (i: number) => (op === 'and' ? steps.slice(0, i + 1).join(' AND ') : steps[i]);
	const any = steps.length ? steps.join(' OR ') : 'FALSE';
	const matched = op === 'and' ? steps.join(' AND ') || 'TRUE' : op === 'or' ? any : `NOT (${any})`;
	return `WITH flags AS (
	SELECT ${[...flags, 'TRUE AS customer'].join(',\n\t')}
	FROM ${VIEW.customers} c
)
SELECT count(*) AS total,
	${[...steps.map((s, i) => `count(*) FILTER (WHERE ${upTo(i)}) AS ${s}`), `count(*) FILTER (WHERE ${matched}) AS matched`].join(',\n\t')}
FROM flags`;
}

/** Count a segment (the live count of the builder) at the resolved as-of date. */
export async function segmentCounts(
	engine: Engine,
	definition: SegmentDefinition,
	asOf?: string
): Promise<SegmentCounts> {
	const day = await resolveAsOf(engine, asOf ?? definition.as_of);
	const row = (await engine.query(segmentCountsSql(definition, day))).rows<
		Record<string, number>
	>()[0];
	return {
		as_of: day,
		total: row.total,
		matched: row.matched,
		steps: definition.root.children.map((_, i) => row[`step_${i}`])
	};
}

/** The customers of a segment at the resolved as-of date. */
export async function segmentCustomers(
	engine: Engine,
	definition: SegmentDefinition,
	options: { asOf?: string; limit?: number } = {}
): Promise<{ as_of: string | null; customers: SegmentCustomer[] }> {
	const day = await resolveAsOf(engine, options.asOf ?? definition.as_of);
	const sql = segmentCustomersSql(definition, day, options.limit);
	return { as_of: day, customers: (await engine.query(sql)).rows<SegmentCustomer>() };
}
