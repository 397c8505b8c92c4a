import { rootEngine, type Engine } from '../../engine/engine';
import { ident } from '../../engine/sql';
import { viewsGeneration } from '../../engine/views';
import { customerFactsCtes, snapshotSql, type ValueParams } from './customer-facts';

/**
 * Per-customer facts, computed once per state of the views instead of once per query. A page such
 * as the overview asks for them eight times after every filter change (RFM's four queries, both
 * ends, tiers, the customer count…), and at 1M line items each pass over the lines costs far more
 * than reading a table of one row per customer.
 *
 * Opt-in per engine (`cacheCustomerFacts`): the app's engine, whose tables only change through the
 * loaders and whose views only through `engine/views` — both bump the views' generation, which is
 * what keeps a cached table honest. Tests and the CLI query the plain CTEs.
 */
const caching = new WeakSet<Engine>();
interface Entry {
	generation: number;
	/** A new name per build: a rolled-back build must not leave an older table under its name. */
	table: string;
	/** The snapshot the facts were computed at, so queries need not find it again. */
	ready: Promise<string | null>;
}
/** Per engine, per parameters (see `factsKey`): the newest build. */
const entries = new WeakMap<Engine, Map<string, Entry>>();
let builds = 0;
/** Facts tables kept per engine (one per snapshot × returns mode asked for, newest kept). */
const KEEP = 4;

/** Marks the cache's own statements, which a "show query" leaves out (see `isFactsCacheWork`). */
const MARK = '/* customer facts cache */ ';

export const isFactsCacheWork = (sql: string) => sql.startsWith(MARK);

export function cacheCustomerFacts(engine: Engine): void {
	caching.add(rootEngine(engine));
}

const factsKey = ({ snapshot, returns = 'net' }: ValueParams) =>
	`${returns}_${snapshot ? snapshot.replaceAll('-', '') : 'latest'}`;

/**
 * `params` with `facts` naming a table that holds their `customer_facts` over the views as they are
 * now, when the engine caches; `params` unchanged otherwise.
 */
export async function withCachedFacts<P extends ValueParams>(
	engine: Engine,
	params: P
): Promise<P> {
	// Kept on the root engine: a wrapper (one recording a page's queries) shares the cache.
	const root = rootEngine(engine);
	if (!caching.has(root)) return params;
	const key = factsKey(params);
	const tables = entries.get(root) ?? new Map<string, Entry>();
	entries.set(root, tables);
	// The views may change while the table is built (a filter applied meanwhile): build again.
	for (;;) {
		const generation = viewsGeneration(engine);
		let entry = tables.get(key);
		if (entry?.generation !== generation) {
			const stale = entry?.table;
			const table = `customer_facts_${key}_${++builds}`;
			const building: Entry = { generation, table, ready: build(engine, table, params) };
			building.ready.catch(() => tables.get(key) === building && tables.delete(key));
			tables.delete(key);
			tables.set(key, (entry = building));
			if (stale) await drop(engine, stale);
			for (const [old, { table }] of [...tables].slice(0, -KEEP)) {
				tables.delete(old);
				await drop(engine, table);
			}
		}
		const snapshot = await entry.ready;
		if (viewsGeneration(engine) !== generation) continue;
		if (await exists(engine, entry.table))
			return { ...params, snapshot: snapshot ?? params.snapshot, facts: entry.table };
		if (tables.get(key) === entry) tables.delete(key);
	}
}

/** Build the table; returns the snapshot day (null without transactions). */
async function build(engine: Engine, table: string, params: ValueParams): Promise<string | null> {
	const [{ day }] = (
		await engine.query(`${MARK}SELECT strftime(${snapshotSql(params.snapshot)}, '%Y-%m-%d') AS day`)
	).rows<{ day: string | null }>();
	const snapshot = day ?? params.snapshot;
	await engine.exec(`${MARK}CREATE TEMP TABLE ${ident(table)} AS
WITH ${customerFactsCtes({ snapshot, returns: params.returns })}
SELECT * FROM customer_facts`);
	return day;
}

const drop = (engine: Engine, table: string) =>
	engine.exec(`${MARK}DROP TABLE IF EXISTS ${ident(table)}`);

/** A temp table created inside a transaction that was rolled back (a failed load) is gone. */
async function exists(engine: Engine, table: string): Promise<boolean> {
	// Binding a query is enough to know (cheaper than listing the catalog).
	return engine.query(`${MARK}SELECT * FROM ${ident(table)} LIMIT 0`).then(
		() => true,
		() => false
	);
}
