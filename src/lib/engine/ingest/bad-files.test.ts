import { existsSync, openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_FILES, type BadFile } from '../../../../tests/fixtures/bad/expectations';
import { ENGINES } from '$tests/helpers/pareto-data';
import { profile } from '../../analyses/profile/profile';
import { main, type Writer } from '../../cli/main';
import { clearTable } from '../dataset';
import type { Engine } from '../engine';
import { ident } from '../sql';
import { IngestError } from './errors';
import { loadFile } from './load';
import { ingestMessageZh } from './messages';
import { planIngest } from './prepare';
import { datasetWarnings } from './warnings';

const BAD = join(import.meta.dirname, '../../../../tests/fixtures/bad');
/** Loaded before every bad file: the dataset a refused file must leave as it was. */
const BEFORE = '../us-dates.csv';
const TABLES = [
	'transactions',
	'customers',
	'activities',
	'ingest_files',
	'ingest_rejects',
	'ingest_unparsed'
];

async function input(file: string) {
	const path = join(BAD, file);
	return { name: file.split('/').pop()!, blob: await openAsBlob(path), path };
}

async function load(engine: Engine, file: string, table?: BadFile['table']) {
	const i = await input(file);
	const plan = await planIngest(i, { table });
	return { plan, summary: await loadFile(engine, i, plan) };
}

/** Row count and an order-independent hash of every row of each table. */
async function fingerprint(engine: Engine): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const t of TABLES) {
		const [r] = (
			await engine.query(
				`SELECT count(*) AS n, CAST(bit_xor(hash(t)) AS VARCHAR) AS h FROM ${ident(t)} t`
			)
		).rows<{ n: number; h: string | null }>();
		out[t] = `${r.n}:${r.h}`;
	}
	return out;
}

async function refusal(work: () => Promise<unknown>): Promise<IngestError> {
	try {
		await work();
	} catch (error) {
		expect(error, String(error)).toBeInstanceOf(IngestError);
		return error as IngestError;
	}
	throw new Error('expected an IngestError, but the file was accepted');
}

/** The Chinese of a message keeps file names, values and codes, but no English sentence. */
function expectChinese(message: string) {
	const zh = ingestMessageZh(message).replace(/"[^"]*"|“[^”]*”/g, '');
	expect(zh, `${message}\n→ ${zh}`).not.toMatch(/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/);
}

function checkRefusal(error: IngestError, f: BadFile) {
	expectChinese(error.message);
	expect(error.file).toBe(f.file);
	expect(error.message.startsWith(f.file)).toBe(true);
	expect(error.message).toMatch(f.message!);
	expect(error.message).toMatch(/expected/);
	expect(error.where).toEqual(f.where ?? {});
}

describe('the corpus', () => {
	it('has at least 30 files, each with a table entry and a problem', () => {
		expect(BAD_FILES.length).toBeGreaterThanOrEqual(30);
		expect(new Set(BAD_FILES.map((f) => f.file)).size).toBe(BAD_FILES.length);
		for (const f of BAD_FILES) {
			expect(f.problem).toBeTruthy();
			if (f.outcome === 'refused') expect(f.message).toBeDefined();
			else expect(f.rows).toBeDefined();
		}
	});
});

