import type { Engine } from '../engine';
import { FIELDS, SOURCE_ROW, type FieldSpec, type TableName } from '../schema';
import { ident, literal, literalList } from '../sql';
import { dateAmbiguousSql, dateSql, formatLabel, type DateFormat } from './dates';
import type { IngestPlan } from './plan';
import { booleanSql, idSql, numberSql, textSql } from './values';

/** Columns of the load table that say why a row is rejected; dropped before it becomes the canonical table. */
const REJECT = '_reject';
const REJECT_VALUE = '_reject_value';
const BAD = '_bad';
/** The raw text of a field, beside its parsed value while the load reads the file. */
const rawName = (field: string) => `_raw_${field}`;

/** Column names a canonical table reserves; a file column with one of these names is renamed. */
function reservedNames(table: TableName): Set<string> {
	const fields = FIELDS[table].map((f) => f.name);
	return new Set(
		[...fields, ...fields.map(rawName), SOURCE_ROW, 'is_product', REJECT, REJECT_VALUE, BAD].map(
			(n) => n.toLowerCase()
		)
	);
}

interface ParsedField {
	spec: FieldSpec;
	/** The detected format of a date field. */
	dateFormat?: DateFormat | null;
	/** Quoted raw column, or null when the file lacks the field. */
	raw: string | null;
	parsed: string;
	/** What a value must look like, for the reject message. */
	expected: string;
}

function parsedField(spec: FieldSpec, plan: IngestPlan): ParsedField {
	const source = plan.mapping[spec.name] ?? null;
	const raw = source === null ? null : ident(source);
	const expr = raw ?? 'NULL::VARCHAR';
	switch (spec.type) {
		case 'id':
			return { spec, raw, parsed: idSql(expr), expected: 'an id' };
		case 'text':
			return { spec, raw, parsed: textSql(expr), expected: 'text' };
		case 'number':
			return { spec, raw, parsed: numberSql(expr, plan.numberStyle), expected: 'a number' };
		case 'boolean':
			return { spec, raw, parsed: booleanSql(expr), expected: 'yes/no, 1/0, true/false or 是/否' };
		case 'timestamp':
		case 'date': {
			const format = plan.dateFormats[spec.name];
			const parsed = format ? dateSql(expr, format, spec.type) : `NULL::${spec.type.toUpperCase()}`;
			return {
				spec,
				raw,
				parsed,
				dateFormat: format,
				expected: `a date (${format ? formatLabel(format) : 'no format detected'})`
			};
		}
	}
}

/** The file's columns that map to no canonical field: kept as attributes under a safe name. */
export function attributeColumns(plan: IngestPlan): { source: string; name: string }[] {
	const mapped = new Set(Object.values(plan.mapping).filter((v): v is string => v !== null));
	const reserved = reservedNames(plan.table);
	return plan.headers
		.filter((h) => !mapped.has(h))
		.map((source) => ({
			source,
			name: reserved.has(source.toLowerCase()) ? `${source} (file)` : source
		}));
}

/** The tables a load builds before it replaces anything: the rows, their rejects, the unparsed counts. */
export function loadTables(table: TableName) {
	return {
		rows: `_load_${table}`,
		rejects: `_load_${table}_rejects`,
		unparsed: `_load_${table}_unparsed`
	};
}

/** The statements of one load, in the order `loadFile` runs them. */
interface LoadSql {
	/** One pass over `source`: the canonical columns of every row, and why a row is rejected. */
	parse: (source: string) => string;
	/** Keep aside the rejected rows: line, column, value and reason. */
	keepRejects: string;
	/** Keep aside the count and an example of optional values that did not parse; null when none can fail. */
	keepUnparsed: string | null;
	/** Drop the rejected rows and the reject columns: what is left is the canonical table. */
	finish: string[];
}

/**
 * SQL that reads a source (the file's columns as VARCHAR plus its line as `_source_row`) into the
 * load table of `plan.table`, every value parsed in exactly one place (values.ts, dates.ts). The
 * file streams through once: no copy of its text is kept, only the raw value where one is rejected
 * or did not parse, and the reason as a small number that `keepRejects` turns back into words.
 */
