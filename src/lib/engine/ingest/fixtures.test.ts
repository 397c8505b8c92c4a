import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	FIXTURES,
	type FixtureExpectation,
	type FixtureFacts
} from '../../../../tests/fixtures/expectations';
import { FIELDS } from '../schema';
import { ident, literal } from '../sql';
import { dateSql, detectDateFormat, scoreDateFormats } from './dates';
import { decodeSample, detectEncoding, transcodeToUtf8 } from './encoding';
import { autoMap, guessTable } from './mapping';
import { sniffText, whitespaceToCsvLines } from './sniff';
import { chunked, collect, query } from './test-helpers';
import { booleanSql, detectNumberStyle, idSql, numberSql, textSql } from './values';

const dir = join(import.meta.dirname, '../../../../tests/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'ingest-fixtures-'));
const bytesOf = (f: FixtureExpectation) => new Uint8Array(readFileSync(join(dir, f.file)));
let tableNo = 0;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A minimal ingest built only from this folder's pieces, to prove they fit together on real
 * DuckDB and that expectations.ts states the truth. The real ingest lives elsewhere.
 */
async function load(f: FixtureExpectation): Promise<{ table: string; total: number }> {
	const bytes = bytesOf(f);
	const enc = detectEncoding(bytes.subarray(0, 64 * 1024));
	const sniffed = sniffText(decodeSample(bytes, enc.encoding), { complete: true });
	let stream = transcodeToUtf8(chunked(bytes, [7, 100, 101]), enc.encoding);
	if (sniffed.delimiter === 'whitespace') stream = whitespaceToCsvLines(stream);
	const path = join(tmp, `${f.file}.utf8.csv`);
	writeFileSync(path, await collect(stream));

	const columns = `{${sniffed.headers.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ')}}`;
	const delim = sniffed.delimiter === 'whitespace' ? ',' : sniffed.delimiter;
	const raw = `raw_${++tableNo}`;
	await query(
		`CREATE TABLE ${raw} AS SELECT * FROM read_csv(${literal(path)}, delim = ${literal(delim)}, ` +
			`quote = '"', escape = '"', header = ${sniffed.hasHeader}, auto_detect = false, ` +
			`columns = ${columns})`
	);

	const mapping = f.autoMapped ? autoMap(sniffed.headers, f.table).fields : f.mapping;
	const column = (h: string) => sniffed.rows.map((r) => r[sniffed.headers.indexOf(h)] ?? '');
	const selects = FIELDS[f.table].map((spec) => {
		const header = mapping[spec.name];
		const sqlType = { id: 'VARCHAR', text: 'VARCHAR', boolean: 'BOOLEAN', number: 'DOUBLE' }[
			spec.type as string
		];
		if (!header)
			return `CAST(NULL AS ${sqlType ?? spec.type.toUpperCase()}) AS ${ident(spec.name)}`;
		const e = ident(header);
		let sql: string;
		switch (spec.type) {
			case 'id':
				sql = idSql(e);
				break;
			case 'text':
				sql = textSql(e);
				break;
			case 'boolean':
				sql = booleanSql(e);
				break;
			case 'number':
				sql = numberSql(e, detectNumberStyle(column(header)));
				break;
			case 'timestamp':
			case 'date': {
				const fmt = detectDateFormat(column(header));
				sql = fmt ? dateSql(e, fmt, spec.type) : 'NULL';
				break;
			}
		}
		return `${sql} AS ${ident(spec.name)}`;
	});
	const required = FIELDS[f.table]
		.filter((s) => s.required)
		.map((s) => `${ident(s.name)} IS NOT NULL`);
	const table = `canon_${tableNo}`;
	await query(
		`CREATE TABLE ${table} AS SELECT * FROM (SELECT ${selects.join(', ')} FROM ${raw}) ` +
			`WHERE ${required.join(' AND ') || 'TRUE'}`
	);
	const [{ n }] = await query(`SELECT count(*) AS n FROM ${raw}`);
	return { table, total: n as number };
}

async function facts(f: FixtureExpectation, table: string): Promise<FixtureFacts> {
	if (f.table === 'transactions') {
		const revenue = f.mapping.amount ? 'sum(amount)' : 'sum(quantity * unit_price)';
		const [r] = await query(
			`SELECT count(DISTINCT customer_id) AS customers,
				count(*) FILTER (quantity < 0) AS returns,
				count(*) FILTER (invoice_id LIKE 'C%') AS cancellations,
				count(*) FILTER (customer_id IS NULL) AS "guestRows",
				sum(quantity) AS quantity,
				round(${revenue}, 2) AS revenue,
				strftime(min(ts), '%Y-%m-%d %H:%M:%S') AS "firstTs",
				strftime(max(ts), '%Y-%m-%d %H:%M:%S') AS "lastTs"
			FROM ${table}`
		);
		if (!f.mapping.invoice_id) delete r.cancellations;
		return r as unknown as FixtureFacts;
	}
	const [r] = await query(
		`SELECT count(DISTINCT customer_id) AS customers,
			count(*) FILTER (churned) AS churned,
			count(*) FILTER (churned IS NULL) AS "churnUnknown"
		FROM ${table}`
	);
	return r as unknown as FixtureFacts;
}

describe.each(FIXTURES.map((f) => [f.file, f] as const))('fixture %s', (_, f) => {
	const bytes = bytesOf(f);

	it('is small', () => expect(bytes.length).toBeLessThan(20_000));

	it('detects the encoding and decodes byte-exact', () => {
		expect(detectEncoding(bytes)).toEqual({ encoding: f.encoding, bom: f.bom, confident: true });
		const text = decodeSample(bytes, f.encoding);
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
		for (const s of f.contains) expect(text).toContain(s);
	});

	it('sniffs delimiter, header and rows', () => {
		const s = sniffText(decodeSample(bytes, f.encoding), { complete: true });
		expect(s.delimiter).toBe(f.delimiter);
		expect(s.hasHeader).toBe(f.hasHeader);
		expect(s.headers).toEqual(f.headers);
		expect(s.rows).toHaveLength(f.rows);
	});

	it('still sniffs the same from a cut-off sample', () => {
		const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6) | 1);
		const s = sniffText(decodeSample(cut, detectEncoding(cut).encoding));
		expect(s.delimiter).toBe(f.delimiter);
		expect(s.headers).toEqual(f.headers);
	});

	it('detects the date formats', () => {
		const s = sniffText(decodeSample(bytes, f.encoding), { complete: true });
		const found: Record<string, string> = {};
		s.headers.forEach((h, i) => {
			const fmt = detectDateFormat(s.rows.map((r) => r[i] ?? ''));
			if (fmt) found[h] = fmt.id;
		});
		expect(found).toEqual(f.dateColumns);
		const main = f.mapping.ts ?? f.mapping.signup_date;
		const col = s.rows.map((r) => r[s.headers.indexOf(main)] ?? '');
		expect(main ? (scoreDateFormats(col)[0]?.format.id ?? null) : null).toBe(f.dateFormatId);
	});

	it('guesses the table and maps the headers', () => {
		expect(guessTable(f.headers)).toBe(f.guessedTable);
		const m = autoMap(f.headers, f.table);
		if (f.autoMapped) {
			const mapped = Object.fromEntries(Object.entries(m.fields).filter(([, v]) => v !== null));
			expect(mapped).toEqual(f.mapping);
			expect(m.costIsPerUnit).toBe(f.costIsPerUnit);
		}
	});

	it('detects the decimal separator', () => {
		const s = sniffText(decodeSample(bytes, f.encoding), { complete: true });
		// Whole numbers fit either style, so only the money columns tell.
		const numeric = ['unit_price', 'amount'].map((k) => f.mapping[k]).filter(Boolean);
		for (const h of numeric) {
			expect(detectNumberStyle(s.rows.map((r) => r[s.headers.indexOf(h)] ?? ''))).toEqual({
				decimal: f.decimal
			});
		}
	});

	it('loads through DuckDB with the expected row counts and facts', async () => {
		const { table, total } = await load(f);
		expect(total).toBe(f.rows);
		const [{ n }] = await query(`SELECT count(*) AS n FROM ${table}`);
		expect(f.rows - (n as number)).toBe(f.rejected);
		expect(f.rejectReasons).toHaveLength(f.rejected);
		const got = await facts(f, table);
		if (process.env.PRINT_FACTS) console.log(f.file, JSON.stringify(got));
		expect(got).toEqual(f.facts);
	});
});