describe.each(ENGINES)('bad files on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it.each(BAD_FILES.map((f) => [f.file, f] as const))('%s', async (_file, f) => {
		for (const table of ['transactions', 'customers', 'activities'] as const)
			await clearTable(engine, table);
		for (const before of f.after ?? [BEFORE]) await load(engine, before);
		const before = await fingerprint(engine);

		if (f.outcome === 'refused' && f.stage === 'plan') {
			checkRefusal(
				await refusal(async () => planIngest(await input(f.file), { table: f.table })),
				f
			);
			expect(await fingerprint(engine)).toEqual(before);
			return;
		}
		const plan = await planIngest(await input(f.file), { table: f.table });
		if (f.outcome === 'refused') {
			const i = await input(f.file);
			checkRefusal(await refusal(() => loadFile(engine, i, plan)), f);
			expect(await fingerprint(engine)).toEqual(before);
			return;
		}

		const summary = await loadFile(engine, await input(f.file), plan);
		expect(summary).toMatchObject({
			fileName: f.file,
			rowsRead: f.rows!.read,
			rowsLoaded: f.rows!.loaded,
			rowsRejected: f.rows!.rejected
		});
		expect(summary.rowsRead).toBe(summary.rowsLoaded + summary.rowsRejected);
		const [{ n }] = (await engine.query(`SELECT count(*) AS n FROM ${ident(plan.table)}`)).rows<{
			n: number;
		}>();
		expect(n).toBe(f.rows!.loaded);

		const rejects = (
			await engine.query(
				`SELECT line, column_name AS "column", value, reason FROM ingest_rejects
WHERE table_name = ? ORDER BY line`,
				[plan.table]
			)
		).rows<{ line: number; column: string; value: string | null; reason: string }>();
		expect(rejects).toHaveLength(f.rows!.rejected);
		for (const r of rejects) {
			expectChinese(r.reason);
			expect(r.line).toBeGreaterThan(1);
			expect(r.column).toBeTruthy();
			expect(r.reason).toBeTruthy();
		}
		for (const [i, e] of (f.rejects ?? []).entries()) {
			const r = rejects[i];
			expect({ line: r.line, column: r.column }).toEqual({ line: e.line, column: e.column });
			// A row DuckDB could not split is shown as the start of its line.
			if (e.column === '(whole row)' || /^[A-Z ]+:/.test(r.reason))
				expect(r.value ?? '').toContain(e.value);
			else expect(r.value ?? '').toBe(e.value);
			expect(r.reason).toMatch(e.reason);
		}
		if (f.rejects) expect(rejects).toHaveLength(f.rejects.length);

		const told = [...(plan.warnings ?? []), ...(await datasetWarnings(engine))];
		told.forEach(expectChinese);
		if (f.message) expect([...told, ...rejects.map((r) => r.reason)].join('\n')).toMatch(f.message);
		else expect(told).toEqual([]);

		for (const k of f.keeps ?? []) {
			const [{ found }] = (
				await engine.query(
					`SELECT count(*) AS found FROM ${ident(plan.table)} WHERE ${ident(k.column)} = ?`,
					[k.value]
				)
			).rows<{ found: number }>();
			expect(found, `${k.column} = ${JSON.stringify(k.value.slice(0, 60))}`).toBeGreaterThan(0);
		}
		for (const [expression, value] of Object.entries(f.facts ?? {})) {
			const [{ v }] = (
				await engine.query(`SELECT ${expression} AS v FROM ${ident(plan.table)}`)
			).rows<{ v: number }>();
			expect(v, expression).toBeCloseTo(value, 6);
		}
		// The data-quality report computes over whatever loaded (1e200 overflowed its statistics).
		expect((await profile(engine)).rows_loaded).toBeGreaterThanOrEqual(f.rows!.loaded);
		// The tables this file does not feed are as they were (customers are derived from transactions).
		const after = await fingerprint(engine);
		const fed = plan.table === 'transactions' ? ['transactions', 'customers'] : [plan.table];
		for (const t of ['transactions', 'customers', 'activities'].filter((t) => !fed.includes(t)))
			expect(after[t], t).toBe(before[t]);
	});
});

describe.each(ENGINES)('a non-product pattern on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it.each(['(?=x)', '^(gift|post)(?!age)', '(a)\\1'])(
		'JavaScript accepts but DuckDB cannot use (%s) is refused with its reason, the data kept',
		async (pattern) => {
			expect(() => new RegExp(pattern, 'i')).not.toThrow();
			await load(engine, BEFORE);
			const before = await fingerprint(engine);
			const i = await input(BEFORE);
			const plan = await planIngest(i, { nonProduct: { codes: [], pattern } });
			const error = await refusal(() => loadFile(engine, i, plan));
			expectChinese(error.message);
			expect(error.message).toMatch(
				new RegExp(
					`^us-dates\\.csv: the pattern for lines that are not products, "${pattern.replace(/[()?!\\^|]/g, '\\$&')}", is not one DuckDB can use \\(invalid (perl operator|escape sequence).*\\): expected a regular expression without look-ahead`
				)
			);
			expect(await fingerprint(engine)).toEqual(before);
		}
	);
});