export function buildLoadSql(plan: IngestPlan): LoadSql {
	const fields = FIELDS[plan.table].map((spec) => parsedField(spec, plan));
	const attrs = attributeColumns(plan);
	const cases = rejectCases(plan.table, fields);
	const derived = derivedColumns(plan);
	const tables = loadTables(plan.table);
	const rows = ident(tables.rows);
	const [row, reject, rejectValue, bad] = [SOURCE_ROW, REJECT, REJECT_VALUE, BAD].map(ident);

	const checked = fields.filter((f) => f.raw !== null && f.spec.type !== 'text');
	const unparsedOf = (f: ParsedField) =>
		`${ident(f.spec.name)} IS NULL AND nullif(trim(${ident(rawName(f.spec.name))}), '') IS NOT NULL`;
	const badList = checked.length
		? `CASE WHEN ${reject} IS NULL AND (${checked.map(unparsedOf).join(' OR ')}) THEN [${checked
				.map((f) => `CASE WHEN ${unparsedOf(f)} THEN ${ident(rawName(f.spec.name))} END`)
				.join(', ')}] END`
		: 'NULL::VARCHAR[]';
	const byReject = (values: string[]) =>
		`CASE ${reject} ${values.map((v, i) => `WHEN ${i} THEN ${v}`).join(' ')} END`;
	const columns = [
		row,
		...fields.map(
			(f) => `${derived.get(f.spec.name) ?? ident(f.spec.name)} AS ${ident(f.spec.name)}`
		),
		...[...derived]
			.filter(([name]) => !fields.some((f) => f.spec.name === name))
			.map(([name, expr]) => `${expr} AS ${ident(name)}`),
		...attrs.map((a) => ident(a.name))
	];
	const parse = (source: string) => `CREATE OR REPLACE TABLE ${rows} AS
WITH parsed AS (
	SELECT ${row},
		${fields.map((f) => `${f.parsed} AS ${ident(f.spec.name)}`).join(',\n\t\t')}${attrs.map((a) => `,\n\t\t${ident(a.source)} AS ${ident(a.name)}`).join('')},
		${fields.map((f) => `${f.raw ?? 'NULL::VARCHAR'} AS ${ident(rawName(f.spec.name))}`).join(',\n\t\t')}
	FROM ${source}
), checked AS (
	SELECT *, CAST(CASE
		${cases.map((c, i) => `WHEN ${c.when} THEN ${i}`).join('\n\t\t')}
	END AS UTINYINT) AS ${reject}
	FROM parsed
)
SELECT ${columns.join(',\n\t')},
	${reject},
	${byReject(cases.map((c) => c.value))} AS ${rejectValue},
	${badList} AS ${bad}
FROM checked`;

	const keepRejects = `CREATE OR REPLACE TABLE ${ident(tables.rejects)} AS
SELECT ${row} AS line, ${byReject(cases.map((c) => literal(c.column)))} AS column_name,
	${rejectValue} AS value, ${byReject(cases.map((c) => literal(c.reason)))} AS reason
FROM ${rows}
WHERE ${reject} IS NOT NULL`;
	const unparsed = checked.map(
		(
			f,
			i
		) => `SELECT ${literal(plan.table)} AS table_name, ${literal(plan.mapping[f.spec.name]!)} AS column_name,
	${literal(f.spec.name)} AS field, ${literal(f.expected)} AS expected, count(*) AS count, min(${bad}[${i + 1}]) AS example
FROM ${rows}
WHERE ${bad}[${i + 1}] IS NOT NULL
HAVING count(*) > 0`
	);

	return {
		parse,
		keepRejects,
		keepUnparsed: unparsed.length
			? `CREATE OR REPLACE TABLE ${ident(tables.unparsed)} AS\n${unparsed.join('\nUNION ALL\n')}`
			: null,
		finish: [
			`DELETE FROM ${rows} WHERE ${reject} IS NOT NULL`,
			...[reject, rejectValue, bad].map((c) => `ALTER TABLE ${rows} DROP COLUMN ${c}`)
		]
	};
}

interface RejectCase {
	when: string;
	reason: string;
	column: string;
	/** SQL for the offending raw value. */
	value: string;
}

/** Why a row cannot be loaded, first matching reason wins. Optional fields that fail to parse
 * are loaded as empty and counted in `ingest_unparsed` instead, so one bad birthday never costs a customer. */
