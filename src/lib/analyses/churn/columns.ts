/**
 * The columns of the customers file as churn analysis sees them: which can be a churn flag, a
 * reason, a tenure, and which can slice churn (text, or numbers binned into fifths).
 */
import type { Engine } from '../../engine/engine';
import { FALSE_WORDS, TRUE_WORDS } from '../../engine/ingest/values';
import { ident, literalList } from '../../engine/sql';
import { VIEW } from '../../engine/views';
import { describesChurn, RESERVED_COLUMNS } from './definition';

/** One column of the customers file, profiled. */
export interface CustomerColumn {
	column: string;
	/** Distinct non-empty values. */
	distinct: number;
	/** Rows with a non-empty value. */
	filled: number;
	/** Every non-empty value reads as a number. */
	numeric: boolean;
	/** Every non-empty value reads as yes or no (Yes/No, 1/0, true/false, 是/否 …, any mix). */
	yes_no: boolean;
}

/** Text columns with more distinct values than this are identifiers, not segments. */
const MAX_SEGMENTS = 50;
/** Numbers with more distinct values than this are binned into fifths. */
export const MAX_NUMERIC_LEVELS = 12;

const text = (column: string) => `nullif(trim(CAST(${ident(column)} AS VARCHAR)), '')`;

/** Profile every column of the customers table (reserved canonical fields other than `churned` left out). */
export async function customerColumns(engine: Engine): Promise<CustomerColumn[]> {
	const names = (
		await engine.query(`SELECT column_name FROM duckdb_columns()
WHERE table_name = 'customers' AND NOT internal
ORDER BY column_index`)
	)
		.rows<{ column_name: string }>()
		.map((r) => r.column_name)
		.filter((c) => c === 'churned' || !RESERVED_COLUMNS.has(c));
	if (!names.length) return [];
	const words = literalList([...TRUE_WORDS, ...FALSE_WORDS]);
	const sql = names
		.map(
			(c, i) => `SELECT ${i} AS i, count(DISTINCT v) AS distinct_values, count(v) AS filled,
	count(TRY_CAST(v AS DOUBLE)) AS numbers, count(*) FILTER (WHERE lower(v) IN ${words}) AS yes_no
FROM (SELECT ${text(c)} AS v FROM ${VIEW.customers})`
		)
		.join('\nUNION ALL\n');
	type Row = {
		i: number;
		distinct_values: number;
		filled: number;
		numbers: number;
		yes_no: number;
	};
	const stats = new Map((await engine.query(sql)).rows<Row>().map((r) => [r.i, r]));
	return names.flatMap((column, i) => {
		const s = stats.get(i);
		if (!s || s.filled === 0) return [];
		return [
			{
				column,
				distinct: s.distinct_values,
				filled: s.filled,
				numeric: s.numbers === s.filled,
				yes_no: s.yes_no === s.filled
			}
		];
	});
}

/** Columns that can be the churn flag: yes/no columns, `churned` first, then those named for churn. */
export function flagColumns(columns: readonly CustomerColumn[]): string[] {
	const rank = (c: string) => (c === 'churned' ? 0 : describesChurn(c) ? 1 : 2);
	return columns
		.filter((c) => c.yes_no)
		.map((c) => c.column)
		.sort((a, b) => rank(a) - rank(b));
}

/** Columns that may hold a tenure in months. */
export function tenureColumns(columns: readonly CustomerColumn[]): string[] {
	return columns
		.filter((c) => c.numeric && /tenure|months|在网|时长|月数/i.test(c.column))
		.map((c) => c.column);
}

/** Columns that may hold a churn reason (besides the canonical `churn_reason`). */
export function reasonColumns(columns: readonly CustomerColumn[]): string[] {
	return columns.filter((c) => !c.numeric && /reason|原因/i.test(c.column)).map((c) => c.column);
}

/** Columns worth slicing churn by: not about churn itself, 2+ values, not identifier-like text. */
export function sliceColumns(columns: readonly CustomerColumn[]): CustomerColumn[] {
	return columns.filter(
		(c) => !describesChurn(c.column) && c.distinct >= 2 && (c.numeric || c.distinct <= MAX_SEGMENTS)
	);
}

/**
 * The customers-table column a user means by `name`: a column of that name (any case), or the
 * canonical field the file's column of that name was mapped to (`Churn Label` → `churned`).
 */
export async function resolveCustomerColumn(engine: Engine, name: string): Promise<string | null> {
	const columns = (
		await engine.query(`SELECT column_name FROM duckdb_columns()
WHERE table_name = 'customers' AND NOT internal
ORDER BY column_index`)
	).rows<{ column_name: string }>();
	const wanted = name.trim().toLowerCase();
	const direct = columns.find((c) => c.column_name.toLowerCase() === wanted);
	if (direct) return direct.column_name;
	const plans = (
		await engine.query(`SELECT plan FROM ingest_files WHERE table_name = 'customers'`)
	).rows<{ plan: string }>();
	for (const { plan } of plans) {
		const mapping = (JSON.parse(plan) as { mapping?: Record<string, string | null> }).mapping ?? {};
		const field = Object.entries(mapping).find(([, source]) => source?.toLowerCase() === wanted);
		if (field) return field[0];
	}
	return null;
}
