import type { Engine } from '../../engine/engine';
import type { Locale } from '../../i18n/bilingual';
import {
	basketLinesCtes,
	itemLabelsCtes,
	resolveBasketUnit,
	type BasketParams,
	type BasketUnit
} from './baskets';

/** Thresholds and guard rails of frequent-itemset mining. */
export interface MiningParams extends BasketParams {
	/** Minimum support as a fraction of baskets, in (0, 1] (0 with a minCount); default 0.005. */
	minSupport?: number;
	/** Minimum support as a count of baskets; the stricter of the two applies. */
	minCount?: number;
	/** Largest itemset size K, 1..MAX_LEN; default 3. */
	maxLen?: number;
	/** Baskets with more distinct items are left out (and counted); default 500. */
	maxBasketSize?: number;
	/** Refuse to mine when more items than this reach the minimum support; default 5,000. */
	maxItems?: number;
	/** Refuse to go on when more itemsets than this are frequent; default 250,000. */
	maxItemsets?: number;
}

/** Where mining is, for a progress bar: `size` is the itemset size counted or found. */
export interface MiningProgress {
	phase: 'collecting' | 'counting' | 'found' | 'rules';
	size?: number;
	/** 0..1 */
	fraction: number;
	itemsets: number;
}

/** Cancellation and progress reporting for long mining runs (checked between levels). */
export interface MiningOptions {
	signal?: AbortSignal;
	onProgress?: (progress: MiningProgress) => void;
}

/** Frequent itemsets left in temp tables `<prefix>_sets` and `<prefix>_items` for rules. */
export interface Mined {
	prefix: string;
	basket_unit: BasketUnit;
	/** Baskets counted (oversized ones excluded): the support denominator. */
	baskets: number;
	oversized_baskets: number;
	/** Baskets left out as no sale: the file has amounts but none of their product lines is priced. */
	non_sale_baskets: number;
	/** Distinct items in the counted baskets. */
	items: number;
	frequent_items: number;
	/** The minimum support as a basket count actually applied. */
	min_count: number;
	max_len: number;
	itemsets: number;
	/** Frequent itemsets of size 1, 2, … K. */
	itemsets_by_size: number[];
}

const MAX_LEN = 8;
export const DEFAULT_MINING = {
	minSupport: 0.005,
	maxLen: 3,
	maxBasketSize: 500,
	maxItems: 5_000,
	maxItemsets: 250_000
} as const;

/** Which guard rail stopped a run, with the numbers to say what to change. */
export type BasketLimit =
	| { kind: 'items'; items: number; limit: number; support: number; baskets: number }
	| { kind: 'itemsets'; itemsets: number; limit: number; size: number };

/** A guard rail stopped the run; `message` (English) and `limitMessage` say which and what to change. */
export class BasketLimitError extends Error {
	constructor(readonly limit: BasketLimit) {
		super(limitMessage(limit, 'en'));
	}
}

/** What stopped the run and what to change, in the given language. */
export function limitMessage(l: BasketLimit, locale: Locale): string {
	const n = (v: number) => v.toLocaleString(locale);
	const zh = locale === 'zh-CN';
	if (l.kind === 'items') {
		const support = l.support.toPrecision(2);
		return zh
			? `有${n(l.items)}个项达到最低支持度，超过上限${n(l.limit)}：请把最低支持度提高到至少${support}（${n(l.baskets)}个购物篮）。`
			: `${n(l.items)} items reach the minimum support, more than the limit of ${n(l.limit)}: raise the minimum support to at least ${support} (${n(l.baskets)} baskets).`;
	}
	return zh
		? `频繁项集超过${n(l.limit)}个（到${l.size}项集为止已有${n(l.itemsets)}个）：请提高最低支持度或减小最大项集大小。`
		: `More than ${n(l.limit)} frequent itemsets (${n(l.itemsets)} up to size ${l.size}): raise the minimum support or lower the maximum itemset size.`;
}

let runs = 0;