function rejectCases(table: TableName, fields: ParsedField[]): RejectCase[] {
	const cases: RejectCase[] = [];
	const byName = new Map(fields.map((f) => [f.spec.name, f]));
	const rawOf = (f: ParsedField) => ident(rawName(f.spec.name));
	const label = (f: ParsedField) =>
		f.raw === null ? `(${f.spec.name})` : f.raw.slice(1, -1).replaceAll('""', '"');
	for (const f of fields.filter((f) => f.spec.required)) {
		const missing = f.raw === null ? 'TRUE' : `nullif(trim(${rawOf(f)}), '') IS NULL`;
		const value = rawOf(f);
		cases.push({
			when: missing,
			reason: `missing ${f.spec.name}: expected ${f.expected}`,
			column: label(f),
			value
		});
		if (f.dateFormat?.kind === 'mixed')
			cases.push({
				when: dateAmbiguousSql(rawOf(f), f.dateFormat),
				reason: `${f.spec.name} is ambiguous: the column mixes date formats (${formatLabel(f.dateFormat)}) and two of them read this value as different dates: expected a day above 12, or the year first`,
				column: label(f),
				value
			});
		cases.push({
			when: `${ident(f.spec.name)} IS NULL`,
			reason: `${f.spec.name} not understood: expected ${f.expected}`,
			column: label(f),
			value
		});
	}
	if (table === 'transactions') {
		for (const name of ['quantity', 'unit_price', 'amount', 'cost']) {
			const f = byName.get(name)!;
			if (f.raw === null) continue;
			cases.push({
				when: `${ident(name)} IS NULL AND nullif(trim(${rawOf(f)}), '') IS NOT NULL`,
				reason: `${name} not understood: expected a number`,
				column: label(f),
				value: rawOf(f)
			});
		}
		const amount = byName.get('amount')!;
		const price = byName.get('unit_price')!;
		// Money is optional: a file without an amount or a price column loads with amount NULL
		// (baskets, sequences and churn need none); a file that has money must have it on every line.
		const shown = amount.raw ? amount : price;
		if (shown.raw !== null)
			cases.push({
				when: `${ident('amount')} IS NULL AND (${units(byName.get('quantity')!.raw !== null)} IS NULL OR ${ident('unit_price')} IS NULL)`,
				reason: 'missing amount: expected an amount, or a quantity and a unit price',
				column: label(shown),
				value: rawOf(shown)
			});
	}
	if (table === 'customers') {
		cases.push({
			when: `row_number() OVER (PARTITION BY ${ident('customer_id')} ORDER BY ${ident(SOURCE_ROW)}) > 1`,
			reason: 'duplicate customer_id: the first row with this id was kept',
			column: label(byName.get('customer_id')!),
			value: rawOf(byName.get('customer_id')!)
		});
	}
	return cases;
}

/**
 * Why DuckDB's regular-expression engine (RE2) cannot use a non-product pattern, in its words, or
 * null. A pattern JavaScript accepts may still use what RE2 lacks (look-ahead, back-references).
 */
export async function nonProductPatternProblem(
	engine: Engine,
	pattern: string
): Promise<string | null> {
	try {
		await engine.query(`SELECT regexp_matches('', ${literal(pattern)}, 'i')`);
		return null;
	} catch (error) {
		return (error as Error).message.split('\n')[0].replace(/^Invalid Input Error: /, '');
	}
}

/** The parsed quantity; one unit when the file has no quantity column (a price alone is the amount). */
function units(hasQuantityColumn: boolean): string {
	return hasQuantityColumn ? ident('quantity') : '1';
}

/** Canonical columns computed from others on load (amount, cost, returns, non-product lines). */
function derivedColumns(plan: IngestPlan): Map<string, string> {
	if (plan.table === 'customers')
		return new Map([
			[
				'churned',
				`coalesce(${ident('churned')}, CASE WHEN ${ident('churn_date')} IS NOT NULL THEN TRUE END)`
			]
		]);
	if (plan.table !== 'transactions') return new Map();
	const q = ident('quantity');
	const unitCost = plan.costIsPerUnit ? `${ident('cost')} * coalesce(${q}, 1)` : ident('cost');
	const gross = `coalesce(${ident('amount')}, ${units(Boolean(plan.mapping.quantity))} * ${ident('unit_price')})`;
	const isReturn = `coalesce(${ident('is_return')}, coalesce(${q}, 0) < 0 OR coalesce(${gross} < 0, FALSE) OR coalesce(regexp_matches(${ident('invoice_id')}, '^[Cc]'), FALSE))`;
	const nonProduct = `(coalesce(${ident('product_id')} IN ${literalList(plan.nonProduct.codes)}, FALSE)
		OR coalesce(regexp_matches(${ident('product_id')}, ${literal(plan.nonProduct.pattern)}, 'i'), FALSE)
		OR coalesce(regexp_matches(${ident('product_name')}, ${literal(plan.nonProduct.pattern)}, 'i'), FALSE))`;
	return new Map([
		['quantity', `coalesce(${q}, 1)`],
		['amount', `CASE WHEN ${isReturn} THEN -abs(${gross}) ELSE ${gross} END`],
		['cost', `CASE WHEN ${isReturn} THEN -abs(${unitCost}) ELSE ${unitCost} END`],
		['is_return', isReturn],
		['is_product', `NOT ${nonProduct}`]
	]);
}
