import { literalList } from '../../engine/sql';
import { withDefaults, type Mined } from './mine';

/** A measure rules can be sorted by. */
export type RuleMeasure = 'support' | 'confidence' | 'lift' | 'leverage' | 'conviction' | 'zhang';

export const RULE_MEASURES: readonly RuleMeasure[] = [
	'lift',
	'confidence',
	'support',
	'leverage',
	'conviction',
	'zhang'
];

/** Which rules to derive from the frequent itemsets, and which to return. */
export interface RuleParams {
	/** Default 0.1. */
	minConfidence?: number;
	/** Default 0 (no lift filter). */
	minLift?: number;
	/** One item on the right-hand side (default, as arules does) or any non-empty proper subset. */
	consequents?: 'single' | 'multi';
	/** Only rules mentioning at least one of these items (keys or labels) on either side. */
	withItems?: readonly string[];
	/** Only rules whose consequent holds at least one of these items (keys or labels). */
	consequentItems?: readonly string[];
	/** Drop a rule when a rule with the same consequent and a smaller antecedent is as confident. */
	pruneRedundant?: boolean;
	/** Order of the returned rules, largest first; default lift. */
	sort?: RuleMeasure;
	/** How many rules to return (the count covers all of them); default 1,000. */
	limit?: number;
}

/**
 * One association rule. Counts are baskets; conviction is null when confidence is 1 (infinite),
 * Zhang's metric null when undefined (the antecedent or consequent is in every basket).
 */
export interface Rule {
	antecedent: string[];
	consequent: string[];
	/** Item keys (product codes) in the same order as the labels. */
	antecedent_keys: string[];
	consequent_keys: string[];
	count: number;
	antecedent_count: number;
	consequent_count: number;
	support: number;
	confidence: number;
	lift: number;
	leverage: number;
	conviction: number | null;
	zhang: number | null;
}

/** Rule rows as SQL returns them: itemsets as item ids. */
export interface RuleRow extends Omit<
	Rule,
	'antecedent' | 'consequent' | 'antecedent_keys' | 'consequent_keys'
> {
	antecedent_ids: number[];
	consequent_ids: number[];
}

const DEFAULT_RULES = { minConfidence: 0.1, minLift: 0, limit: 1_000 } as const;

function checked(params: RuleParams) {
	const p = withDefaults<RuleParams, keyof typeof DEFAULT_RULES | 'consequents' | 'sort'>(
		{ ...DEFAULT_RULES, consequents: 'single', sort: 'lift' },
		params
	);
	if (!(p.minConfidence >= 0 && p.minConfidence <= 1))
		throw new RangeError(`minConfidence must be between 0 and 1, got ${p.minConfidence}`);
	if (!(p.minLift >= 0) || !Number.isFinite(p.minLift))
		throw new RangeError(`minLift must be a number ≥ 0, got ${p.minLift}`);
	if (!RULE_MEASURES.includes(p.sort)) throw new RangeError(`Cannot sort rules by "${p.sort}"`);
	if (!Number.isInteger(p.limit) || p.limit < 0)
		throw new RangeError(`limit must be a whole number ≥ 0, got ${p.limit}`);
	return p;
}

/**
 * CTEs ending in `rules`: every rule of the mined itemsets meeting the confidence, lift and item
 * filters (and not redundant, when asked), with its measures computed from exact basket counts.
 */
