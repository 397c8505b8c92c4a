/**
 * Test-only: generated customers, purchases and contacts with hostile text, random condition
 * trees over them, and loading it all into an engine from pareto-data's ENGINES.
 */
import fc from 'fast-check';
import type { Engine } from '$lib/engine/engine';
import { ident, literal, type SqlValue } from '$lib/engine/sql';
import { refreshViews } from '$lib/engine/views';
import { daysBefore } from '$lib/analyses/segments/dates';
import type {
	Condition,
	GroupNode,
	Period,
	SegmentDefinition,
	SegmentNode
} from '$lib/analyses/segments/types';

export { daysBefore };

/** Text that tries to break out of a literal or an identifier, and text that is just unusual. */
export const HOSTILE = [
	"'",
	'"',
	';',
	'"; DROP TABLE transactions; --',
	"'); DELETE FROM customers; --",
	'上海',
	'Li Na',
	'Ünïcødé',
	'🙂',
	'a\nb',
	'a\\b',
	'%_',
	'',
	'$$',
	'/* x */'
];

/** An attribute column whose very name is hostile; the tests add it to the customers table. */
export const HOSTILE_COLUMN = '"; DROP TABLE transactions; --';

export interface GenCustomer {
	customer_id: string;
	branch: string | null;
	owner_rep: string | null;
	birthday: string | null;
	signup_date: string | null;
	churned: boolean | null;
	/** The hostile-named attribute column. */
	note: string | null;
	/** A numeric attribute column `score`. */
	score: number | null;
}

export interface GenLine {
	invoice_id: string | null;
	customer_id: string | null;
	ts: string;
	product_name: string;
	category: string;
	cents: number;
	is_return: boolean;
}

export interface GenActivity {
	customer_id: string;
	ts: string;
	type: string;
	campaign: string | null;
}

/** One generated data set with its as-of date. */
export interface World {
	asOf: string;
	customers: GenCustomer[];
	lines: GenLine[];
	activities: GenActivity[];
}

const IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
/** Month ends and a leap day test the month arithmetic; 12-28 puts New Year inside the week. */
export const AS_OF_DATES = ['2025-01-01', '2024-03-31', '2024-02-29', '2024-12-28', '2023-03-01'];
/** Few values, so that conditions often hit: the seed's pair twice as likely as the rest. */
const PRODUCTS = [
	'Water Purifier',
	'Propolis',
	'Water Purifier',
	'Propolis',
	"'",
	'"; DROP TABLE transactions; --',
	'上海'
];
const BRANCHES = ['Shanghai', '上海', "O'Brien", '"; DROP TABLE transactions; --', 'a\nb', ''];
const CATEGORIES = ['Health', 'Grocery', "O'Brien", '上海'];
const TYPES = ['call', 'visit', 'email', 'campaign', 'Campaign', "'"];
const CAMPAIGNS = ['Double 11', '"; DROP TABLE transactions; --', '上海'];

const arbText = (pool: readonly string[]) => fc.constantFrom(...pool);
/** Days back from the as-of date, crowded at the window edges of 1 week and 1–6 months. */
const arbDaysBack = fc.oneof(
	fc.integer({ min: -3, max: 420 }),
	fc.constantFrom(0, 1, 6, 7, 8, 28, 29, 30, 31, 59, 60, 61, 89, 90, 91, 92, 181, 182, 183, 184)
);
const arbHour = fc.constantFrom('00:00:00', '13:30:00', '23:59:59');

function arbCustomer(asOf: string, id: string): fc.Arbitrary<GenCustomer> {
	const [year, month, day] = asOf.split('-').map(Number);
	const birthday = fc.oneof(
		fc.constantFrom('1960-02-29', '1980-01-01', '1975-12-31', '1990-03-31'),
		fc
			.tuple(
				fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 1)),
				fc.oneof(fc.integer({ min: -10, max: 40 }), fc.constantFrom(-1, 0, 1, 6, 7, 8))
			)
			.map(([years, days]) =>
				new Date(Date.UTC(year - years, month - 1, day + days)).toISOString().slice(0, 10)
			)
	);
	return fc.record({
		customer_id: fc.constant(id),
		branch: fc.option(arbText(BRANCHES), { freq: 5 }),
		owner_rep: fc.option(arbText(['Li Na', 'David Chen', "O'Neil"]), { freq: 5 }),
		birthday: fc.option(birthday, { freq: 5 }),
		signup_date: fc.option(birthday, { freq: 5 }),
		churned: fc.option(fc.boolean(), { freq: 5 }),
		note: fc.option(arbText(BRANCHES), { freq: 5 }),
		score: fc.option(fc.integer({ min: -5, max: 20 }), { freq: 5 })
	});
}

