import { deriveCustomers, ensureDataset } from '../dataset';
import { refreshViews } from '../views';
import type { Engine, FileSource, Progress } from '../engine';
import { SOURCE_ROW } from '../schema';
import { ident, literal } from '../sql';
import { buildLoadSql, loadTables, nonProductPatternProblem } from './canonical';
import { transcodeToUtf8 } from './encoding';
import { IngestError } from './errors';
import { collectBytes, inputChunks, isConverted, type IngestInput } from './input';
import { BlankLines, newlinesToLf } from './newlines';
import { parquetToCsv } from './parquet';
import type { IngestPlan } from './plan';
import { workbookOf } from './prepare';
import { cliHint } from './size';
import { whitespaceToCsvLines } from './sniff';
import { forgetWorkbook } from './workbook';

/** The honest account of one load: rows read always equal rows loaded plus rows rejected. */
export interface LoadSummary {
	table: IngestPlan['table'];
	fileName: string;
	rowsRead: number;
	rowsLoaded: number;
	rowsRejected: number;
}

/** The phase `onProgress` reports once the file is committed: a cancel can no longer undo it. */
export const LOADED = 'Loaded';

interface LoadOptions {
	onProgress?: (p: Progress) => void;
	signal?: AbortSignal;
}

/** Whether DuckDB can read the file as it is (UTF-8 CSV, maybe gzip) without a copy through JS. */
function readsDirectly(plan: IngestPlan): boolean {
	return (
		!isConverted(plan.container) &&
		plan.encoding === 'utf-8' &&
		plan.delimiter !== 'whitespace' &&
		!plan.mixedNewlines
	);
}

/** The names a load registers its file under ([plain, gzip]): all the browser's engine may read. */
export function uploadFileNames(table: IngestPlan['table']): [string, string] {
	return [`upload_${table}.csv`, `upload_${table}.csv.gz`];
}

async function registerSource(
	engine: Engine,
	input: IngestInput,
	plan: IngestPlan,
	options: LoadOptions,
	blanks: BlankLines
) {
	const progress = (phase: string, bytesRead: number) =>
		options.onProgress?.({
			phase,
			bytesRead,
			fraction: input.blob.size ? bytesRead / input.blob.size : undefined
		});
	const [plain, gzip] = uploadFileNames(plan.table);
	if (readsDirectly(plan)) {
		const name = plan.container === 'gzip' ? gzip : plain;
		const source: FileSource = input.path
			? { kind: 'path', path: input.path }
			: { kind: 'file', file: input.blob as File };
		return { name, ref: await engine.registerFile(name, source) };
	}
	let bytes: Uint8Array;
	if (plan.container === 'parquet') {
		progress('Reading Parquet', 0);
		bytes = await parquetToCsv(input);
	} else if (plan.container === 'excel') {
		progress('Reading the Excel workbook', 0);
		bytes = (await workbookOf(input, plan.sheet)).csv;
		forgetWorkbook();
	} else {
		let read = 0;
		let chunks = transcodeToUtf8(
			inputChunks(input, plan.container, (n) => {
				read += n;
				progress(`Converting ${plan.encoding} to UTF-8`, read);
				if (options.signal?.aborted) throw new DOMException('Load cancelled', 'AbortError');
			}),
			plan.encoding
		);
		if (plan.delimiter === 'whitespace') chunks = whitespaceToCsvLines(chunks);
		if (plan.mixedNewlines) chunks = newlinesToLf(chunks);
		bytes = await collectBytes(chunks);
	}
	blanks.push(bytes);
	return { name: plain, ref: await engine.registerFile(plain, { kind: 'buffer', bytes }) };
}

function readCsvSql(ref: string, plan: IngestPlan, parallel = true): string {
	const delimiter = plan.delimiter === 'whitespace' ? ',' : plan.delimiter;
	const columns = plan.headers.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ');
	return `read_csv(${literal(ref)},
	header = ${plan.hasHeader}, delim = ${literal(delimiter)}, quote = '"', escape = '"',
	columns = {${columns}}, auto_detect = false, null_padding = true, max_line_size = 4000000,
	compression = ${readsDirectly(plan) && plan.container === 'gzip' ? "'gzip'" : "'none'"},
	store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scans'${parallel ? '' : ', parallel = false'})`;
}

/** DuckDB stopped where the line endings change, past the sample planning looked at. */
class LineEndingsChange extends Error {}

/**
 * Load one file into its canonical table. Every row of the file ends up either in the table or in
 * `ingest_rejects` with its line, column, value and the reason; the counts are checked before returning.
 *
 * Memory: the file streams once through the parse into a new table, which DuckDB compresses when the
 * statement commits (see `ensureDataset`); the previous table is swapped out only at the end, in one
 * transaction, so a failed or cancelled load leaves it and its report as they were.
 */
