import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { bothEndsSql } from '../overview/both-ends';
import { asOfSql, nodeSql } from '../segments/compile';
import { customerFactsCtes } from '../value/customer-facts';
import { actionSegment, OWNER_CHANGE_TYPE, type ActionKey } from './lists';
import { dueValuesSql, replenishmentDue, type DueItem } from './replenishment';

/** A customer on an action list, with what the caller needs before picking up the phone. */
export interface ActionCustomer {
	customer_id: string;
	name: string | null;
	branch: string | null;
	owner_rep: string | null;
	/** `YYYY-MM-DD`: the date that put the customer on the list (birthday, purchase, change …). */
	date: string | null;
	/** Per list: age turned, orders so far, products bought, new owner, last contact type, usual gap. */
	detail: string | number | null;
	last_purchase: string | null;
	revenue: number;
	last_contact: string | null;
}

/** Whether a list can be built from the loaded data. */
type ActionStatus = 'ready' | 'unavailable';

/** A list's status and size at the as-of date; `count` is null while it is still being counted. */
export interface ActionSummary {
	key: ActionKey;
	status: ActionStatus;
	count: number | null;
}

const A = (asOf: string) => asOfSql(asOf);

/** Per list: what goes in `date` and `detail`, the order, and (for non-segment lists) the predicate. */
function listParts(key: ActionKey, asOf: string) {
	const a = A(asOf);
	const weekAgo = `${a} - INTERVAL 7 DAY`;
	switch (key) {
		case 'birthdays':
			return {
				date: `c.birthday + to_years(CAST(year(${a}) - year(c.birthday) AS INTEGER))`,
				detail: `year(${a}) - year(c.birthday)`,
				order: 'date'
			};
		case 'new_this_week':
			return {
				date: `least(
			CASE WHEN f.first_purchase >= ${weekAgo} THEN f.first_purchase::DATE END,
			CASE WHEN c.signup_date >= ${weekAgo} AND c.signup_date < ${a} THEN c.signup_date END)`,
				detail: 'coalesce(f.frequency, 0)',
				order: 'date DESC'
			};
		case 'bought_this_week':
			return {
				date: 'f.last_purchase::DATE',
				detail: `(SELECT string_agg(DISTINCT product_name, ', ' ORDER BY product_name)
			FROM transactions t
			WHERE t.customer_id = c.customer_id AND NOT t.is_return AND t.is_product IS NOT FALSE
				AND t.ts >= ${weekAgo} AND t.ts < ${a})`,
				order: 'date DESC'
			};
		case 'owner_changed':
			return {
				date: `(SELECT max(ts)::DATE FROM activities o
			WHERE o.customer_id = c.customer_id AND lower(o.type) = ${literal(OWNER_CHANGE_TYPE)}
				AND o.ts >= ${weekAgo} AND o.ts < ${a})`,
				detail: 'c.owner_rep',
				order: 'date DESC',
				where: `c.customer_id IN (SELECT customer_id FROM activities
		WHERE lower(type) = ${literal(OWNER_CHANGE_TYPE)} AND ts >= ${weekAgo} AND ts < ${a})`
			};
		case 'replenishment':
			return {
				date: 'd.due_by',
				detail: 'd.product',
				order: 'date',
				where: 'd.customer_id IS NOT NULL'
			};
		case 'not_contacted':
			return {
				date: 'k.last_contact::DATE',
				detail: `(SELECT arg_max(type, ts) FROM activities x WHERE x.customer_id = c.customer_id AND x.ts < ${a})`,
				order: 'revenue DESC'
			};
		default:
			return null;
	}
}

/** A list's SQL with its bound parameters; null for a list that is not built yet. */
interface ActionQuery {
	sql: string;
	params: number[];
}

/** The query of one list at the as-of date (`due`: the replenishment list's customers). */
export function actionListQuery(
	key: ActionKey,
	asOf: string,
	due: readonly DueItem[] = []
): ActionQuery | null {
	if (key === 'at_risk') return { sql: atRiskSql(asOf), params: [ALL_ROWS] };
	const sql = listSql(key, asOf, due);
	return sql ? { sql, params: [] } : null;
}

/** `bothEndsSql` ends in `LIMIT ?`: the action list takes every customer it finds. */
const ALL_ROWS = 1_000_000_000;

