import type { Engine } from '../../engine/engine';

/** A table or view the console can query, with its columns. */
export interface ConsoleTable {
	name: string;
	kind: 'table' | 'view';
	columns: { name: string; type: string }[];
}

/** The loaded tables and the filtered views, for the console's side panel. */
export async function consoleTables(engine: Engine): Promise<ConsoleTable[]> {
	const rows = (
		await engine.query(`WITH objects AS (
	SELECT table_name AS name, 'table' AS kind, 1 AS rank
	FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'
	UNION ALL
	SELECT view_name, 'view', 0 FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'v\\_%' ESCAPE '\\'
)
SELECT o.name, o.kind, c.column_name, c.data_type, c.column_index
FROM objects o JOIN duckdb_columns() c ON c.table_name = o.name
WHERE c.column_name <> '_source_row'
ORDER BY o.rank, o.name, c.column_index`)
	).rows<{ name: string; kind: 'table' | 'view'; column_name: string; data_type: string }>();
	const tables = new Map<string, ConsoleTable>();
	for (const r of rows) {
		const table = tables.get(r.name) ?? { name: r.name, kind: r.kind, columns: [] };
		table.columns.push({ name: r.column_name, type: r.data_type });
		tables.set(r.name, table);
	}
	return [...tables.values()];
}