export async function loadFile(
	engine: Engine,
	input: IngestInput,
	plan: IngestPlan,
	options: LoadOptions = {}
): Promise<LoadSummary> {
	try {
		return await loadAs(engine, input, plan, options);
	} catch (error) {
		if (!(error instanceof LineEndingsChange)) throw error;
		return loadAs(engine, input, { ...plan, mixedNewlines: true }, options);
	}
}

async function loadAs(
	engine: Engine,
	input: IngestInput,
	plan: IngestPlan,
	options: LoadOptions
): Promise<LoadSummary> {
	const check = () => {
		if (options.signal?.aborted) throw new DOMException('Load cancelled', 'AbortError');
	};
	if (plan.table === 'transactions') await refuseBadPattern(engine, plan);
	const onAbort = () => void engine.cancel();
	options.signal?.addEventListener('abort', onAbort);
	const tables = loadTables(plan.table);
	const sql = buildLoadSql(plan);
	// A file DuckDB reads directly is also read here, beside it: for its blank lines, which DuckDB
	// skips without a trace, and (gzip) to check it is complete, where DuckDB would end quietly.
	const blanks = new BlankLines();
	const scanned = readsDirectly(plan)
		? (async () => {
				const chunks = inputChunks(input, plan.container, () => options.signal?.throwIfAborted());
				for await (const chunk of chunks) blanks.push(chunk);
			})()
		: Promise.resolve();
	scanned.catch(() => {}); // awaited after the read; a cancelled load never awaits it
	const { name } = await registerSource(engine, input, plan, options, blanks).then(async (r) => {
		check();
		await ensureDataset(engine);
		options.onProgress?.({ phase: 'Reading rows', fraction: 0 });
		const read = (parallel: boolean) =>
			engine.exec(sql.parse(numberedRows(r.ref, plan, parallel)), (fraction) =>
				options.onProgress?.({ phase: 'Reading rows', fraction })
			);
		try {
			await read(true).catch(async (error: Error) => {
				// DuckDB's parallel reader can't pad short rows once a quoted value spans lines.
				if (!/parallel=false/.test(error.message)) throw error;
				check();
				await engine.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans');
				await read(false);
			});
		} catch (error) {
			check();
			await scanned;
			if (readsDirectly(plan) && INVALID_STATE.test((error as Error).message)) {
				options.signal?.removeEventListener('abort', onAbort);
				await engine.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans');
				await engine.dropFile(r.name);
				throw new LineEndingsChange();
			}
			throw unreadable(plan, error as Error);
		}
		return r;
	});
	try {
		check();
		await scanned;
		await refuseUnclosedQuote(engine, plan);
		await keepBlankLines(engine, blanks);
		const headerLines = plan.hasHeader ? 1 : 0;
		await renumberAroundRejects(engine, tables.rows, headerLines);
		options.onProgress?.({ phase: 'Checking values' });
		const [{ rows_read }] = (
			await engine.query(`SELECT (SELECT count(*) FROM ${ident(tables.rows)})
	+ (SELECT count(DISTINCT line) FROM csv_rejects) + (SELECT count(*) FROM blank_lines) AS rows_read`)
		).rows<{ rows_read: number }>();
		for (const statement of [sql.keepRejects, sql.keepUnparsed, ...sql.finish]) {
			check();
			if (statement) await engine.exec(statement);
		}
		// One transaction: a failed or cancelled load leaves the previous table and its report intact.
		await engine.exec('BEGIN TRANSACTION');
		try {
			await engine.exec(`DELETE FROM ingest_rejects WHERE table_name = ${literal(plan.table)};
DELETE FROM ingest_unparsed WHERE table_name = ${literal(plan.table)};
DROP TABLE ${ident(plan.table)};
ALTER TABLE ${ident(tables.rows)} RENAME TO ${ident(plan.table)}`);
			await engine.exec(`INSERT INTO ingest_rejects
SELECT ${literal(plan.table)}, ${literal(plan.fileName)}, line, column_name, value, reason FROM ${ident(tables.rejects)}
UNION ALL
SELECT ${literal(plan.table)}, ${literal(plan.fileName)}, line, coalesce(any_value(column_name), '(whole row)'),
	left(rtrim(any_value(csv_line), chr(13) || chr(10)), 200), string_agg(DISTINCT CASE WHEN NOT (${QUOTE_ERROR}) THEN error_type || ': ' || error_message
		WHEN (length(csv_line) - length(replace(csv_line, '"', ''))) % 2 = 1
		THEN ${literal(`${UNCLOSED_QUOTE}: expected a closing quote`)}
		ELSE ${literal(TEXT_AFTER_QUOTE)} END, '; ')
FROM csv_rejects GROUP BY line
UNION ALL
SELECT ${literal(plan.table)}, ${literal(plan.fileName)}, line, '(whole row)', '', ${literal(BLANK_LINE)} FROM blank_lines`);
			if (sql.keepUnparsed)
				await engine.exec(`INSERT INTO ingest_unparsed SELECT * FROM ${ident(tables.unparsed)}`);
			const summary = await summarise(engine, plan, rows_read);
			if (summary.rowsRead > 0 && summary.rowsLoaded === 0)
				throw await nothingLoaded(engine, summary);
			await engine.exec(`INSERT OR REPLACE INTO ingest_files VALUES (${literal(plan.table)}, ${literal(plan.fileName)},
	${summary.rowsRead}, ${summary.rowsLoaded}, ${summary.rowsRejected}, ${literal(JSON.stringify(plan))})`);
			if (plan.table !== 'customers') await deriveCustomers(engine);
			check();
			await engine.exec('COMMIT');
			await refreshViews(engine);
			options.onProgress?.({ phase: LOADED, fraction: 1, rowsLoaded: summary.rowsLoaded });
			return summary;
		} catch (error) {
			await engine.exec('ROLLBACK');
			throw outOfMemory(plan, error as Error) ?? error;
		}
	} finally {
		options.signal?.removeEventListener('abort', onAbort);
		for (const table of Object.values(tables))
			await engine.exec(`DROP TABLE IF EXISTS ${ident(table)}`);
		await engine.exec(
			'DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans; DROP TABLE IF EXISTS blank_lines'
		);
		await engine.dropFile(name);
	}
}

