import type { Engine } from '../../engine/engine';
import { SOURCE_ROW } from '../../engine/schema';

/** What the builder offers to pick from in the loaded data. */
export interface SegmentChoices {
	/** Customer columns (canonical and attribute) with their DuckDB type. */
	columns: { name: string; type: string }[];
	products: string[];
	categories: string[];
	campaigns: string[];
	activityTypes: string[];
}

/** The distinct values worth offering, most used first (at most `limit` of each). */
export async function segmentChoices(engine: Engine, limit = 500): Promise<SegmentChoices> {
	const columns = (
		await engine.query(
			`SELECT column_name AS name, data_type AS type FROM duckdb_columns()
WHERE table_name = 'customers' AND schema_name = 'main' AND column_name <> ?
ORDER BY column_index`,
			[SOURCE_ROW]
		)
	).rows<{ name: string; type: string }>();
	const values = async (table: string, col: string) =>
		(
			await engine.query(
				`SELECT ${col} AS value, count(*) AS n FROM ${table}
WHERE ${col} IS NOT NULL
GROUP BY ALL
ORDER BY n DESC, value
LIMIT ?`,
				[limit]
			)
		)
			.rows<{ value: string }>()
			.map((r) => r.value);
	return {
		columns,
		products: await values('transactions', 'product_name'),
		categories: await values('transactions', 'category'),
		campaigns: await values('activities', 'campaign'),
		activityTypes: await values('activities', 'type')
	};
}
