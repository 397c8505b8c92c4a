/**
 * Drill-through: the customers behind the current filters and drills, one row each, with their
 * key attributes and what they bought (in the filtered lines, before the views' snapshot).
 */
import type { Engine } from '../../engine/engine';
import { ident } from '../../engine/sql';
import { filterableColumns, VIEW } from '../../engine/views';
import { customerFactsCtes } from '../value/customer-facts';

/** Which customers to list and in what order. */
interface CustomerListParams {
	/** Customer columns shown beside the fixed ones (read from the customers file). */
	attributes: string[];
	/** Only customers with a line in the filtered transactions (a date or line filter is set). */
	buyersOnly: boolean;
	sort?: { key: string; descending?: boolean };
	limit?: number;
	offset?: number;
}

/** One listed customer; attribute columns come as extra keys. */
export interface ListedCustomer {
	customer_id: string;
	name: string | null;
	revenue: number;
	orders: number;
	first_purchase: string | null;
	last_purchase: string | null;
	[attribute: string]: string | number | null;
}

export const FIXED_COLUMNS = [
	'customer_id',
	'name',
	'revenue',
	'orders',
	'first_purchase',
	'last_purchase'
] as const;

const FIXED = new Set<string>(FIXED_COLUMNS);

/** At most this many attributes are shown, in the customers file's column order. */
const MAX_ATTRIBUTES = 6;

/** Attributes worth showing: the customers columns people filter by. */
export async function listAttributes(engine: Engine): Promise<string[]> {
	return (await filterableColumns(engine))
		.filter((c) => c.table === 'customers' && !FIXED.has(c.column))
		.slice(0, MAX_ATTRIBUTES)
		.map((c) => c.column);
}

/** The listed customers' ids (a customer may come more than once). */
function idsSql(buyersOnly: boolean): string {
	return buyersOnly
		? `SELECT customer_id FROM ${VIEW.transactions} WHERE customer_id IS NOT NULL`
		: `SELECT customer_id FROM ${VIEW.customers}
	UNION SELECT customer_id FROM ${VIEW.transactions} WHERE customer_id IS NOT NULL`;
}

function listCtes(params: CustomerListParams): string {
	if (params.attributes.some((a) => FIXED.has(a)))
		throw new Error('An attribute has the name of a listed measure');
	const attributes = params.attributes
		.map((a) => `any_value(CAST(${ident(a)} AS VARCHAR)) AS ${ident(a)}`)
		.join(',\n\t\t');
	return `${customerFactsCtes()},
ids AS (
	${idsSql(params.buyersOnly)}
),
people AS (
	SELECT customer_id, any_value(name) AS name${attributes ? `,\n\t\t${attributes}` : ''}
	FROM ${VIEW.customers}
	GROUP BY customer_id
),
listed AS (
	SELECT i.customer_id, p.name${params.attributes.map((a) => `, p.${ident(a)}`).join('')},
		coalesce(f.monetary, 0) AS revenue,
		coalesce(f.frequency, 0) AS orders,
		strftime(f.first_purchase, '%Y-%m-%d') AS first_purchase,
		strftime(f.last_purchase, '%Y-%m-%d') AS last_purchase
	FROM (SELECT DISTINCT customer_id FROM ids) i
	LEFT JOIN people p USING (customer_id)
	LEFT JOIN customer_facts f USING (customer_id)
)`;
}

/** The list query; `?` binds limit and offset when a limit is given. */
export function customerListSql(params: CustomerListParams): { sql: string; params: number[] } {
	const keys: string[] = [...FIXED_COLUMNS, ...params.attributes];
	const key = params.sort?.key ?? 'revenue';
	if (!keys.includes(key)) throw new Error(`Cannot sort customers by “${key}”`);
	const direction = (params.sort?.descending ?? key === 'revenue') ? 'DESC' : 'ASC';
	const paged = params.limit !== undefined;
	return {
		sql: `WITH ${listCtes(params)}
SELECT * FROM listed
ORDER BY ${ident(key)} ${direction} NULLS LAST, customer_id${paged ? '\nLIMIT ? OFFSET ?' : ''}`,
		params: paged ? [params.limit!, params.offset ?? 0] : []
	};
}

/** How many customers the list holds (one row per distinct id: no need for their facts). */
function customerCountSql({ buyersOnly }: Pick<CustomerListParams, 'buyersOnly'>): string {
	return `SELECT count(DISTINCT customer_id) AS customers FROM (${idsSql(buyersOnly)})`;
}

export async function customerList(
	engine: Engine,
	params: CustomerListParams
): Promise<ListedCustomer[]> {
	const { sql, params: values } = customerListSql(params);
	return (await engine.query(sql, values)).rows<ListedCustomer>();
}

export async function customerCount(
	engine: Engine,
	params: Pick<CustomerListParams, 'buyersOnly'>
): Promise<number> {
	return (await engine.query(customerCountSql(params))).rows<{ customers: number }>()[0].customers;
}
