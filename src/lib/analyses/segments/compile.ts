import { column, ident, literal, literalList } from '../../engine/sql';
import type {
	AttributeCondition,
	Condition,
	GroupNode,
	OrdersCondition,
	Period,
	SegmentDefinition,
	SegmentNode
} from './types';

/**
 * Conditions read the loaded tables, not the filtered views: a segment can then itself define
 * the views (a global filter) and behaviour is judged on each customer's whole history.
 */
const TRANSACTIONS = 'transactions';
const ACTIVITIES = 'activities';

/** Where a predicate is evaluated: the as-of date (a DATE expression) and the customers row. */
export interface CompileContext {
	asOf: string;
	/** Name or alias of the customers relation in the enclosing query. */
	customer: string;
}

/** The as-of date as SQL: the given day, or the day after the last loaded transaction. */
export function asOfSql(asOf?: string): string {
	return asOf ? `${literal(asOf)}::DATE` : `(SELECT max(ts)::DATE + 1 FROM ${TRANSACTIONS})`;
}

/** The WHERE predicate of a segment over the customers relation `customer` (never NULL). */
export function segmentWhereSql(definition: SegmentDefinition, customer = 'c'): string {
	return nodeSql(definition.root, { asOf: asOfSql(definition.as_of), customer });
}

/**
 * A node as a boolean SQL expression; every leaf is coalesced so NOT never meets a NULL. Nesting
 * is indented as the text is built (`depth` tabs), never afterwards: a literal may hold a newline.
 */
export function nodeSql(node: SegmentNode, ctx: CompileContext, depth = 0): string {
	return node.kind === 'group' ? groupSql(node, ctx, depth) : conditionSql(node, ctx, depth);
}

const tabs = (depth: number) => '\t'.repeat(depth);

function groupSql(node: GroupNode, ctx: CompileContext, depth: number): string {
	const parts = node.children.map((child) => nodeSql(child, ctx, depth + 1));
	const inner = tabs(depth + 1);
	const join = (op: string) => `(\n${inner}${parts.join(`\n${inner}${op} `)}\n${tabs(depth)})`;
	if (node.op === 'and') return parts.length ? join('AND') : 'TRUE';
	if (node.op === 'or') return parts.length ? join('OR') : 'FALSE';
	return parts.length ? `NOT ${join('OR')}` : 'TRUE';
}

function conditionSql(c: Condition, ctx: CompileContext, depth: number): string {
	const id = column(ctx.customer, 'customer_id');
	const block = (lines: string[]) => lines.map((l) => `\n${tabs(depth + 1)}${l}`).join('');
	const among = (lines: string[]) => `coalesce(${id} IN (${block(lines)}\n${tabs(depth)}), FALSE)`;
	switch (c.kind) {
		case 'attribute':
			return attributeSql(c, column(ctx.customer, c.column));
		case 'bought': {
			const field = ident(c.field);
			const values = [...new Set(c.values)];
			const conds = [
				'customer_id IS NOT NULL',
				'NOT is_return',
				`${field} IN ${literalList(values)}`,
				...windowSql('ts', c.within, ctx)
			];
			const all =
				c.match === 'all'
					? ['GROUP BY customer_id', `HAVING count(DISTINCT ${field}) = ${values.length}`]
					: [];
			return among([
				`SELECT customer_id FROM ${TRANSACTIONS}`,
				`WHERE ${conds.join(' AND ')}`,
				...all
			]);
		}
		case 'orders':
			return ordersSql(c, id, ctx, block);
		case 'first_purchase':
			return among([
				`SELECT customer_id FROM ${TRANSACTIONS}`,
				'WHERE customer_id IS NOT NULL AND NOT is_return',
				'GROUP BY customer_id',
				`HAVING ${windowSql('min(ts)', c.within, ctx).join(' AND ')}`
			]);
		case 'no_purchase':
			return `NOT ${among([
				`SELECT customer_id FROM ${TRANSACTIONS}`,
				`WHERE ${['customer_id IS NOT NULL', 'NOT is_return', ...windowSql('ts', c.within, ctx)].join(' AND ')}`
			])}`;
		case 'no_contact': {
			const types = c.types.length ? [`type IN ${literalList([...new Set(c.types)])}`] : [];
			return `NOT ${among([
				`SELECT customer_id FROM ${ACTIVITIES}`,
				`WHERE ${['customer_id IS NOT NULL', ...windowSql('ts', c.within, ctx), ...types].join(' AND ')}`
			])}`;
		}
		case 'campaign': {
			const which =
				c.campaign === null
					? `(campaign IS NOT NULL OR lower(type) = 'campaign')`
					: `campaign = ${literal(c.campaign)}`;
			const attended = among([
				`SELECT customer_id FROM ${ACTIVITIES}`,
				`WHERE ${['customer_id IS NOT NULL', ...windowSql('ts', c.within, ctx), which].join(' AND ')}`
			]);
			return c.attended ? attended : `NOT ${attended}`;
		}
		case 'anniversary':
			return anniversarySql(column(ctx.customer, c.field), c.period, ctx.asOf);
	}
}

