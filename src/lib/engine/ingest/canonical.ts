import { FIELDS, SOURCE_ROW, type FieldSpec, type TableName } from '../schema';
import { ident, literal, literalList } from '../sql';
import { dateSql, formatLabel } from './dates';
import type { IngestPlan } from './plan';
import { booleanSql, idSql, numberSql, textSql } from './values';

/** Column names a canonical table reserves; a file column with one of these names is renamed. */
function reservedNames(table: TableName): Set<string> {
	return new Set(
		[...FIELDS[table].map((f) => f.name), SOURCE_ROW, 'is_product'].map((n) => n.toLowerCase())
	);
}

interface ParsedField {
	spec: FieldSpec;
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

/**
 * SQL that turns the all-VARCHAR raw table into the canonical table `plan.table` plus reject rows.
 * Returns statements to run in order; every value is parsed in exactly one place (values.ts, dates.ts).
 */
export function buildCanonicalSql(plan: IngestPlan, rawTable: string): string[] {
	const fields = FIELDS[plan.table].map((spec) => parsedField(spec, plan));
	const attrs = attributeColumns(plan);
	const staged = `staged_${plan.table}`;
	const reasonCases = rejectCases(plan.table, fields);
	const derived = derivedColumns(plan);

	const checked = fields.filter((f) => f.raw !== null && f.spec.type !== 'text');
	const badOf = (f: ParsedField) => ident(`_bad_${f.spec.name}`);
	// Raw text is kept only where a value did not parse, so staging costs little beyond the table.
	const stage = `CREATE OR REPLACE TEMP TABLE ${ident(staged)} AS
WITH parsed AS (
	SELECT ${ident(SOURCE_ROW)},
		${fields.map((f) => `${f.parsed} AS ${ident(f.spec.name)}`).join(',\n\t\t')}${attrs.map((a) => `,\n\t\t${ident(a.source)} AS ${ident(a.name)}`).join('')},
		${fields.map((f) => `${f.raw ?? 'NULL::VARCHAR'} AS ${ident(`_raw_${f.spec.name}`)}`).join(',\n\t\t')}
	FROM ${ident(rawTable)}
)
SELECT ${ident(SOURCE_ROW)},
	${[...fields.map((f) => ident(f.spec.name)), ...attrs.map((a) => ident(a.name))].join(', ')},
	${(['reason', 'column', 'value'] as const).map((key) => `CASE\n\t\t${reasonCases.map((c) => `WHEN ${c.when} THEN ${key === 'value' ? c.value : literal(c[key])}`).join('\n\t\t')}\n\tEND AS _reject_${key}`).join(',\n\t')}${checked.map((f) => `,\n\tCASE WHEN ${ident(f.spec.name)} IS NULL AND nullif(trim(${ident(`_raw_${f.spec.name}`)}), '') IS NOT NULL THEN ${ident(`_raw_${f.spec.name}`)} END AS ${badOf(f)}`).join('')}
FROM parsed`;

	const columns = [
		ident(SOURCE_ROW),
		...fields.map(
			(f) => `${derived.get(f.spec.name) ?? ident(f.spec.name)} AS ${ident(f.spec.name)}`
		),
		...[...derived]
			.filter(([name]) => !fields.some((f) => f.spec.name === name))
			.map(([name, expr]) => `${expr} AS ${ident(name)}`),
		...attrs.map((a) => ident(a.name))
	];
	const create = `CREATE OR REPLACE TABLE ${ident(plan.table)} AS
SELECT ${columns.join(',\n\t')}
FROM ${ident(staged)}
WHERE _reject_reason IS NULL
ORDER BY ${ident(SOURCE_ROW)}`;

	const rejects = `INSERT INTO ingest_rejects
SELECT ${literal(plan.table)}, ${literal(plan.fileName)}, ${ident(SOURCE_ROW)}, _reject_column, _reject_value, _reject_reason
FROM ${ident(staged)}
WHERE _reject_reason IS NOT NULL`;

	const unparsed = checked.map(
		(
			f
		) => `SELECT ${literal(plan.table)}, ${literal(plan.mapping[f.spec.name]!)}, ${literal(f.spec.name)}, ${literal(f.expected)}, count(${badOf(f)}), min(${badOf(f)})
FROM ${ident(staged)}
WHERE _reject_reason IS NULL AND ${badOf(f)} IS NOT NULL
HAVING count(*) > 0`
	);

	return [
		`DELETE FROM ingest_rejects WHERE table_name = ${literal(plan.table)}`,
		`DELETE FROM ingest_unparsed WHERE table_name = ${literal(plan.table)}`,
		stage,
		create,
		rejects,
		...unparsed.map((q) => `INSERT INTO ingest_unparsed ${q}`),
		`DROP TABLE ${ident(staged)}`
	];
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
	const rawOf = (f: ParsedField) => ident(`_raw_${f.spec.name}`);
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
		const shown = amount.raw ? amount : byName.get('unit_price')!;
		cases.push({
			when: `${ident('amount')} IS NULL AND (${ident('quantity')} IS NULL OR ${ident('unit_price')} IS NULL)`,
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
	const gross = `coalesce(${ident('amount')}, ${q} * ${ident('unit_price')})`;
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
