/**
 * SQL expression builders for the one place ingest casts user text to typed values. Every builder
 * takes an already-quoted expression, returns DuckDB SQL text, and yields NULL for empty or
 * unparseable input so ingest can count and report rejected values instead of failing the load.
 * The JS mirrors (`parseNumber`, `parseBoolean`, …) give the same answers for previews and tests.
 */
import { literal } from '../sql';

export interface NumberStyle {
	/** The decimal separator; the other of `.`/`,` (and spaces) may group thousands. */
	decimal: '.' | ',';
}

// Spaces DuckDB's trim() leaves alone: tab, CR/LF, NBSP, ideographic space, BOM.
const WS = String.raw`\s\x{A0}\x{202F}\x{3000}\x{FEFF}`;
const JS_WS = String.raw`\s\u00A0\u202F\u3000\uFEFF`;
const CURRENCY = String.raw`(?:[¥￥$€£]|US\$|HK\$|RMB|CNY|USD|EUR|GBP|HKD|JPY|元)`;

/** The trimmed text of `expr` (any type), with Unicode and control whitespace removed too. */
function trimSql(expr: string): string {
	return `regexp_replace(CAST(${expr} AS VARCHAR), ${literal(`^[${WS}]+|[${WS}]+$`)}, '', 'g')`;
}

/** Trimmed text, NULL when empty. */
export function textSql(expr: string): string {
	return `nullif(${trimSql(expr)}, '')`;
}

/** An identifier: trimmed, leading zeros kept, a spreadsheet's `.0` suffix on digits dropped. */
export function idSql(expr: string): string {
	return `nullif(regexp_replace(${trimSql(expr)}, '^(\\d+)\\.0+$', '\\1'), '')`;
}

/** Lower-case words `booleanSql` reads as true. */
export const TRUE_WORDS = ['yes', 'y', '1', 'true', 't', '是', '√', '✓', 'churned'] as const;
/** Lower-case words `booleanSql` reads as false. */
export const FALSE_WORDS = ['no', 'n', '0', 'false', 'f', '否', '×', 'active', 'retained'] as const;

/** Yes/No, 1/0, true/false, 是/否 … (case-insensitive) to BOOLEAN; NULL for anything else. */
export function booleanSql(expr: string): string {
	const t = `lower(${trimSql(expr)})`;
	const list = (words: readonly string[]) => `(${words.map((w) => literal(w)).join(', ')})`;
	return `CASE WHEN ${t} IN ${list(TRUE_WORDS)} THEN TRUE WHEN ${t} IN ${list(FALSE_WORDS)} THEN FALSE END`;
}

/** JS mirror of `booleanSql`. */
export function parseBoolean(value: string): boolean | null {
	const v = value.trim().toLowerCase();
	if ((TRUE_WORDS as readonly string[]).includes(v)) return true;
	if ((FALSE_WORDS as readonly string[]).includes(v)) return false;
	return null;
}

interface NumberPatterns {
	/** Whole-value match of the text after currency and parentheses are removed. */
	valid: string;
	/** Characters grouping thousands, removed before the cast. */
	group: string;
}

function patterns(style: NumberStyle): NumberPatterns {
	const g = style.decimal === '.' ? ',' : '\\.';
	const d = style.decimal === '.' ? '\\.' : ',';
	const int = `\\d{1,3}(?:${g}\\d{3})+|\\d{1,3}(?:[ '${WS.slice(2)}]\\d{3})+|\\d+`;
	return {
		valid: `[+-]?(?:(?:${int})(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d{1,4})?`,
		group: `[${g} '${WS.slice(2)}]`
	};
}

/**
 * A DOUBLE from text like `1,234.5`, `1 234,5`, `¥1,234.50`, `RMB 12`, `(12.50)` (−12.5) or
 * `-3`; NULL for empty, `12%`, `NaN`, `inf`, overflowing and otherwise malformed values.
 */