function attributeSql(c: AttributeCondition, col: string): string {
	const text = `CAST(${col} AS VARCHAR)`;
	if (c.op === 'equals') return `coalesce(${text} = ${literal(c.values[0] ?? '')}, FALSE)`;
	if (c.op === 'in') return `coalesce(${text} IN ${literalList([...new Set(c.values)])}, FALSE)`;
	if (c.op === 'contains')
		return `coalesce(contains(lower(${text}), lower(${literal(c.values[0] ?? '')})), FALSE)`;
	const bounds = [c.min, c.max].filter((b): b is string => b !== null && b !== undefined);
	const kind = rangeKind(bounds);
	const value =
		kind === 'number'
			? `TRY_CAST(${col} AS DOUBLE)`
			: kind === 'date'
				? `TRY_CAST(${col} AS DATE)`
				: text;
	const bound = (b: string) =>
		kind === 'number' ? literal(Number(b)) : kind === 'date' ? `${literal(b)}::DATE` : literal(b);
	const conds = [`${value} IS NOT NULL`];
	if (c.min !== null && c.min !== undefined) conds.push(`${value} >= ${bound(c.min)}`);
	if (c.max !== null && c.max !== undefined) conds.push(`${value} <= ${bound(c.max)}`);
	return `coalesce(${conds.join(' AND ')}, FALSE)`;
}

/** How range bounds compare: as numbers or dates when every bound reads as one, else as text. */
function rangeKind(bounds: readonly string[]): 'number' | 'date' | 'text' {
	if (bounds.length && bounds.every((b) => /^-?\d+(\.\d+)?$/.test(b))) return 'number';
	if (bounds.length && bounds.every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b))) return 'date';
	return 'text';
}

function ordersSql(
	c: OrdersCondition,
	id: string,
	ctx: CompileContext,
	block: (lines: string[]) => string
): string {
	const window = windowSql('ts', c.within, ctx).join(' AND ');
	const value =
		c.measure === 'orders'
			? [
					`SELECT count(DISTINCT coalesce(invoice_id, 'day:' || strftime(ts, '%Y-%m-%d')))`,
					`FROM ${TRANSACTIONS}`,
					`WHERE customer_id = ${id} AND NOT is_return AND ${window}`
				]
			: [
					`SELECT round(sum(amount), 2) FROM ${TRANSACTIONS}`,
					`WHERE customer_id = ${id} AND ${window}`
				];
	const total = `coalesce((${block(value)}\n), 0)`;
	const conds: string[] = [];
	if (c.min !== null) conds.push(`${total} >= ${literal(c.min)}`);
	if (c.max !== null) conds.push(`${total} <= ${literal(c.max)}`);
	return conds.length ? `coalesce(${conds.join(' AND ')}, FALSE)` : 'TRUE';
}

function anniversarySql(col: string, period: 'week' | 'month', asOf: string): string {
	const day = `TRY_CAST(${col} AS DATE)`;
	if (period === 'month')
		return `coalesce(month(${day}) = month(${asOf}) AND year(${day}) < year(${asOf}), FALSE)`;
	// This year's and next year's anniversary (Feb 29 falls on Feb 28), the first one onwards.
	const inWeek = (add: number) => {
		const years = `CAST(year(${asOf}) + ${add} - year(${day}) AS INTEGER)`;
		return `(${years} >= 1 AND ${day} + to_years(${years}) BETWEEN ${asOf} AND ${asOf} + 6)`;
	};
	return `coalesce(${inWeek(0)} OR ${inWeek(1)}, FALSE)`;
}

/** `[as-of − period, as-of)` on `expr`; without a period, everything before the as-of date. */
function windowSql(expr: string, within: Period | null, ctx: CompileContext): string[] {
	const conds = [`${expr} < ${ctx.asOf}`];
	if (within) conds.push(`${expr} >= ${ctx.asOf} - ${intervalSql(within)}`);
	return conds;
}

function intervalSql(p: Period): string {
	if (!Number.isSafeInteger(p.n) || p.n < 0)
		throw new Error(`Not a whole number of ${p.unit}s: ${p.n}`);
	return `INTERVAL ${p.n} ${p.unit === 'day' ? 'DAY' : 'MONTH'}`;
}