function rulesCtes(mined: Mined, params: RuleParams = {}): string {
	const p = checked(params);
	const t = (name: string) => `${mined.prefix}_${name}`;
	const n = `CAST(${mined.baskets} AS DOUBLE)`;
	const masks =
		p.consequents === 'multi'
			? `CROSS JOIN range(1, (1 << s.size) - 1) AS m(mask)`
			: `CROSS JOIN range(0, s.size) AS j(pos)`;
	const mask = p.consequents === 'multi' ? 'm.mask' : '((1 << s.size) - 1) - (1 << j.pos)';
	const itemIds = (items: readonly string[]) =>
		`(SELECT list(item_id) FROM ${t('items')} WHERE item IN ${literalList([...items])} OR label IN ${literalList([...items])})`;
	const filters = [
		`confidence >= ${p.minConfidence}`,
		`lift >= ${p.minLift}`,
		...(p.withItems?.length
			? [`list_has_any(list_concat(antecedent_ids, consequent_ids), ${itemIds(p.withItems)})`]
			: []),
		...(p.consequentItems?.length
			? [`list_has_any(consequent_ids, ${itemIds(p.consequentItems)})`]
			: []),
		...(p.pruneRedundant ? ['NOT redundant'] : [])
	];
	return `splits AS (
	SELECT s.set_id, s.size, s.items, s.n, ${mask} AS mask
	FROM ${t('sets')} s
	${masks}
	WHERE s.size >= 2
),
members AS (
	SELECT x.set_id, x.mask, x.n, x.items[pos] AS item, pos
	FROM splits x
	CROSS JOIN range(1, x.size + 1) AS q(pos)
),
sides AS (
	SELECT set_id, mask, any_value(n) AS n,
		CAST(list(item ORDER BY pos) FILTER (WHERE (mask >> (pos - 1)) & 1 = 1) AS INTEGER[]) AS antecedent_ids,
		CAST(list(item ORDER BY pos) FILTER (WHERE (mask >> (pos - 1)) & 1 = 0) AS INTEGER[]) AS consequent_ids
	FROM members
	GROUP BY set_id, mask
),
counted AS (
	SELECT x.antecedent_ids, x.consequent_ids, x.n AS count, a.n AS antecedent_count, c.n AS consequent_count
	FROM sides x
	JOIN ${t('sets')} a ON a.items = x.antecedent_ids
	JOIN ${t('sets')} c ON c.items = x.consequent_ids
),
measured AS (
	SELECT *,
		count / ${n} AS support,
		count / CAST(antecedent_count AS DOUBLE) AS confidence,
		(count * ${n}) / (CAST(antecedent_count AS DOUBLE) * consequent_count) AS lift,
		(CAST(count AS DOUBLE) * ${n} - CAST(antecedent_count AS DOUBLE) * consequent_count) / (${n} * ${n}) AS leverage,
		CASE WHEN count < antecedent_count
			THEN ((${n} - consequent_count) * antecedent_count) / (${n} * (antecedent_count - count)) END AS conviction,
		(CAST(count AS DOUBLE) * ${n} - CAST(antecedent_count AS DOUBLE) * consequent_count)
			/ nullif(greatest(CAST(count AS DOUBLE) * (${n} - antecedent_count), CAST(antecedent_count AS DOUBLE) * (consequent_count - count)), 0) AS zhang
	FROM counted
),${
		p.pruneRedundant
			? `
general AS (
	SELECT DISTINCT r.antecedent_ids, r.consequent_ids
	FROM measured r
	JOIN measured g ON g.consequent_ids = r.consequent_ids
		AND len(g.antecedent_ids) < len(r.antecedent_ids)
		AND list_has_all(r.antecedent_ids, g.antecedent_ids)
		AND CAST(g.count AS HUGEINT) * r.antecedent_count >= CAST(r.count AS HUGEINT) * g.antecedent_count
),
flagged AS (
	SELECT m.*, g.antecedent_ids IS NOT NULL AS redundant
	FROM measured m
	LEFT JOIN general g USING (antecedent_ids, consequent_ids)
),`
			: `
flagged AS (
	SELECT *, FALSE AS redundant FROM measured
),`
	}
rules AS (
	SELECT antecedent_ids, consequent_ids, count, antecedent_count, consequent_count,
		support, confidence, lift, leverage, conviction, zhang
	FROM flagged
	WHERE ${filters.join('\n\t\tAND ')}
)`;
}

/** The best `limit` rules by the chosen measure, each row carrying the count of all (`total_rules`). */
export function topRulesSql(mined: Mined, params: RuleParams = {}): string {
	const p = checked(params);
	const nulls = p.sort === 'conviction' ? 'NULLS FIRST' : 'NULLS LAST';
	return `WITH ${rulesCtes(mined, params)}
SELECT *, count(*) OVER () AS total_rules
FROM rules
ORDER BY ${p.sort} DESC ${nulls}, count DESC, antecedent_ids, consequent_ids
LIMIT ${p.limit}`;
}

/** How many rules meet the thresholds, in total. */
export function ruleCountSql(mined: Mined, params: RuleParams = {}): string {
	return `WITH ${rulesCtes(mined, params)}
SELECT count(*) AS rules FROM rules`;
}