const SHARED = join(import.meta.dirname, '../../../../../shared/datasets');
const REAL = {
	xlsx: join(SHARED, 'telco-churn/Telco_customer_churn.xlsx'),
	groceries: join(SHARED, 'groceries/groceries.csv.gz'),
	telco: join(SHARED, 'telco-churn/telco_customer_churn.csv.gz')
};

/** The CLI as a user runs it: exit code, standard output and standard error. */
async function cli(...argv: string[]) {
	const text = { out: '', err: '' };
	const stream = (key: keyof typeof text) =>
		({ write: (s: string) => ((text[key] += s), true) }) as Writer;
	const code = await main(argv, stream('out'), stream('err'));
	return { code, ...text };
}

describe('real exports that are not line items, through the CLI', () => {
	for (const [name, path] of Object.entries(REAL))
		if (!existsSync(path)) console.warn(`skipped ${name}: ${path} not found`);

	it.skipIf(!existsSync(REAL.xlsx))(
		'loads the Excel workbook as customers, every row accounted for',
		async () => {
			const r = await cli('profile', '--customers', REAL.xlsx, '--json');
			expect(r.err).toBe('');
			expect(r.code).toBe(0);
			const report = JSON.parse(r.out);
			expect(report.rows_read).toBe(7_043);
			expect(report.rows_read).toBe(report.rows_loaded + report.rows_rejected);
		},
		60_000
	);

	it.skipIf(!existsSync(REAL.groceries))(
		'refuses one-basket-per-line groceries as line items, naming what is missing',
		async () => {
			const r = await cli('profile', '--transactions', REAL.groceries, '--json');
			expect(r.code).toBe(1);
			expect(r.err).toMatch(
				/groceries\.csv\.gz \(row \d+, column "\(ts\)"\): none of the 9,835 rows could be loaded, so nothing was replaced: [\d,]+ rejected for "missing ts: expected a date/
			);
		}
	);

	it.skipIf(!existsSync(REAL.telco))(
		'loads the telco CSV as customers, every row accounted for',
		async () => {
			const r = await cli('profile', '--customers', REAL.telco, '--json');
			expect(r.code).toBe(0);
			const report = JSON.parse(r.out);
			expect(report.rows_read).toBe(7_043);
			expect(report.rows_read).toBe(report.rows_loaded + report.rows_rejected);
		}
	);
});

describe('damaged files through the CLI', () => {
	it('exits 1 on a cut-off .gz, naming the line where it breaks, and prints no report', async () => {
		const r = await cli('profile', '--transactions', join(BAD, 'truncated-large.csv.gz'), '--json');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			/^customer-lens: truncated-large\.csv\.gz: the gzip data is damaged or cut off after line [\d,]+ \(.+\): expected a complete \.gz file/
		);
		expect(r.out).toBe('');
	});

	it('exits 1 on a damaged Parquet file with its name, not a stack trace', async () => {
		const r = await cli('profile', '--transactions', join(BAD, 'corrupt.parquet'), '--json');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			/^customer-lens: corrupt\.parquet: the Parquet file is damaged or incomplete/
		);
	});

	it('reports prices of 1e200, and a blank tail as rejected rows', async () => {
		const huge = await cli(
			'profile',
			'--transactions',
			join(BAD, 'huge-prices-1e200.csv'),
			'--json'
		);
		expect(huge.code).toBe(0);
		expect(JSON.parse(huge.out)).toMatchObject({ rows_read: 5, rows_loaded: 5, rows_rejected: 0 });
		const blank = await cli('profile', '--transactions', join(BAD, 'blank-tail.csv'), '--json');
		expect(blank.code).toBe(0);
		expect(JSON.parse(blank.out)).toMatchObject({
			rows_read: 14,
			rows_loaded: 5,
			rows_rejected: 9,
			rejected_by_reason: { 'blank line: expected a row of values': 8 }
		});
	});
});
