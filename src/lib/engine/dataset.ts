import type { Engine } from './engine';
import { FIELDS, SOURCE_ROW, type FieldType, type TableName } from './schema';
import { ident, literal } from './sql';
import { refreshViews } from './views';

const SQL_TYPES: Record<FieldType, string> = {
	id: 'VARCHAR',
	text: 'VARCHAR',
	timestamp: 'TIMESTAMP',
	date: 'DATE',
	number: 'DOUBLE',
	boolean: 'BOOLEAN'
};

const EXTRA_COLUMNS: Record<TableName, string[]> = {
	transactions: ['is_product BOOLEAN'],
	customers: [],
	activities: []
};

function canonicalColumns(table: TableName): string[] {
	return [
		`${ident(SOURCE_ROW)} BIGINT`,
		...FIELDS[table].map((f) => `${ident(f.name)} ${SQL_TYPES[f.type]}`),
		...EXTRA_COLUMNS[table]
	];
}

/** The in-memory database the dataset lives in, attached with compression. */
const DATASET_DATABASE = 'lens';

/**
 * DuckDB compresses the tables of an in-memory database attached with COMPRESS when a statement
 * commits (line items take about a sixth of the memory), but not those of its default one: so the
 * dataset goes there. A database file compresses anyway and is kept.
 */
async function useCompressedDatabase(engine: Engine): Promise<void> {
	const [current] = (
		await engine.query(
			'SELECT database_name AS name, path FROM duckdb_databases() WHERE database_name = current_database()'
		)
	).rows<{ name: string; path: string | null }>();
	if (current.name === DATASET_DATABASE || current.path) return;
	await engine.exec(`ATTACH IF NOT EXISTS ':memory:' AS ${DATASET_DATABASE} (COMPRESS)`);
	await engine.exec(`USE ${DATASET_DATABASE}`);
}

/** Bookkeeping tables and empty canonical tables, so every analysis can run on any subset of files. */
export async function ensureDataset(engine: Engine): Promise<void> {
	await useCompressedDatabase(engine);
	await engine.exec(`CREATE TABLE IF NOT EXISTS ingest_files (
	table_name VARCHAR PRIMARY KEY, file_name VARCHAR, rows_read BIGINT, rows_loaded BIGINT,
	rows_rejected BIGINT, plan VARCHAR)`);
	await engine.exec(`CREATE TABLE IF NOT EXISTS ingest_rejects (
	table_name VARCHAR, file_name VARCHAR, line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)`);
	await engine.exec(`CREATE TABLE IF NOT EXISTS ingest_unparsed (
	table_name VARCHAR, column_name VARCHAR, field VARCHAR, expected VARCHAR, count BIGINT, example VARCHAR)`);
	for (const table of Object.keys(FIELDS) as TableName[])
		await engine.exec(
			`CREATE TABLE IF NOT EXISTS ${ident(table)} (${canonicalColumns(table).join(', ')})`
		);
	await refreshViews(engine);
}

/** Empty a canonical table (and its bookkeeping) back to the schema. */
export async function clearTable(engine: Engine, table: TableName): Promise<void> {
	await engine.exec(
		`CREATE OR REPLACE TABLE ${ident(table)} (${canonicalColumns(table).join(', ')})`
	);
	for (const t of ['ingest_files', 'ingest_rejects', 'ingest_unparsed'])
		await engine.exec(`DELETE FROM ${t} WHERE table_name = ${literal(table)}`);
	await refreshViews(engine);
}

/** Tables that were loaded from a file (the rest are empty or derived). */
async function loadedTables(engine: Engine): Promise<TableName[]> {
	const rows = (
		await engine.query('SELECT table_name FROM ingest_files ORDER BY table_name')
	).rows<{
		table_name: TableName;
	}>();
	return rows.map((r) => r.table_name);
}

/**
 * Without a customers file, customers are the distinct ids of the transactions, so a
 * transactions export alone works. A loaded customers file is left as it is.
 */
export async function deriveCustomers(engine: Engine): Promise<void> {
	if ((await loadedTables(engine)).includes('customers')) return;
	const columns = FIELDS.customers.map((f) =>
		f.name === 'customer_id' ? ident(f.name) : `NULL::${SQL_TYPES[f.type]} AS ${ident(f.name)}`
	);
	await engine.exec(`CREATE OR REPLACE TABLE customers AS
SELECT row_number() OVER (ORDER BY customer_id) AS ${ident(SOURCE_ROW)}, ${columns.join(', ')}
FROM (SELECT DISTINCT customer_id FROM transactions WHERE customer_id IS NOT NULL)
ORDER BY customer_id`);
}
