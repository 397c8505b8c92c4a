/**
 * Card-style value tiers by spend percentile. Customers are ranked by net revenue (spend),
 * largest first; tied customers share the rank of the first of them (SQL `rank()`), so equal
 * spend always gets the same tier. A customer of rank r among n is in the first tier whose
 * cumulative share s satisfies r ≤ s × n (compared in integers), so with 50 customers nobody is
 * Black (1 > 1% × 50); the last tier takes the rest.
 */
import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { basisPoints, centsSql, run, type BoundSql } from '../pareto/curve';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';
import { withCachedFacts } from '../value/facts-cache';

/** One tier: its name and the share of customers it holds (the last tier takes the rest). */
export interface TierSpec {
	name: string;
	/** Fraction of all customers, e.g. 0.01 for the top 1%. Ignored for the last tier. */
	share: number;
}

export const DEFAULT_TIERS: readonly TierSpec[] = [
	{ name: 'Black', share: 0.01 },
	{ name: 'Platinum', share: 0.04 },
	{ name: 'Gold', share: 0.1 },
	{ name: 'Silver', share: 0.2 },
	{ name: 'Standard', share: 0.65 }
];

/** Options of the tier analysis. */
interface TierParams extends ValueParams {
	tiers?: readonly TierSpec[];
}

/** One tier's customers and spend. */
export interface TierRow {
	tier: string;
	customers: number;
	revenue: number;
	/** Of total net revenue; null when that total is not positive. */
	revenue_share: number | null;
	customer_share: number | null;
	/** Lowest spend in the tier: what it takes to be in it. Null for an empty tier. */
	min_spend: number | null;
}

/** Cumulative shares in basis points; the last is always 10000. */
export function tierCuts(tiers: readonly TierSpec[]): number[] {
	if (!tiers.length) throw new RangeError('At least one tier is needed');
	let cumulative = 0;
	return tiers.map((t, i) => {
		if (i === tiers.length - 1) return 10_000;
		cumulative += basisPoints(t.share, `share of ${t.name}`);
		if (cumulative > 10_000) throw new RangeError('Tier shares add up to more than 100%');
		return cumulative;
	});
}

/**
 * The one tier rule as CTEs over `customer_facts`: `<prefix>_cuts (tier, cum_bp, tier_name)` and
 * `<prefix>_assigned (customer_id, cents, tier)`, tiers numbered 0… in the order given. Shared by
 * the tiers page and every place that slices by tier, so a customer is in the same tier everywhere.
 */
export function tierAssignmentCtes(
	prefix: string,
	tiers: readonly TierSpec[] = DEFAULT_TIERS
): string {
	const cuts = tierCuts(tiers)
		.map((bp, i) => `(${i}, ${bp}, ${literal(tiers[i].name)})`)
		.join(', ');
	return `${prefix}_cuts AS (
	SELECT * FROM (VALUES ${cuts}) AS c(tier, cum_bp, tier_name)
),
${prefix}_spend AS (
	SELECT customer_id, cents, rank() OVER (ORDER BY cents DESC) AS r, count(*) OVER () AS n
	FROM (SELECT customer_id, ${centsSql('monetary')} AS cents FROM customer_facts)
),
${prefix}_assigned AS (
	SELECT s.customer_id, s.cents,
		(SELECT min(tier) FROM ${prefix}_cuts WHERE s.r * 10000 <= cum_bp * s.n) AS tier
	FROM ${prefix}_spend s
)`;
}

/** Per-tier statistics; names are attached in TS. */
export function tiersSql({ tiers = DEFAULT_TIERS, ...params }: TierParams = {}): BoundSql {
	const sql = `WITH ${customerFactsCtes(params)},
${tierAssignmentCtes('tier', tiers)},
totals AS (
	SELECT count(*) AS n, sum(cents) AS total_cents FROM tier_spend
)
SELECT
	c.tier,
	count(a.customer_id) AS customers,
	coalesce(sum(a.cents), 0)::DOUBLE / 100 AS revenue,
	CASE WHEN t.total_cents > 0 THEN coalesce(sum(a.cents), 0)::DOUBLE / t.total_cents::DOUBLE END
		AS revenue_share,
	count(a.customer_id)::DOUBLE / nullif(t.n, 0) AS customer_share,
	min(a.cents)::DOUBLE / 100 AS min_spend
FROM tier_cuts c LEFT JOIN tier_assigned a USING (tier) CROSS JOIN totals t
GROUP BY c.tier, t.n, t.total_cents
ORDER BY c.tier`;
	return { sql, params: [] };
}

/** Customers, revenue and entry spend per tier, in the order the tiers are given. */
export async function tiers(engine: Engine, params: TierParams = {}): Promise<TierRow[]> {
	const specs = params.tiers ?? DEFAULT_TIERS;
	const rows = await run<Omit<TierRow, 'tier'> & { tier: number }>(
		engine,
		tiersSql(await withCachedFacts(engine, params))
	);
	return rows.map((row) => ({ ...row, tier: specs[row.tier].name }));
}