/** The smallest count c with c / baskets ≥ minSupport, evaluated exactly as the division reads. */
export function minCountFor(minSupport: number, baskets: number, minCount = 1): number {
	let c = Math.max(0, Math.ceil(minSupport * baskets) - 1);
	while (c > 0 && (c - 1) / baskets >= minSupport) c--;
	while (c / baskets < minSupport) c++;
	return Math.max(c, Math.ceil(minCount), 1);
}

/** Defaults overridden by the given values; an `undefined` value keeps the default. */
export function withDefaults<P extends object, K extends keyof P>(
	defaults: Required<Pick<P, K>>,
	params: P
): P & Required<Pick<P, K>> {
	const given = Object.entries(params).filter(([, v]) => v !== undefined);
	return { ...defaults, ...Object.fromEntries(given) } as P & Required<Pick<P, K>>;
}

function checkedParams(params: MiningParams) {
	const p = withDefaults<MiningParams, keyof typeof DEFAULT_MINING>(DEFAULT_MINING, params);
	const whole = (v: number, name: string, min: number, max = Infinity) => {
		if (!Number.isInteger(v) || v < min || v > max)
			throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
	};
	if (!(p.minSupport <= 1 && (p.minSupport > 0 || (p.minSupport === 0 && p.minCount))))
		throw new RangeError(`minSupport must be in (0, 1] (0 with a minCount), got ${p.minSupport}`);
	if (p.minCount !== undefined) whole(p.minCount, 'minCount', 1);
	whole(p.maxLen, 'maxLen', 1, MAX_LEN);
	whole(p.maxBasketSize, 'maxBasketSize', 1);
	whole(p.maxItems, 'maxItems', 1);
	whole(p.maxItemsets, 'maxItemsets', 1);
	return p;
}

/**
 * Mine every itemset of size 1..K whose support meets the threshold, exactly, level by level in SQL:
 * pairs by a self-join of each basket's items; each larger level from candidates that join two
 * frequent sets sharing all but their last item, pruned unless every subset one item smaller is
 * frequent, then counted against the baskets holding the shared part. Call `dropMined` when done.
 */
export async function mineItemsets(
	engine: Engine,
	params: MiningParams = {},
	{ signal, onProgress }: MiningOptions = {}
): Promise<Mined> {
	const p = checkedParams(params);
	const basket_unit = await resolveBasketUnit(engine, params);
	const prefix = `basket_run_${++runs}_${Math.random().toString(36).slice(2, 8)}`;
	try {
		return await mineInto(engine, p, basket_unit, prefix, { signal, onProgress });
	} catch (error) {
		await dropMined(engine, prefix);
		throw error;
	}
}

