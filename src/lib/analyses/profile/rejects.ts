import type { Engine } from '../../engine/engine';

/** One row ingest could not load, with where it was and why. */
export interface RejectedRow {
	table: string;
	file: string;
	line: number;
	column: string | null;
	value: string | null;
	reason: string;
}

const REJECTS_SQL = `SELECT table_name AS "table", file_name AS file, line, column_name AS "column", value, reason
FROM ingest_rejects
ORDER BY table_name, line`;

/** The first `limit` rejected rows (all of them when limit is omitted), in file order. */
export async function rejectedRows(engine: Engine, limit?: number): Promise<RejectedRow[]> {
	const sql = limit === undefined ? REJECTS_SQL : `${REJECTS_SQL}\nLIMIT ?`;
	return (await engine.query(sql, limit === undefined ? [] : [limit])).rows<RejectedRow>();
}
