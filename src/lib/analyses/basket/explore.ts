import type { Engine } from '../../engine/engine';
import { literalList } from '../../engine/sql';
import {
	basketLinesCtes,
	itemLabelsCtes,
	resolveBasketUnit,
	segmentLinesCtes,
	type BasketParams,
	type SegmentBy
} from './baskets';
import { DEFAULT_MINING } from './mine';

/** Baskets as the miner counts them: oversized baskets are left out here too. */
export interface ExploreParams extends BasketParams {
	/** Default 500, as in mining. */
	maxBasketSize?: number;
}

/** A product bought in the same basket as the chosen one. */
export interface AlsoBought {
	item: string;
	label: string;
	/** Baskets with both. */
	count: number;
	/** Share of the chosen product's baskets that also hold this one. */
	confidence: number;
	lift: number;
}

/** One pair of the co-occurrence heatmap (both orders are listed). */
export interface Cooccurrence {
	x: string;
	y: string;
	count: number;
	lift: number;
}

/** An item with its basket count. */
export interface ItemCount {
	item: string;
	label: string;
	baskets: number;
}

/** The same rule measured within each segment. */
export interface SegmentRule {
	segment: string;
	baskets: number;
	antecedent_count: number;
	consequent_count: number;
	count: number;
	support: number | null;
	confidence: number | null;
	lift: number | null;
}

async function basketsCtes(engine: Engine, params: ExploreParams): Promise<string> {
	const basket = await resolveBasketUnit(engine, params);
	const cap = params.maxBasketSize ?? DEFAULT_MINING.maxBasketSize;
	return `${basketLinesCtes({ ...params, basket })},
${itemLabelsCtes({ ...params, basket }, true)},
distinct_lines AS (
	SELECT DISTINCT basket, item FROM basket_lines
),
kept AS (
	SELECT basket FROM distinct_lines GROUP BY basket HAVING count(*) <= ${cap}
),
b AS (
	SELECT d.basket, d.item FROM distinct_lines d SEMI JOIN kept k USING (basket)
),
total AS (
	SELECT count(DISTINCT basket) AS n FROM b
),
counts AS (
	SELECT item, count(*) AS n FROM b GROUP BY item
)`;
}

/** Items by the number of baskets holding them, most first (for pickers and the heatmap). */
export async function topItems(
	engine: Engine,
	params: ExploreParams = {},
	limit = 1_000
): Promise<ItemCount[]> {
	const sql = `WITH ${await basketsCtes(engine, params)}
SELECT c.item, coalesce(l.label, c.item) AS label, c.n AS baskets
FROM counts c
LEFT JOIN item_labels l USING (item)
ORDER BY c.n DESC, c.item
LIMIT ?`;
	return (await engine.query(sql, [limit])).rows<ItemCount>();
}

/** What else is in the baskets holding `item` (a key), most often first. */
export async function alsoBought(
	engine: Engine,
	item: string,
	params: ExploreParams = {},
	limit = 10
): Promise<AlsoBought[]> {
	const sql = `WITH ${await basketsCtes(engine, params)},
with_x AS (
	SELECT basket FROM b WHERE item = ?
),
pairs AS (
	SELECT b.item, count(*) AS count FROM b SEMI JOIN with_x USING (basket) WHERE b.item <> ? GROUP BY b.item
)
SELECT p.item, coalesce(l.label, p.item) AS label, p.count,
	p.count / (SELECT count(*) FROM with_x) AS confidence,
	(p.count * (SELECT n FROM total)) / ((SELECT count(*) FROM with_x) * c.n) AS lift
FROM pairs p
JOIN counts c USING (item)
LEFT JOIN item_labels l USING (item)
ORDER BY p.count DESC, lift DESC, p.item
LIMIT ?`;
	return (await engine.query(sql, [item, item, limit])).rows<AlsoBought>();
}

/** Basket counts and lift of every pair among the `top` most bought items. */
export async function cooccurrence(
	engine: Engine,
	params: ExploreParams = {},
	top = 15
): Promise<{ items: ItemCount[]; pairs: Cooccurrence[] }> {
	const items = await topItems(engine, params, top);
	if (items.length < 2) return { items, pairs: [] };
	const keys = literalList(items.map((i) => i.item));
	const sql = `WITH ${await basketsCtes(engine, params)},
chosen AS (
	SELECT basket, item FROM b WHERE item IN ${keys}
)
SELECT x.item AS x, y.item AS y, count(*) AS count,
	(count(*) * any_value(t.n)) / (any_value(cx.n) * any_value(cy.n)) AS lift
FROM chosen x
JOIN chosen y ON y.basket = x.basket AND y.item <> x.item
JOIN counts cx ON cx.item = x.item
JOIN counts cy ON cy.item = y.item
CROSS JOIN total t
GROUP BY x.item, y.item
ORDER BY x.item, y.item`;
	return { items, pairs: (await engine.query(sql)).rows<Cooccurrence>() };
}

/**
 * One rule (item keys) measured within each segment of `by`, largest segment first. A basket
 * within a segment holds the lines of that segment's customers, as with a segment filter.
 */
export async function ruleAcrossSegments(
	engine: Engine,
	rule: { antecedent: readonly string[]; consequent: readonly string[] },
	by: SegmentBy,
	params: ExploreParams = {}
): Promise<SegmentRule[]> {
	const basket = await resolveBasketUnit(engine, params);
	const cap = params.maxBasketSize ?? DEFAULT_MINING.maxBasketSize;
	const has = (items: readonly string[]) =>
		`count(DISTINCT item) FILTER (WHERE item IN ${literalList([...items])}) = ${new Set(items).size}`;
	const sql = `WITH ${segmentLinesCtes({ ...params, basket }, by)},
flags AS (
	SELECT basket, segment, ${has(rule.antecedent)} AS has_a, ${has(rule.consequent)} AS has_c
	FROM segment_lines
	GROUP BY basket, segment
	HAVING count(DISTINCT item) <= ${cap}
),
counted AS (
	SELECT segment, count(*) AS baskets, count(*) FILTER (WHERE has_a) AS antecedent_count,
		count(*) FILTER (WHERE has_c) AS consequent_count, count(*) FILTER (WHERE has_a AND has_c) AS count
	FROM flags
	GROUP BY segment
)
SELECT *, count / baskets AS support, count / nullif(antecedent_count, 0) AS confidence,
	(count * baskets) / nullif(antecedent_count * consequent_count, 0) AS lift
FROM counted
ORDER BY baskets DESC, segment`;
	return (await engine.query(sql)).rows<SegmentRule>();
}