/** The file's rows numbered by line, as `buildLoadSql` reads them. */
function numberedRows(ref: string, plan: IngestPlan, parallel: boolean): string {
	// row_number() OVER () streams: it numbers rows in file order without holding them.
	return `(SELECT row_number() OVER () + ${plan.hasHeader ? 1 : 0} AS ${ident(SOURCE_ROW)}, *
	FROM ${readCsvSql(ref, plan, parallel)})`;
}

const BLANK_LINE = 'blank line: expected a row of values';

/** The blank lines as a table of line numbers, `blank_lines`, read back run by run. */
async function keepBlankLines(engine: Engine, blanks: BlankLines) {
	await engine.exec('CREATE OR REPLACE TEMP TABLE blank_lines (line BIGINT)');
	for (let i = 0; i < blanks.runs.length; i += 1000)
		await engine.exec(
			`INSERT INTO blank_lines SELECT unnest(range(first, first + n)) FROM (VALUES ${blanks.runs
				.slice(i, i + 1000)
				.map(([first, n]) => `(${first}, ${n})`)
				.join(', ')}) AS runs(first, n)`
		);
}

/**
 * `_source_row` becomes the file line: rows DuckDB rejected while parsing, and blank lines, leave
 * gaps, so the k-th accepted row sits after every such line that has fewer than k accepted rows
 * before it. Only rows after the first such line change.
 */
