import { deriveCustomers, ensureDataset } from '../dataset';
import { refreshViews } from '../views';
import type { Engine, FileSource, Progress } from '../engine';
import { SOURCE_ROW } from '../schema';
import { ident, literal } from '../sql';
import { buildCanonicalSql } from './canonical';
import { transcodeToUtf8 } from './encoding';
import { IngestError } from './errors';
import { collectBytes, inputChunks, type IngestInput } from './input';
import { parquetToCsv } from './parquet';
import type { IngestPlan } from './plan';
import { whitespaceToCsvLines } from './sniff';

/** The honest account of one load: rows read always equal rows loaded plus rows rejected. */
export interface LoadSummary {
	table: IngestPlan['table'];
	fileName: string;
	rowsRead: number;
	rowsLoaded: number;
	rowsRejected: number;
}

export interface LoadOptions {
	onProgress?: (p: Progress) => void;
	signal?: AbortSignal;
}

/** Whether DuckDB can read the file as it is (UTF-8 CSV, maybe gzip) without a copy through JS. */
function readsDirectly(plan: IngestPlan): boolean {
	return (
		plan.container !== 'parquet' && plan.encoding === 'utf-8' && plan.delimiter !== 'whitespace'
	);
}

async function registerSource(
	engine: Engine,
	input: IngestInput,
	plan: IngestPlan,
	options: LoadOptions
) {
	const progress = (phase: string, bytesRead: number) =>
		options.onProgress?.({
			phase,
			bytesRead,
			fraction: input.blob.size ? bytesRead / input.blob.size : undefined
		});
	const base = `upload_${plan.table}`;
	if (readsDirectly(plan)) {
		const name = plan.container === 'gzip' ? `${base}.csv.gz` : `${base}.csv`;
		const source: FileSource = input.path
			? { kind: 'path', path: input.path }
			: { kind: 'file', file: input.blob as File };
		return { name, ref: await engine.registerFile(name, source) };
	}
	let bytes: Uint8Array;
	if (plan.container === 'parquet') {
		progress('Reading Parquet', 0);
		bytes = await parquetToCsv(input.blob);
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
		bytes = await collectBytes(chunks);
	}
	const name = `${base}.csv`;
	return { name, ref: await engine.registerFile(name, { kind: 'buffer', bytes }) };
}

function readCsvSql(ref: string, plan: IngestPlan): string {
	const delimiter = plan.delimiter === 'whitespace' ? ',' : plan.delimiter;
	const columns = plan.headers.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ');
	return `read_csv(${literal(ref)},
	header = ${plan.hasHeader}, delim = ${literal(delimiter)}, quote = '"', escape = '"',
	columns = {${columns}}, auto_detect = false, null_padding = true, max_line_size = 4000000,
	compression = ${readsDirectly(plan) && plan.container === 'gzip' ? "'gzip'" : "'none'"},
	store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scans')`;
}

/**
 * Load one file into its canonical table. Every row of the file ends up either in the table or in
 * `ingest_rejects` with its line, column, value and the reason; the counts are checked before returning.
 */