function arbLine(asOf: string): fc.Arbitrary<GenLine> {
	return fc
		.record({
			invoice: fc.option(fc.integer({ min: 1, max: 12 }), { freq: 6 }),
			customer_id: fc.option(fc.constantFrom(...IDS), { freq: 10 }),
			daysBack: arbDaysBack,
			hour: arbHour,
			product_name: arbText(PRODUCTS),
			category: arbText(CATEGORIES),
			cents: fc.integer({ min: 1, max: 20_000 }),
			is_return: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false)))
		})
		.map((r) => ({
			invoice_id: r.invoice === null ? null : `${r.is_return ? 'C' : ''}I${r.invoice}`,
			customer_id: r.customer_id,
			ts: `${daysBefore(asOf, r.daysBack)} ${r.hour}`,
			product_name: r.product_name,
			category: r.category,
			cents: r.is_return ? -r.cents : r.cents,
			is_return: r.is_return
		}));
}

function arbActivity(asOf: string): fc.Arbitrary<GenActivity> {
	return fc.record({
		customer_id: fc.constantFrom(...IDS),
		ts: fc.tuple(arbDaysBack, arbHour).map(([d, h]) => `${daysBefore(asOf, d)} ${h}`),
		type: arbText(TYPES),
		campaign: fc.option(arbText(CAMPAIGNS), { freq: 2 })
	});
}

/** A data set around one of the as-of dates. */
export const arbWorld: fc.Arbitrary<World> = fc.constantFrom(...AS_OF_DATES).chain((asOf) =>
	fc.record({
		asOf: fc.constant(asOf),
		customers: fc
			.subarray(IDS, { minLength: 1 })
			.chain((ids) => fc.tuple(...ids.map((id) => arbCustomer(asOf, id)))),
		lines: fc.array(arbLine(asOf), { maxLength: 60 }),
		activities: fc.array(arbActivity(asOf), { maxLength: 30 })
	})
);

const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
	fc.record({ n: fc.constantFrom(1, 7, 30, 90, 183), unit: fc.constant('day' as const) }),
	fc.record({ n: fc.constantFrom(1, 2, 3, 6, 12), unit: fc.constant('month' as const) })
);

/** Leaf conditions drawing their text from `text` (pools for semantics, anything for binding). */
export function arbCondition(text: fc.Arbitrary<string>): fc.Arbitrary<Condition> {
	const texts = fc.array(text, { maxLength: 3 });
	const bound = fc.option(fc.integer({ min: -2, max: 15 }).map(String), { freq: 3 });
	const dayBound = fc.option(fc.constantFrom('1975-12-31', '1980-01-01', '1990-06-15'), {
		freq: 3
	});
	const money = fc.option(
		fc.integer({ min: -50_00, max: 300_00 }).map((c) => c / 100),
		{
			freq: 3
		}
	);
	const known = fc.array(fc.oneof(text, fc.constantFrom(...BRANCHES, 'Li Na')), { maxLength: 3 });
	return fc.oneof(
		fc.record({
			kind: fc.constant('attribute' as const),
			column: fc.constantFrom('branch', 'owner_rep', 'churned', HOSTILE_COLUMN),
			op: fc.constantFrom('equals' as const, 'in' as const, 'contains' as const),
			values: fc.oneof(known, fc.constantFrom<string[]>(['true'], ['false'], ['Li Na']))
		}),
		fc.record({
			kind: fc.constant('attribute' as const),
			column: fc.constantFrom('branch', HOSTILE_COLUMN),
			op: fc.constantFrom('equals' as const, 'in' as const),
			values: known
		}),
		fc.record({
			kind: fc.constant('attribute' as const),
			column: fc.constant('score'),
			op: fc.constant('range' as const),
			values: fc.constant<string[]>([]),
			min: bound,
			max: bound
		}),
		fc.record({
			kind: fc.constant('attribute' as const),
			column: fc.constantFrom('birthday', 'branch'),
			op: fc.constant('range' as const),
			values: fc.constant<string[]>([]),
			min: fc.oneof(dayBound, fc.option(text)),
			max: dayBound
		}),
		fc.record({
			kind: fc.constant('bought' as const),
			field: fc.constantFrom('product_name' as const, 'category' as const),
			values: fc.oneof(
				texts,
				fc.constantFrom<string[]>(['Water Purifier', 'Propolis'], ['Health', "O'Brien"])
			),
			match: fc.constantFrom('any' as const, 'all' as const),
			within: fc.option(arbPeriod)
		}),
		fc.record({
			kind: fc.constant('orders' as const),
			measure: fc.constantFrom('orders' as const, 'amount' as const),
			min: fc.oneof(money, fc.option(fc.integer({ min: 0, max: 4 }))),
			max: fc.oneof(money, fc.option(fc.integer({ min: 0, max: 4 }))),
			within: fc.option(arbPeriod)
		}),
		fc.record({
			kind: fc.constantFrom('first_purchase' as const, 'no_purchase' as const),
			within: arbPeriod
		}),
		fc.record({
			kind: fc.constant('anniversary' as const),
			field: fc.constantFrom('birthday' as const, 'signup_date' as const),
			period: fc.constantFrom('week' as const, 'month' as const)
		}),
		fc.record({
			kind: fc.constant('no_contact' as const),
			within: arbPeriod,
			types: fc.oneof(
				fc.constant<string[]>([]),
				fc.array(fc.oneof(text, fc.constantFrom(...TYPES)))
			)
		}),
		fc.record({
			kind: fc.constant('campaign' as const),
			campaign: fc.option(fc.oneof(text, fc.constantFrom(...CAMPAIGNS))),
			attended: fc.boolean(),
			within: arbPeriod
		})
	);
}