async function renumberAroundRejects(engine: Engine, table: string, headerLines: number) {
	const row = ident(SOURCE_ROW);
	const gaps = 'SELECT line FROM csv_rejects UNION SELECT line FROM blank_lines';
	const [{ rejected }] = (await engine.query(`SELECT count(*) AS rejected FROM (${gaps})`)).rows<{
		rejected: number;
	}>();
	if (rejected === 0) return;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE reject_lines AS
SELECT line - ${headerLines} - row_number() OVER (ORDER BY line) AS accepted_before
FROM (${gaps})`);
	await engine.exec(`UPDATE ${ident(table)} SET ${row} = ${row} +
	(SELECT count(*) FROM reject_lines WHERE accepted_before < ${ident(table)}.${row} - ${headerLines})
WHERE ${row} - ${headerLines} > (SELECT min(accepted_before) FROM reject_lines)`);
	await engine.exec('DROP TABLE reject_lines');
}

async function summarise(engine: Engine, plan: IngestPlan, rowsRead: number): Promise<LoadSummary> {
	const [counts] = (
		await engine.query(`SELECT
	(SELECT count(*) FROM ${ident(plan.table)}) AS rows_loaded,
	(SELECT count(*) FROM ingest_rejects WHERE table_name = ${literal(plan.table)}) AS rows_rejected`)
	).rows<{ rows_loaded: number; rows_rejected: number }>();
	if (rowsRead !== counts.rows_loaded + counts.rows_rejected)
		throw new Error(
			`Row accounting failed for ${plan.fileName}: read ${rowsRead}, loaded ${counts.rows_loaded}, rejected ${counts.rows_rejected}`
		);
	return {
		table: plan.table,
		fileName: plan.fileName,
		rowsRead,
		rowsLoaded: counts.rows_loaded,
		rowsRejected: counts.rows_rejected
	};
}

const INVALID_STATE = /state machine reached an invalid state/;

/** DuckDB's own message, with what it means for the user when DuckDB's words don't say it. */
function unreadable(plan: IngestPlan, error: Error): IngestError {
	const memory = outOfMemory(plan, error);
	if (memory) return memory;
	const hint = INVALID_STATE.test(error.message)
		? 'the quoting or the line endings change part-way through the file: expected one consistent CSV dialect — re-save the file as CSV UTF-8. '
		: '';
	// Only DuckDB's first line: the rest is its reader's settings, with internal paths.
	return new IngestError(
		plan.fileName,
		`${hint}DuckDB could not read the file: ${error.message.split('\n')[0]}`
	);
}

/** DuckDB's words for a quote it could not match, in `csv_rejects`. */
const QUOTE_ERROR = `error_type = 'UNQUOTED VALUE' AND error_message ILIKE '%unterminated quote%'`;
const UNCLOSED_QUOTE = 'a quote (") opens in this row and is never closed';
const TEXT_AFTER_QUOTE =
	'a quoted value is followed by more text: expected the closing quote at the end of the value (a quote inside a quoted value is written "")';

/**
 * A quote that is never closed swallows every following line into one value, and DuckDB keeps only
 * the start of it: the rows after it would vanish unreported, so the file is refused instead. One
 * closed and followed by more text (`"Quoted" trailing`), or never closed on the last line, spans
 * a single line: that row alone is rejected.
 */
async function refuseUnclosedQuote(engine: Engine, plan: IngestPlan) {
	const [open] = (
		await engine.query(`SELECT line, column_name FROM csv_rejects
WHERE ${QUOTE_ERROR} AND regexp_matches(rtrim(csv_line, chr(13) || chr(10)), '[\\r\\n]')
ORDER BY line LIMIT 1`)
	).rows<{ line: number; column_name: string | null }>();
	if (!open) return;
	throw new IngestError(
		plan.fileName,
		`${UNCLOSED_QUOTE}, so the rest of the file from line ${open.line} on cannot be read: expected a closing quote — remove the stray quote or export the file again`,
		{ row: open.line, column: open.column_name ?? undefined }
	);
}

/** A non-product pattern DuckDB cannot use would fail the read with a message about the file. */
async function refuseBadPattern(engine: Engine, plan: IngestPlan) {
	const problem = await nonProductPatternProblem(engine, plan.nonProduct.pattern);
	if (problem)
		throw new IngestError(
			plan.fileName,
			`the pattern for lines that are not products, "${plan.nonProduct.pattern}", is not one DuckDB can use (${problem}): expected a regular expression without look-ahead (?=…), look-behind (?<=…) or back-references (\\1)`
		);
}

/** The refusal when every row was rejected: the previous table stays, the main reason is named. */
async function nothingLoaded(engine: Engine, summary: LoadSummary): Promise<IngestError> {
	const [first] = (
		await engine.query(
			`SELECT reason, count(*) AS n, min(line) AS line, arg_min(column_name, line) AS column_name,
	arg_min(value, line) AS value
FROM ingest_rejects WHERE table_name = ?
GROUP BY reason
ORDER BY n DESC, line LIMIT 1`,
			[summary.table]
		)
	).rows<{
		reason: string;
		n: number;
		line: number;
		column_name: string | null;
		value: string | null;
	}>();
	const example = first.value ? ` (value "${first.value.slice(0, 80)}")` : '';
	return new IngestError(
		summary.fileName,
		`none of the ${summary.rowsRead.toLocaleString('en')} rows could be loaded, so nothing was replaced: ${first.n.toLocaleString('en')} rejected for "${first.reason}"${example}`,
		{ row: first.line, column: first.column_name ?? undefined }
	);
}

/** DuckDB ran out of memory: the file is too large for this engine (in a browser, for the tab). */
function outOfMemory(plan: IngestPlan, error: Error): IngestError | null {
	if (!/Out of Memory/i.test(error.message)) return null;
	return new IngestError(
		plan.fileName,
		`the file is too large to load here: DuckDB ran out of memory (${error.message.split('\n')[0]}); expected a smaller file. ${cliHint(plan)}`
	);
}
