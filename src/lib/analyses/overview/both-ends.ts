import type { Engine } from '../../engine/engine';
import { VIEW } from '../../engine/views';
import { customerFactsCtes, type ValueParams } from '../value/customer-facts';
import { withCachedFacts } from '../value/facts-cache';

/** A customer at one of the two ends: the most valuable, or valuable and slipping away. */
export interface EndCustomer {
	customer_id: string;
	name: string | null;
	branch: string | null;
	monetary: number;
	frequency: number;
	recency_days: number;
	/** Average days between this customer's purchases; null with a single purchase. */
	usual_gap_days: number | null;
	last_purchase: string;
	/** How many customers the whole list has (the rows are its top by value). */
	total: number;
}

interface BothEndsParams extends ValueParams {
	limit?: number;
	/** Share of customers, by value, counted as valuable (default the top 20%). */
	valuableShare?: number;
	/** At risk when the time since the last purchase exceeds this multiple of the usual gap… */
	gapMultiple?: number;
	/** …and at least this many days, so daily buyers are not flagged after a quiet week. */
	minSilentDays?: number;
}

/**
 * "Grab both ends": the top customers by net revenue, and the valuable customers at risk — in the
 * top share by value, with 2+ purchases, and silent for longer than `gapMultiple` × their own
 * average gap between purchases (and at least `minSilentDays`).
 */
export function bothEndsSql(end: 'top' | 'at_risk', params: BothEndsParams = {}): string {
	const { valuableShare = 0.2, gapMultiple = 2, minSilentDays = 30 } = params;
	const filter =
		end === 'top'
			? ''
			: `WHERE value_rank <= ceil(customers * ${Number(valuableShare)})
	AND usual_gap_days IS NOT NULL
	AND recency_days > greatest(${Number(gapMultiple)} * usual_gap_days, ${Number(minSilentDays)})`;
	return `WITH ${customerFactsCtes(params)},
scored AS (
	SELECT f.*,
		date_diff('day', f.last_purchase::DATE, params.snapshot) AS recency_days,
		CASE WHEN f.frequency > 1
			THEN round(date_diff('day', f.first_purchase::DATE, f.last_purchase::DATE) / (f.frequency - 1), 1)
		END AS usual_gap_days,
		row_number() OVER (ORDER BY f.monetary DESC, f.customer_id) AS value_rank,
		count(*) OVER () AS customers
	FROM customer_facts f, params
)
SELECT s.customer_id, c.name, c.branch, s.monetary, s.frequency, s.recency_days, s.usual_gap_days,
	strftime(s.last_purchase, '%Y-%m-%d') AS last_purchase, count(*) OVER () AS total
FROM scored s LEFT JOIN ${VIEW.customers} c USING (customer_id)
${filter}
ORDER BY s.monetary DESC, s.customer_id
LIMIT ?`;
}

/** One end of the customer base, ordered by value. */
export async function endCustomers(
	engine: Engine,
	end: 'top' | 'at_risk',
	params: BothEndsParams = {}
): Promise<EndCustomer[]> {
	const sql = bothEndsSql(end, await withCachedFacts(engine, params));
	return (await engine.query(sql, [params.limit ?? 10])).rows<EndCustomer>();
}

/** Both ends of the customer base, each list ordered by value. */
export async function bothEnds(engine: Engine, params: BothEndsParams = {}) {
	const [top, atRisk] = await Promise.all([
		endCustomers(engine, 'top', params),
		endCustomers(engine, 'at_risk', params)
	]);
	return { top, atRisk };
}
