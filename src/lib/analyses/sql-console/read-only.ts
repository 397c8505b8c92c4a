import type { Bilingual } from '../../i18n/bilingual';
import { refusal } from './messages';
import { tokenize, TokenizeError, type Token } from './tokenize';

/**
 * The first check of the console: one statement that can only read; `statement` is its text. A
 * refusal's reason is in both languages, so the page shows it in whichever is chosen now.
 */
type ReadOnlyVerdict = { ok: true; statement: string } | { ok: false; reason: Bilingual };

/** Statements the console runs: queries and the two ways DuckDB describes a table. */
const FIRST_WORDS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'DESCRIBE', 'SUMMARIZE', 'SHOW']);

/** Words that start a statement which writes, changes settings, or reaches outside the tables. */
const WRITE_WORDS = new Set([
	'INSERT',
	'UPDATE',
	'DELETE',
	'MERGE',
	'UPSERT',
	'TRUNCATE',
	'CREATE',
	'DROP',
	'ALTER',
	'RENAME',
	'COMMENT',
	'ATTACH',
	'DETACH',
	'USE',
	'COPY',
	'EXPORT',
	'IMPORT',
	'INSTALL',
	'LOAD',
	'FORCE',
	'SET',
	'RESET',
	'PRAGMA',
	'CALL',
	'EXECUTE',
	'PREPARE',
	'DEALLOCATE',
	'CHECKPOINT',
	'VACUUM',
	'ANALYZE',
	'BEGIN',
	'COMMIT',
	'ROLLBACK',
	'ABORT',
	'TRANSACTION',
	'GRANT',
	'REVOKE'
]);

/**
 * Table and scalar functions that write (checkpoints, logs), run SQL from a string (which this
 * check could not see), or read files and URLs (a way to send data out of the browser).
 */
const BLOCKED_FUNCTIONS = new Set([
	'QUERY',
	'QUERY_TABLE',
	'CHECKPOINT',
	'FORCE_CHECKPOINT',
	'ENABLE_LOGGING',
	'DISABLE_LOGGING',
	'TRUNCATE_DUCKDB_LOGS',
	'WRITE_LOG',
	'READ_CSV',
	'READ_CSV_AUTO',
	'READ_TEXT',
	'READ_BLOB',
	'READ_PARQUET',
	'PARQUET_SCAN',
	'PARQUET_METADATA',
	'PARQUET_SCHEMA',
	'PARQUET_FILE_METADATA',
	'PARQUET_KV_METADATA',
	'READ_JSON',
	'READ_JSON_AUTO',
	'READ_JSON_OBJECTS',
	'READ_NDJSON',
	'READ_NDJSON_AUTO',
	'READ_NDJSON_OBJECTS',
	'SNIFF_CSV',
	'GLOB',
	'ARROW_SCAN',
	'ARROW_SCAN_DUMB',
	'ICEBERG_SCAN',
	'DELTA_SCAN',
	'SQLITE_SCAN',
	'POSTGRES_SCAN',
	'MYSQL_SCAN'
]);

/**
 * Accept a single SELECT / WITH / FROM / VALUES / DESCRIBE / SUMMARIZE / SHOW statement and
 * nothing that writes: statement keywords are refused wherever they appear outside quotes, as are
 * functions that write or read files, quoted names in FROM (files, URLs), and `?` parameters.
 */
export function checkReadOnly(sql: string): ReadOnlyVerdict {
	let tokens: Token[];
	try {
		tokens = tokenize(sql);
	} catch (error) {
		if (error instanceof TokenizeError) return { ok: false, reason: error.reason };
		throw error;
	}
	while (tokens.at(-1)?.type === 'semicolon') tokens.pop();
	const problem = statementProblem(tokens);
	if (problem) return { ok: false, reason: problem };
	return { ok: true, statement: sql.slice(tokens[0].start, tokens.at(-1)!.end) };
}

function statementProblem(tokens: readonly Token[]): Bilingual | null {
	if (!tokens.length) return refusal((m) => m.empty);
	if (tokens.some((t) => t.type === 'semicolon')) return refusal((m) => m.oneStatement);
	const first = tokens.find((t) => !(t.type === 'symbol' && t.value === '('));
	if (first?.type !== 'word' || !FIRST_WORDS.has(first.value)) return refusal((m) => m.firstWord);
	for (const [i, t] of tokens.entries()) {
		const problem = tokenProblem(t, tokens[i + 1]);
		if (problem) return problem;
	}
	if (quotedTable(tokens)) return refusal((m) => m.quotedTable);
	if (!balanced(tokens)) return refusal((m) => m.parentheses);
	return null;
}

function tokenProblem(t: Token, next: Token | undefined): Bilingual | null {
	if (t.type === 'word' && WRITE_WORDS.has(t.value)) return refusal((m) => m.writeWord(t.value));
	const call = next?.type === 'symbol' && next.value === '(';
	if (call && (t.type === 'word' || t.type === 'identifier') && isBlocked(t.value))
		return refusal((m) => m.blockedFunction(t.value.toLowerCase()));
	if (t.type === 'string' && t.escaped && t.value.includes('\\'))
		return refusal((m) => m.backslash);
	if (t.type === 'parameter') return refusal((m) => m.parameter(t.value));
	return null;
}

function isBlocked(name: string): boolean {
	const upper = name.toUpperCase();
	return BLOCKED_FUNCTIONS.has(upper) || upper.startsWith('READ_');
}

/** Words after which a string is read as a table, i.e. as a file or URL to scan. */
const TABLE_WORDS = new Set(['FROM', 'JOIN', 'DESCRIBE', 'SUMMARIZE', 'SHOW']);
/** Words that end a FROM list at their parenthesis depth. */
const AFTER_FROM = new Set([
	'WHERE',
	'GROUP',
	'HAVING',
	'ORDER',
	'LIMIT',
	'OFFSET',
	'QUALIFY',
	'WINDOW',
	'UNION',
	'EXCEPT',
	'INTERSECT',
	'SELECT'
]);

/**
 * Whether a string stands where DuckDB reads it as a table (`FROM 'x.csv'`, `JOIN 'https://…'`,
 * `FROM customers, 'x.csv'`): a replacement scan that reads a file or fetches a URL. Strings
 * anywhere else are values and may say anything.
 */
function quotedTable(tokens: readonly Token[]): boolean {
	const inFromList = [false];
	let depth = 0;
	for (const [i, t] of tokens.entries()) {
		const prev = tokens[i - 1];
		if (t.type === 'symbol' && t.value === '(') inFromList[++depth] = false;
		else if (t.type === 'symbol' && t.value === ')') depth = Math.max(depth - 1, 0);
		else if (t.type === 'word' && TABLE_WORDS.has(t.value)) inFromList[depth] = true;
		else if (t.type === 'word' && AFTER_FROM.has(t.value)) inFromList[depth] = false;
		else if (t.type === 'string' && prev) {
			if (prev.type === 'word' && TABLE_WORDS.has(prev.value)) return true;
			if (prev.type === 'symbol' && prev.value === ',' && inFromList[depth]) return true;
		}
	}
	return false;
}

function balanced(tokens: readonly Token[]): boolean {
	let depth = 0;
	for (const t of tokens) {
		if (t.type !== 'symbol') continue;
		if (t.value === '(') depth++;
		if (t.value === ')' && --depth < 0) return false;
	}
	return depth === 0;
}
