/**
 * Dialect and header detection on a decoded text sample, and the stream rewrite that lets DuckDB
 * read whitespace-separated files (CDNOW-style fixed-width columns) as CSV.
 */
import Papa from 'papaparse';
import { looksLikeDate } from './dates';
import { isKnownHeader } from './mapping';
import { looksLikeNumber } from './values';

export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

export interface Sniffed {
	delimiter: Delimiter;
	quote: '"';
	hasHeader: boolean;
	/**
	 * Column names: the header cells trimmed, an empty one named `columnN` (1-based) and a repeated
	 * one suffixed `_2`, `_3` …; `column1..N` when the file has no header. Pass them to read_csv as
	 * `names` so SQL sees exactly these.
	 */
	headers: string[];
	/** The header row's cells as the file has them (trimmed), before names were made unique. */
	headerCells?: string[];
	/** The sampled rows after the header (untrimmed cells, at most SAMPLE_LINES). */
	rows: string[][];
}

export interface SniffOptions {
	/**
	 * Whether the sample is the whole file. false: the last line is presumed cut off by the sample
	 * boundary and dropped. Not given: an unterminated last line is kept only when it has as many
	 * fields as the other rows.
	 */
	complete?: boolean;
}

/** Lines of the sample that detection looks at. */
const SAMPLE_LINES = 200;

const CANDIDATES: Exclude<Delimiter, 'whitespace'>[] = [',', '\t', ';', '|'];

/** Detect delimiter, header and column names from the start of a decoded file. */
export function sniffText(sample: string, options: SniffOptions = {}): Sniffed {
	const { text, cut } = trimSample(sample);
	let best: { delimiter: Delimiter; rows: string[][]; share: number; width: number } | null = null;
	for (const delimiter of CANDIDATES) {
		const rows = parse(text, delimiter);
		const { width, share } = consistency(rows);
		if (width < 2) continue;
		if (
			!best ||
			share > best.share + 1e-9 ||
			(Math.abs(share - best.share) < 1e-9 && width > best.width)
		) {
			best = { delimiter, rows, share, width };
		}
	}
	if (!best || best.share < 0.8) {
		const rows = splitWhitespace(text);
		const ws = consistency(rows);
		if (ws.width >= 2 && ws.share >= 0.9 && (!best || ws.share > best.share)) {
			best = { delimiter: 'whitespace', rows, ...ws };
		}
	}
	if (!best) best = { delimiter: ',', rows: parse(text, ','), share: 1, width: 1 };

	const rows = best.rows;
	const last = rows[rows.length - 1];
	if (cut && rows.length > 1 && options.complete !== true) {
		if (options.complete === false || last.length !== best.width) rows.pop();
	}
	const width = Math.max(best.width, rows[0]?.length ?? 0);
	const hasHeader = rows.length > 0 && detectHeader(rows);
	const headers = hasHeader
		? uniqueNames(rows[0])
		: Array.from({ length: width }, (_, i) => `column${i + 1}`);
	return {
		delimiter: best.delimiter,
		quote: '"',
		hasHeader,
		headers,
		headerCells: hasHeader ? rows[0].map((c) => c.trim()) : undefined,
		rows: hasHeader ? rows.slice(1) : rows
	};
}

/** The first lines of the sample; `cut` when the last of them has no line ending. */
function trimSample(sample: string): { text: string; cut: boolean } {
	const lines = sample.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	let cut = true;
	if (lines[lines.length - 1] === '') {
		lines.pop();
		cut = false;
	}
	if (lines.length > SAMPLE_LINES + 1) {
		lines.length = SAMPLE_LINES + 1;
		cut = false;
	}
	return { text: lines.join('\n'), cut };
}

function parse(text: string, delimiter: string): string[][] {
	const result = Papa.parse<string[]>(text, {
		delimiter,
		quoteChar: '"',
		skipEmptyLines: 'greedy',
		preview: SAMPLE_LINES + 1
	});
	return result.data;
}

function splitWhitespace(text: string): string[][] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '')
		.slice(0, SAMPLE_LINES + 1)
		.map((l) => l.split(/[ \t]+/));
}

/** The most common row width and the share of rows that have it. */
function consistency(rows: string[][]): { width: number; share: number } {
	if (!rows.length) return { width: 0, share: 0 };
	const counts = new Map<number, number>();
	for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
	let width = 0;
	let n = 0;
	for (const [w, c] of counts) {
		if (c > n || (c === n && w > width)) {
			width = w;
			n = c;
		}
	}
	return { width, share: n / rows.length };
}