async function mineInto(
	engine: Engine,
	p: ReturnType<typeof checkedParams>,
	basket_unit: BasketUnit,
	prefix: string,
	{ signal, onProgress }: MiningOptions
): Promise<Mined> {
	const t = (name: string) => `${prefix}_${name}`;
	const step = async (sql: string) => {
		signal?.throwIfAborted();
		// query(), not exec(): the browser runs exec() as a polled pending query, several times slower
		// for these heavy statements; cancelling is done between statements instead.
		await engine.query(sql);
	};
	const one = async <T>(sql: string): Promise<T> => {
		signal?.throwIfAborted();
		return (await engine.query(sql)).rows<T>()[0];
	};
	const report = (progress: MiningProgress) => onProgress?.(progress);

	report({ phase: 'collecting', fraction: 0, itemsets: 0 });
	const source = { ...p, basket: basket_unit };
	await step(`CREATE TEMP TABLE ${t('lines')} AS
WITH ${basketLinesCtes(source)}
SELECT DISTINCT basket, item
FROM basket_lines`);
	await step(`CREATE TEMP TABLE ${t('baskets')} AS
SELECT basket, count(*) AS size, CAST(row_number() OVER (ORDER BY basket) AS INTEGER) AS basket_id
FROM ${t('lines')}
GROUP BY basket`);
	await step(`CREATE TEMP TABLE ${t('items')} AS
WITH ${itemLabelsCtes(source)},
kept AS (
	SELECT l.item
	FROM ${t('lines')} l
	JOIN ${t('baskets')} b USING (basket)
	WHERE b.size <= ${p.maxBasketSize}
),
counted AS (
	SELECT item, CAST(count(*) AS INTEGER) AS n FROM kept GROUP BY item
)
SELECT CAST(row_number() OVER (ORDER BY c.item) AS INTEGER) AS item_id, c.item, coalesce(l.label, c.item) AS label, c.n
FROM counted c
LEFT JOIN item_labels l USING (item)`);
	const counts = await one<{ baskets: number; oversized: number; items: number }>(
		`SELECT count(*) FILTER (WHERE size <= ${p.maxBasketSize}) AS baskets,
	count(*) FILTER (WHERE size > ${p.maxBasketSize}) AS oversized,
	(SELECT count(*) FROM ${t('items')}) AS items
FROM ${t('baskets')}`
	);
	const { non_sale } = await one<{ non_sale: number }>(
		`WITH ${basketLinesCtes(source)}
SELECT count(*) FILTER (WHERE NOT sale) AS non_sale FROM basket_sales`
	);
	const baskets = Number(counts.baskets);
	const min_count = minCountFor(p.minSupport, Math.max(baskets, 1), p.minCount);
	const frequent = await one<{ frequent: number; suggest: number | null }>(
		`SELECT count(*) FILTER (WHERE n >= ${min_count}) AS frequent,
	(SELECT n FROM ${t('items')} ORDER BY n DESC, item_id LIMIT 1 OFFSET ${p.maxItems}) AS suggest
FROM ${t('items')}`
	);
	const mined: Mined = {
		prefix,
		basket_unit,
		baskets,
		oversized_baskets: Number(counts.oversized),
		non_sale_baskets: Number(non_sale),
		items: Number(counts.items),
		frequent_items: Number(frequent.frequent),
		min_count,
		max_len: p.maxLen,
		itemsets: 0,
		itemsets_by_size: []
	};
	if (mined.frequent_items > p.maxItems) {
		const enough = (frequent.suggest ?? 0) + 1;
		throw new BasketLimitError({
			kind: 'items',
			items: mined.frequent_items,
			limit: p.maxItems,
			support: enough / baskets,
			baskets: enough
		});
	}

	await step(`CREATE TEMP TABLE ${t('tx')} AS
SELECT b.basket_id AS basket, i.item_id AS item
FROM ${t('lines')} l
JOIN ${t('baskets')} b USING (basket)
JOIN ${t('items')} i USING (item)
WHERE b.size <= ${p.maxBasketSize} AND i.n >= ${min_count}`);
	await step(`CREATE TEMP TABLE ${t('sets')} AS
SELECT item_id AS set_id, 1 AS size, 0 AS parent_id, item_id AS last_item, [item_id] AS items, n
FROM ${t('items')}
WHERE n >= ${min_count}`);
	const record = async (k: number) => {
		const { n } = await one<{ n: number }>(
			`SELECT count(*) AS n FROM ${t('sets')} WHERE size = ${k}`
		);
		mined.itemsets_by_size.push(Number(n));
		mined.itemsets += Number(n);
		if (mined.itemsets > p.maxItemsets)
			throw new BasketLimitError({
				kind: 'itemsets',
				itemsets: mined.itemsets,
				limit: p.maxItemsets,
				size: k
			});
		report({ phase: 'found', size: k, fraction: k / p.maxLen, itemsets: mined.itemsets });
		return Number(n);
	};
	await record(1);

	for (let k = 2; k <= p.maxLen; k++) {
		if (mined.itemsets_by_size[k - 2] < 2) {
			mined.itemsets_by_size.push(0);
			continue;
		}
		report({ phase: 'counting', size: k, fraction: (k - 1) / p.maxLen, itemsets: mined.itemsets });
		await step(k === 2 ? pairsSql(t, min_count) : levelSql(t, k, min_count));
		if (k < p.maxLen) await step(coverSql(t, k));
		await step(`DROP TABLE IF EXISTS ${t(`cover${k - 1}`)}; DROP TABLE IF EXISTS ${t('level')}`);
		await record(k);
	}
	return mined;
}