export async function loadFile(
	engine: Engine,
	input: IngestInput,
	plan: IngestPlan,
	options: LoadOptions = {}
): Promise<LoadSummary> {
	const check = () => {
		if (options.signal?.aborted) throw new DOMException('Load cancelled', 'AbortError');
	};
	const onAbort = () => void engine.cancel();
	options.signal?.addEventListener('abort', onAbort);
	const raw = `raw_${plan.table}`;
	const { name } = await registerSource(engine, input, plan, options).then(async (r) => {
		check();
		await ensureDataset(engine);
		options.onProgress?.({ phase: 'Reading rows', fraction: 0 });
		try {
			await engine.exec(
				`CREATE OR REPLACE TEMP TABLE ${ident(raw)} AS
SELECT row_number() OVER () AS ${ident(SOURCE_ROW)}, * FROM ${readCsvSql(r.ref, plan)}`,
				(fraction) => options.onProgress?.({ phase: 'Reading rows', fraction })
			);
		} catch (error) {
			check();
			throw new IngestError(
				plan.fileName,
				`DuckDB could not read the file: ${(error as Error).message}`
			);
		}
		return r;
	});
	try {
		check();
		const headerLines = plan.hasHeader ? 1 : 0;
		await renumberAroundRejects(engine, raw, headerLines);
		options.onProgress?.({ phase: 'Checking values' });
		// One transaction: a failed or cancelled load leaves the previous table and its report intact.
		await engine.exec('BEGIN TRANSACTION');
		try {
			for (const statement of buildCanonicalSql(plan, raw)) {
				check();
				await engine.exec(statement);
			}
			await engine.exec(`INSERT INTO ingest_rejects
SELECT ${literal(plan.table)}, ${literal(plan.fileName)}, line, any_value(column_name),
	left(any_value(csv_line), 200), string_agg(DISTINCT error_type || ': ' || error_message, '; ')
FROM csv_rejects GROUP BY line`);
			const summary = await summarise(engine, plan, raw);
			await engine.exec(`INSERT OR REPLACE INTO ingest_files VALUES (${literal(plan.table)}, ${literal(plan.fileName)},
	${summary.rowsRead}, ${summary.rowsLoaded}, ${summary.rowsRejected}, ${literal(JSON.stringify(plan))})`);
			if (plan.table !== 'customers') await deriveCustomers(engine);
			check();
			await engine.exec('COMMIT');
			await refreshViews(engine);
			options.onProgress?.({ phase: 'Loaded', fraction: 1, rowsLoaded: summary.rowsLoaded });
			return summary;
		} catch (error) {
			await engine.exec('ROLLBACK');
			throw error;
		}
	} finally {
		options.signal?.removeEventListener('abort', onAbort);
		await engine.exec(`DROP TABLE IF EXISTS ${ident(raw)}`);
		await engine.exec('DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans');
		await engine.dropFile(name);
	}
}

/**
 * `_source_row` becomes the file line: rows DuckDB rejected while parsing leave gaps, so the k-th
 * accepted row sits after every rejected line that has fewer than k accepted rows before it.
 */
async function renumberAroundRejects(engine: Engine, raw: string, headerLines: number) {
	const row = ident(SOURCE_ROW);
	await engine.exec(`CREATE OR REPLACE TEMP TABLE reject_lines AS
SELECT line - ${headerLines} - row_number() OVER (ORDER BY line) AS accepted_before
FROM (SELECT DISTINCT line FROM csv_rejects)`);
	await engine.exec(`UPDATE ${ident(raw)} SET ${row} = ${row} + ${headerLines} +
	(SELECT count(*) FROM reject_lines WHERE accepted_before < ${ident(raw)}.${row})`);
	await engine.exec('DROP TABLE reject_lines');
}

async function summarise(engine: Engine, plan: IngestPlan, raw: string): Promise<LoadSummary> {
	const [counts] = (
		await engine.query(`SELECT
	(SELECT count(*) FROM ${ident(raw)}) + (SELECT count(DISTINCT line) FROM csv_rejects) AS rows_read,
	(SELECT count(*) FROM ${ident(plan.table)}) AS rows_loaded,
	(SELECT count(*) FROM ingest_rejects WHERE table_name = ${literal(plan.table)}) AS rows_rejected`)
	).rows<{ rows_read: number; rows_loaded: number; rows_rejected: number }>();
	if (counts.rows_read !== counts.rows_loaded + counts.rows_rejected)
		throw new Error(
			`Row accounting failed for ${plan.fileName}: read ${counts.rows_read}, loaded ${counts.rows_loaded}, rejected ${counts.rows_rejected}`
		);
	return {
		table: plan.table,
		fileName: plan.fileName,
		rowsRead: counts.rows_read,
		rowsLoaded: counts.rows_loaded,
		rowsRejected: counts.rows_rejected
	};
}