export function numberSql(expr: string, style: NumberStyle): string {
	const p = patterns(style);
	const leading = (s: string) =>
		`regexp_replace(${s}, ${literal(`^([+-]?)[${WS}]*${CURRENCY}[${WS}]*`)}, '\\1', 'i')`;
	const trailing = (s: string) =>
		`regexp_replace(${s}, ${literal(`[${WS}]*${CURRENCY}$`)}, '', 'i')`;
	const parens = (s: string) =>
		`regexp_replace(${s}, ${literal(`^\\([${WS}]*(.*?)[${WS}]*\\)$`)}, '-\\1')`;
	// Currency may sit inside or outside accounting parentheses: ($12.50) and $(12.50).
	const n = leading(parens(trailing(leading(trimSql(expr)))));
	let digits = `regexp_replace(${n}, ${literal(p.group)}, '', 'g')`;
	if (style.decimal === ',') digits = `replace(${digits}, ',', '.')`;
	const v = `(CASE WHEN regexp_full_match(${n}, ${literal(p.valid)}) THEN TRY_CAST(${digits} AS DOUBLE) END)`;
	// Plain numbers skip the regex pipeline: ten times faster on a typical column.
	const raw = `CAST(${expr} AS VARCHAR)`;
	const plain = style.decimal === '.' ? '-?\\d{1,15}(\\.\\d{1,15})?' : '-?\\d{1,15}';
	return (
		`(CASE WHEN regexp_full_match(${raw}, ${literal(plain)}) THEN TRY_CAST(${raw} AS DOUBLE) ` +
		`WHEN isfinite(${v}) THEN ${v} END)`
	);
}

const JS_CURRENCY = CURRENCY;
const JS_LEADING = new RegExp(`^([+-]?)[${JS_WS}]*${JS_CURRENCY}[${JS_WS}]*`, 'i');
const JS_TRAILING = new RegExp(`[${JS_WS}]*${JS_CURRENCY}$`, 'i');
const JS_PARENS = new RegExp(`^\\([${JS_WS}]*(.*?)[${JS_WS}]*\\)$`);

function jsPatterns(style: NumberStyle): { valid: RegExp; group: RegExp } {
	const g = style.decimal === '.' ? ',' : '\\.';
	const d = style.decimal === '.' ? '\\.' : ',';
	const sp = JS_WS.slice(2);
	const int = `\\d{1,3}(?:${g}\\d{3})+|\\d{1,3}(?:[ '${sp}]\\d{3})+|\\d+`;
	return {
		valid: new RegExp(`^[+-]?(?:(?:${int})(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d{1,4})?$`),
		group: new RegExp(`[${g} '${sp}]`, 'g')
	};
}

/** JS mirror of `numberSql`: the number, or null when the SQL would give NULL. */
export function parseNumber(value: string, style: NumberStyle): number | null {
	let s = value.trim().replace(new RegExp(`^[${JS_WS}]+|[${JS_WS}]+$`, 'g'), '');
	s = s.replace(JS_LEADING, '$1').replace(JS_TRAILING, '');
	s = s.replace(JS_PARENS, '-$1').replace(JS_LEADING, '$1');
	const p = jsPatterns(style);
	if (!p.valid.test(s)) return null;
	let digits = s.replace(p.group, '');
	if (style.decimal === ',') digits = digits.replace(',', '.');
	const n = Number(digits);
	return Number.isFinite(n) ? n : null;
}

/** True when a value reads as a number in either decimal style; used by header detection. */
export function looksLikeNumber(value: string): boolean {
	return (
		parseNumber(value, { decimal: '.' }) !== null || parseNumber(value, { decimal: ',' }) !== null
	);
}

/**
 * The decimal separator the samples use: `,` only when values show it unambiguously (e.g.
 * `12,5` or `1.234,56`) more often than they show a decimal point; otherwise `.`.
 */
export function detectNumberStyle(samples: readonly string[]): NumberStyle {
	let comma = 0;
	let dot = 0;
	for (const raw of samples) {
		const v = raw.trim();
		if (/,\d{1,2}\D*$|,\d{4,}\D*$|\.\d{3},|\d\.\d{3}\.\d{3}/.test(v)) comma++;
		if (/\.\d{1,2}\D*$|\.\d{4,}\D*$|,\d{3}\.|\d,\d{3},\d{3}/.test(v)) dot++;
	}
	return { decimal: comma > dot ? ',' : '.' };
}