/** Frequent pairs: every two frequent items sharing a basket, counted by a self-join. */
function pairsSql(t: (name: string) => string, minCount: number): string {
	return `CREATE TEMP TABLE ${t('level')} AS
SELECT a.item AS parent_id, b.item AS last_item, CAST(count(*) AS INTEGER) AS n
FROM ${t('tx')} a
JOIN ${t('tx')} b ON b.basket = a.basket AND b.item > a.item
GROUP BY a.item, b.item
HAVING count(*) >= ${minCount};
INSERT INTO ${t('sets')}
SELECT CAST((SELECT max(set_id) FROM ${t('sets')}) + row_number() OVER (ORDER BY parent_id, last_item) AS INTEGER),
	2, parent_id, last_item, [parent_id, last_item], n
FROM ${t('level')}`;
}

/** Level k ≥ 3: join siblings, prune by the (k-1)-subsets, count in the parents' baskets. */
function levelSql(t: (name: string) => string, k: number, minCount: number): string {
	return `CREATE TEMP TABLE ${t('level')} AS
WITH prev AS (
	SELECT set_id, parent_id, last_item, items FROM ${t('sets')} WHERE size = ${k - 1}
),
joined AS (
	SELECT a.set_id AS parent_id, b.last_item, list_append(a.items, b.last_item) AS items
	FROM prev a
	JOIN prev b ON b.parent_id = a.parent_id AND b.last_item > a.last_item
),
subsets AS (
	SELECT j.parent_id, j.last_item, list_concat(j.items[1:r.pos - 1], j.items[r.pos + 1:]) AS items
	FROM joined j
	CROSS JOIN range(1, ${k - 1}) AS r(pos)
),
pruned AS (
	SELECT DISTINCT s.parent_id, s.last_item
	FROM subsets s
	ANTI JOIN prev p ON p.items = s.items
),
candidates AS (
	SELECT j.parent_id, j.last_item
	FROM joined j
	ANTI JOIN pruned x USING (parent_id, last_item)
)
SELECT c.parent_id, c.last_item, CAST(count(*) AS INTEGER) AS n
FROM candidates c
JOIN ${t(`cover${k - 1}`)} v ON v.set_id = c.parent_id
JOIN ${t('tx')} x ON x.basket = v.basket AND x.item = c.last_item
GROUP BY c.parent_id, c.last_item
HAVING count(*) >= ${minCount};
INSERT INTO ${t('sets')}
SELECT CAST((SELECT max(set_id) FROM ${t('sets')}) + row_number() OVER (ORDER BY l.parent_id, l.last_item) AS INTEGER),
	${k}, l.parent_id, l.last_item, list_append(s.items, l.last_item), l.n
FROM ${t('level')} l
JOIN ${t('sets')} s ON s.set_id = l.parent_id`;
}

/** The baskets of each frequent k-itemset: its parent's baskets that also hold its last item. */
function coverSql(t: (name: string) => string, k: number): string {
	const parent = k === 2 ? `(SELECT item AS set_id, basket FROM ${t('tx')})` : t(`cover${k - 1}`);
	return `CREATE TEMP TABLE ${t(`cover${k}`)} AS
SELECT s.set_id, v.basket
FROM ${t('sets')} s
JOIN ${parent} v ON v.set_id = s.parent_id
JOIN ${t('tx')} x ON x.basket = v.basket AND x.item = s.last_item
WHERE s.size = ${k}`;
}

/** Drop the temp tables of a mining run. */
export async function dropMined(engine: Engine, prefix: string): Promise<void> {
	const names = ['lines', 'baskets', 'items', 'tx', 'sets', 'level'].concat(
		Array.from({ length: MAX_LEN }, (_, i) => `cover${i + 1}`)
	);
	await engine.exec(names.map((n) => `DROP TABLE IF EXISTS ${prefix}_${n}`).join(';\n'));
}
