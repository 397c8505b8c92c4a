/**
 * A SQL tokenizer that knows DuckDB's quoting: 'strings' ('' escapes), E'escape strings'
 * (backslash escapes), $tag$dollar strings$tag$, "identifiers" ("" escapes), -- line comments and
 * nested block comments. Comments and whitespace are dropped. It errs on the strict side: text it
 * cannot place is an error, so nothing can hide from the read-only check in a blind spot.
 */
import type { Bilingual } from '../../i18n/bilingual';
import { refusal } from './messages';

/** One token with its position in the source. */
export interface Token {
	type: 'word' | 'identifier' | 'string' | 'number' | 'parameter' | 'symbol' | 'semicolon';
	/** Words are upper-cased; strings and identifiers hold their unquoted content. */
	value: string;
	start: number;
	end: number;
	/** Strings only: written as E'…', where backslashes escape. */
	escaped?: boolean;
}

/** Text the tokenizer cannot read safely (an unterminated quote or comment); `message` is English. */
export class TokenizeError extends Error {
	constructor(readonly reason: Bilingual) {
		super(reason.en);
	}
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;

/** Split SQL into tokens, or throw a TokenizeError naming what is unterminated. */
export function tokenize(sql: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const at = (k: number) => sql[k] ?? '';
	while (i < sql.length) {
		const c = sql[i];
		const start = i;
		if (/\s/.test(c)) {
			i++;
		} else if (c === '-' && at(i + 1) === '-') {
			while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i++;
		} else if (c === '/' && at(i + 1) === '*') {
			i = blockCommentEnd(sql, i);
		} else if (c === "'") {
			const [value, end] = quoted(sql, i, "'", false);
			tokens.push({ type: 'string', value, start, end });
			i = end;
		} else if ((c === 'E' || c === 'e') && at(i + 1) === "'") {
			const [value, end] = quoted(sql, i + 1, "'", true);
			tokens.push({ type: 'string', value, start, end, escaped: true });
			i = end;
		} else if (c === '"') {
			const [value, end] = quoted(sql, i, '"', false);
			tokens.push({ type: 'identifier', value, start, end });
			i = end;
		} else if (c === '$' && /[0-9]/.test(at(i + 1))) {
			i++;
			while (/[0-9]/.test(at(i))) i++;
			tokens.push({ type: 'parameter', value: sql.slice(start, i), start, end: i });
		} else if (c === '$') {
			const tag = /^\$([\p{L}_][\p{L}\p{N}_]*)?\$/u.exec(sql.slice(i));
			if (!tag) throw new TokenizeError(refusal((m) => m.unexpectedDollar(i + 1)));
			const close = sql.indexOf(tag[0], i + tag[0].length);
			if (close < 0) throw new TokenizeError(refusal((m) => m.unterminatedDollar(tag[0], i + 1)));
			const value = sql.slice(i + tag[0].length, close);
			i = close + tag[0].length;
			tokens.push({ type: 'string', value, start, end: i });
		} else if (WORD_START.test(c)) {
			while (i < sql.length && WORD_PART.test(sql[i])) i++;
			tokens.push({ type: 'word', value: sql.slice(start, i).toUpperCase(), start, end: i });
		} else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(at(i + 1)))) {
			while (i < sql.length && /[0-9a-zA-Z_.]/.test(sql[i])) i++;
			tokens.push({ type: 'number', value: sql.slice(start, i), start, end: i });
		} else if (c === ';') {
			tokens.push({ type: 'semicolon', value: ';', start, end: ++i });
		} else if (c === '?') {
			tokens.push({ type: 'parameter', value: '?', start, end: ++i });
		} else {
			tokens.push({ type: 'symbol', value: c, start, end: ++i });
		}
	}
	return tokens;
}

/** DuckDB nests block comments: each `/*` needs its own `*\/`. */
function blockCommentEnd(sql: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < sql.length) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	throw new TokenizeError(refusal((m) => m.unterminatedComment(from + 1)));
}

/** The content of a quoted run starting at `from` and the index after its closing quote. */
function quoted(sql: string, from: number, quote: string, backslash: boolean): [string, number] {
	let value = '';
	let i = from + 1;
	while (i < sql.length) {
		const c = sql[i];
		if (backslash && c === '\\') {
			value += sql.slice(i, i + 2);
			i += 2;
		} else if (c === quote && sql[i + 1] === quote) {
			value += quote;
			i += 2;
		} else if (c === quote) {
			return [value, i + 1];
		} else {
			value += c;
			i++;
		}
	}
	throw new TokenizeError(
		refusal((m) => (quote === '"' ? m.unterminatedName(from + 1) : m.unterminatedText(from + 1)))
	);
}