type Kind = 'empty' | 'number' | 'date' | 'text';

function kind(cell: string): Kind {
	const v = cell.trim();
	if (!v) return 'empty';
	if (looksLikeDate(v)) return 'date';
	if (looksLikeNumber(v)) return 'number';
	return 'text';
}

/**
 * The first row is a header when none of its cells is a number or date and either some column
 * holds numbers/dates below a text cell, or its cells are distinct and one names a known field.
 */
function detectHeader(rows: string[][]): boolean {
	const first = rows[0].map(kind);
	if (first.some((k) => k === 'number' || k === 'date')) return false;
	if (!first.some((k) => k === 'text')) return false;
	const body = rows.slice(1);
	if (!body.length) return true;
	const typedBelow = first.some((k, col) => {
		if (k !== 'text') return false;
		const kinds = body.map((r) => kind(r[col] ?? '')).filter((x) => x !== 'empty');
		if (!kinds.length) return false;
		const typed = kinds.filter((x) => x === 'number' || x === 'date').length;
		return typed / kinds.length >= 0.8;
	});
	if (typedBelow) return true;
	const cells = rows[0].map((c) => c.trim()).filter((c) => c !== '');
	const distinct = new Set(cells).size === cells.length;
	if (distinct && cells.some(isKnownHeader)) return true;
	// All-text files: the first row is a header when its values never recur below it.
	return (
		distinct && rows[0].every((c, col) => body.every((r) => (r[col] ?? '').trim() !== c.trim()))
	);
}

function uniqueNames(cells: string[]): string[] {
	const seen = new Map<string, number>();
	return cells.map((raw, i) => {
		let name = raw.trim() || `column${i + 1}`;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		if (n > 1) name = `${name}_${n}`;
		return name;
	});
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;

const isSeparator = (b: number) => b === SPACE || b === TAB || b === CR || b === LF;

/**
 * Rewrite a whitespace-separated UTF-8 stream as CSV: each line trimmed, each run of spaces or
 * tabs turned into one comma, a token containing a comma or quote quoted, blank lines left empty
 * and CRLF turned into LF.
 */
export async function* whitespaceToCsvLines(
	chunks: AsyncIterable<Uint8Array>
): AsyncIterable<Uint8Array> {
	// UTF-8 continuation bytes are never ASCII, so working on bytes cannot split a character.
	let carry = new Uint8Array(0);
	let tokensInLine = 0;

	const convert = (buf: Uint8Array, end: number, last: boolean): Uint8Array => {
		// Worst case a one-byte token `"` becomes `,""""`.
		const out = new Uint8Array(end * 5 + 2);
		let o = 0;
		let i = 0;
		while (i < end) {
			const b = buf[i];
			if (b === LF) {
				// A blank line stays an empty line: line numbers stay the file's, and ingest lists it.
				out[o++] = LF;
				tokensInLine = 0;
				i++;
			} else if (isSeparator(b)) {
				i++;
			} else {
				let j = i;
				let quote = false;
				while (j < end && !isSeparator(buf[j])) {
					if (buf[j] === COMMA || buf[j] === QUOTE) quote = true;
					j++;
				}
				if (tokensInLine > 0) out[o++] = COMMA;
				if (quote) {
					out[o++] = QUOTE;
					for (let k = i; k < j; k++) {
						if (buf[k] === QUOTE) out[o++] = QUOTE;
						out[o++] = buf[k];
					}
					out[o++] = QUOTE;
				} else {
					out.set(buf.subarray(i, j), o);
					o += j - i;
				}
				tokensInLine++;
				i = j;
			}
		}
		if (last && tokensInLine > 0) out[o++] = LF;
		return out.subarray(0, o);
	};

	for await (const chunk of chunks) {
		let buf = chunk;
		if (carry.length) {
			buf = new Uint8Array(carry.length + chunk.length);
			buf.set(carry);
			buf.set(chunk, carry.length);
		}
		// A token running into the next chunk waits for it, so it is quoted (or not) as a whole.
		let end = buf.length;
		while (end > 0 && !isSeparator(buf[end - 1])) end--;
		carry = buf.slice(end);
		const out = convert(buf, end, false);
		if (out.length) yield out;
	}
	const out = convert(carry, carry.length, true);
	if (out.length) yield out;
}