function listSql(key: ActionKey, asOf: string, due: readonly DueItem[]): string | null {
	const parts = listParts(key, asOf);
	if (!parts) return null;
	const segment = actionSegment(key, asOf);
	const where = segment ? nodeSql(segment, { asOf: A(asOf), customer: 'c' }, 1) : parts.where;
	return `WITH ${customerFactsCtes({ snapshot: asOf })},
contacts AS (
	SELECT customer_id, max(ts) AS last_contact
	FROM ${VIEW.activities}
	WHERE ts < ${A(asOf)}
	GROUP BY customer_id
),
due AS (
	${dueValuesSql(key === 'replenishment' ? due : [])}
),
listed AS (
	SELECT c.customer_id, c.name, c.branch, c.owner_rep,
		${parts.date} AS date,
		${parts.detail} AS detail,
		f.last_purchase, coalesce(f.monetary, 0) AS revenue, k.last_contact
	FROM ${VIEW.customers} c
	LEFT JOIN customer_facts f ON f.customer_id = c.customer_id
	LEFT JOIN contacts k ON k.customer_id = c.customer_id
	LEFT JOIN due d ON d.customer_id = c.customer_id
	WHERE ${where}
)
SELECT customer_id, name, branch, owner_rep, strftime(date, '%Y-%m-%d') AS date, detail,
	strftime(last_purchase, '%Y-%m-%d') AS last_purchase, revenue,
	strftime(last_contact, '%Y-%m-%d') AS last_contact
FROM listed
ORDER BY ${parts.order}, customer_id`;
}

/** "Valuable but at risk" is the overview's list (top 20% by value, silent past their usual gap). */
function atRiskSql(asOf: string): string {
	return `WITH at_risk AS (
${bothEndsSql('at_risk', { snapshot: asOf })}
),
contacts AS (
	SELECT customer_id, max(ts) AS last_contact
	FROM ${VIEW.activities}
	WHERE ts < ${A(asOf)}
	GROUP BY customer_id
)
SELECT r.customer_id, r.name, r.branch, c.owner_rep, r.last_purchase AS date, r.usual_gap_days AS detail,
	r.last_purchase, r.monetary AS revenue, strftime(k.last_contact, '%Y-%m-%d') AS last_contact
FROM at_risk r
LEFT JOIN ${VIEW.customers} c ON c.customer_id = r.customer_id
LEFT JOIN contacts k ON k.customer_id = r.customer_id
ORDER BY r.monetary DESC, r.customer_id`;
}

/** Which lists the loaded data supports: each needs its own columns or activity types. */
export async function actionStatuses(engine: Engine): Promise<Record<ActionKey, ActionStatus>> {
	const row = (
		await engine.query(`SELECT
	(SELECT count(*) FROM transactions) AS transactions,
	(SELECT count(birthday) FROM customers) AS birthdays,
	(SELECT count(signup_date) FROM customers) AS signups,
	(SELECT count(*) FROM activities) AS activities,
	(SELECT count(*) FROM activities WHERE lower(type) = ${literal(OWNER_CHANGE_TYPE)}) AS owner_changes`)
	).rows<Record<string, number>>()[0];
	const when = (ok: boolean): ActionStatus => (ok ? 'ready' : 'unavailable');
	return {
		birthdays: when(row.birthdays > 0),
		new_this_week: when(row.transactions > 0 || row.signups > 0),
		bought_this_week: when(row.transactions > 0),
		owner_changed: when(row.owner_changes > 0),
		replenishment: when(row.transactions > 0),
		not_contacted: when(row.activities > 0),
		at_risk: when(row.transactions > 0)
	};
}

/**
 * Status and size of every list at the as-of date (one query per available list). Replenishment
 * runs the sequence analysis, the slowest by far: without `due` its count is left null.
 */
export async function actionSummaries(
	engine: Engine,
	asOf: string,
	due?: readonly DueItem[]
): Promise<ActionSummary[]> {
	const statuses = await actionStatuses(engine);
	const summaries: ActionSummary[] = [];
	for (const [key, status] of Object.entries(statuses) as [ActionKey, ActionStatus][]) {
		if (key === 'replenishment' && status === 'ready' && !due) {
			summaries.push({ key, status, count: null });
			continue;
		}
		const q = status === 'ready' ? actionListQuery(key, asOf, due) : null;
		const count = q
			? (await engine.query(`SELECT count(*) AS n FROM (${q.sql})`, q.params)).rows<{
					n: number;
				}>()[0].n
			: 0;
		summaries.push({ key, status, count });
	}
	return summaries;
}

/** The customers of one list, in the list's order (`due` saves recomputing replenishment). */
export async function actionCustomers(
	engine: Engine,
	key: ActionKey,
	asOf: string,
	due?: readonly DueItem[]
): Promise<ActionCustomer[]> {
	const items = key === 'replenishment' ? (due ?? (await replenishmentDue(engine, asOf))) : [];
	const q = actionListQuery(key, asOf, items);
	return q ? (await engine.query(q.sql, q.params)).rows<ActionCustomer>() : [];
}