/** Condition trees up to three groups deep, with AND, OR and NOT (none of) groups. */
export function arbTree(text: fc.Arbitrary<string>): fc.Arbitrary<GroupNode> {
	const { group } = fc.letrec<{ node: SegmentNode; group: GroupNode }>((tie) => ({
		node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, arbCondition(text), tie('group')),
		group: fc.record({
			kind: fc.constant('group' as const),
			op: fc.constantFrom('and' as const, 'or' as const, 'not' as const),
			children: fc.array(tie('node'), { maxLength: 4 })
		})
	}));
	return group;
}

/** A definition around a tree (the as-of date is passed separately). */
export const definition = (root: GroupNode): SegmentDefinition => ({
	version: 1,
	name: 'generated',
	root
});

/** Give the customers table the hostile-named and the numeric attribute columns; once per engine. */
export async function addAttributeColumns(engine: Engine): Promise<void> {
	await engine.exec(
		`ALTER TABLE customers ADD COLUMN IF NOT EXISTS ${ident(HOSTILE_COLUMN)} VARCHAR`
	);
	await engine.exec('ALTER TABLE customers ADD COLUMN IF NOT EXISTS score DOUBLE');
	await refreshViews(engine);
}

/** Replace all rows of the three tables with the world's. */
export async function loadWorld(engine: Engine, world: World): Promise<void> {
	await engine.exec('DELETE FROM transactions; DELETE FROM customers; DELETE FROM activities');
	const values = (rows: unknown[][]) =>
		rows.map((r) => `(${r.map((v) => literal(v as SqlValue)).join(', ')})`).join(',\n');
	if (world.customers.length)
		await engine.exec(`INSERT INTO customers
	(customer_id, branch, owner_rep, birthday, signup_date, churned, ${ident(HOSTILE_COLUMN)}, score)
VALUES ${values(world.customers.map((c) => [c.customer_id, c.branch, c.owner_rep, c.birthday, c.signup_date, c.churned, c.note, c.score]))}`);
	if (world.lines.length)
		await engine.exec(`INSERT INTO transactions
	(invoice_id, customer_id, ts, product_name, category, amount, is_return, is_product)
VALUES ${world.lines
			.map(
				(l) =>
					`(${literal(l.invoice_id)}, ${literal(l.customer_id)}, ${literal(l.ts)}::TIMESTAMP, ${literal(l.product_name)}, ${literal(l.category)}, ${l.cents / 100}, ${l.is_return}, TRUE)`
			)
			.join(',\n')}`);
	if (world.activities.length)
		await engine.exec(`INSERT INTO activities (customer_id, ts, type, campaign)
VALUES ${world.activities.map((a) => `(${literal(a.customer_id)}, ${literal(a.ts)}::TIMESTAMP, ${literal(a.type)}, ${literal(a.campaign)})`).join(',\n')}`);
}

/** Row counts and the catalog, to prove a statement changed nothing. */
export async function tableState(engine: Engine): Promise<string> {
	const rows = (
		await engine.query(`SELECT 'transactions' AS t, count(*) AS n FROM transactions
UNION ALL SELECT 'customers', count(*) FROM customers
UNION ALL SELECT 'activities', count(*) FROM activities
UNION ALL SELECT 'tables:' || string_agg(table_name, ',' ORDER BY table_name), count(*) FROM duckdb_tables()
UNION ALL SELECT 'views:' || string_agg(view_name, ',' ORDER BY view_name), count(*) FROM duckdb_views() WHERE NOT internal
ORDER BY t`)
	).rows();
	return JSON.stringify(rows);
}
