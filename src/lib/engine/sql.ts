/**
 * The one place that turns user text into SQL. Identifiers are double-quoted with inner quotes
 * doubled; literals are single-quoted with inner quotes doubled. Anything else reaching SQL text is
 * a bug: prefer bound parameters (`?`) for values wherever DuckDB accepts them.
 */

export type SqlValue = string | number | boolean | bigint | null | Date;

/** Quote an identifier (table, column, alias) for DuckDB. */
export function ident(name: string): string {
	if (name.includes('\0')) throw new Error('Identifier contains a NUL character');
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a value as a SQL literal; used where DuckDB cannot bind a parameter (e.g. file names, DDL). */
export function literal(value: SqlValue): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number') {
		return Number.isFinite(value) ? String(value) : 'NULL';
	}
	if (value instanceof Date)
		return `TIMESTAMP ${literal(value.toISOString().replace('T', ' ').replace('Z', ''))}`;
	if (value.includes('\0')) throw new Error('Text contains a NUL character');
	return `'${value.replaceAll("'", "''")}'`;
}

/** A list of literals for `IN (...)`; an empty list becomes `(NULL)` so the predicate is false. */
export function literalList(values: readonly SqlValue[]): string {
	return values.length ? `(${values.map(literal).join(', ')})` : '(NULL)';
}

/** A qualified column reference `"table"."column"`. */
export function column(table: string, name: string): string {
	return `${ident(table)}.${ident(name)}`;
}
