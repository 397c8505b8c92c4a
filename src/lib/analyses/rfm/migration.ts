import type { Engine } from '../../engine/engine';
import { snapshotSql } from '../value/customer-facts';
import { rfmCtes, type RfmParams } from './rfm';

/** Customers who were in segment `from` at the earlier snapshot and are in `to` at the later one. */
export interface MigrationFlow {
	from: string;
	to: string;
	customers: number;
}

/** The two snapshots compared and the flows between them. */
export interface Migration {
	earlier: string;
	later: string;
	flows: MigrationFlow[];
}

/** Segment of customers with no purchase before the earlier snapshot. */
export const NEW_SEGMENT = '(new)';

/** Default gap between the two snapshots, in days. */
export const MIGRATION_DAYS = 90;

/** `YYYY-MM-DD` shifted by whole days, in UTC so the result never depends on the local zone. */
export function shiftDate(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * Segment flows between two snapshots. Each side is scored on the purchases before its own
 * snapshot (quintiles are recomputed over the customers known then), so `(new)` holds everyone
 * whose first purchase falls between the two.
 */
export function migrationSql(params: RfmParams & { snapshot: string }, earlier: string): string {
	const scored = (snapshot: string) =>
		`WITH ${rfmCtes({ ...params, snapshot })}\n\tSELECT customer_id, segment FROM rfm_customers`;
	return `WITH earlier AS (
	${scored(earlier)}
),
later AS (
	${scored(params.snapshot)}
)
SELECT coalesce(e.segment, '${NEW_SEGMENT}') AS "from", l.segment AS "to", count(*) AS customers
FROM later l
LEFT JOIN earlier e USING (customer_id)
GROUP BY ALL
ORDER BY customers DESC, "from", "to"`;
}

/** The snapshot date the parameters resolve to (the day after the last purchase by default). */
async function resolveSnapshot(engine: Engine, params: RfmParams): Promise<string> {
	const sql = `SELECT strftime(${snapshotSql(params.snapshot)}, '%Y-%m-%d') AS snapshot`;
	return (await engine.query(sql)).rows<{ snapshot: string }>()[0].snapshot;
}

/** How customers moved between segments from `earlier` (default 90 days before) to the snapshot. */
export async function migration(
	engine: Engine,
	params: RfmParams = {},
	earlier?: string
): Promise<Migration> {
	const later = await resolveSnapshot(engine, params);
	const from = earlier ?? shiftDate(later, -MIGRATION_DAYS);
	if (from >= later) throw new Error(`The earlier snapshot ${from} must be before ${later}`);
	const sql = migrationSql({ ...params, snapshot: later }, from);
	return { earlier: from, later, flows: (await engine.query(sql)).rows<MigrationFlow>() };
}
