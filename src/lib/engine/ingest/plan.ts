import type { TableName } from '../schema';
import type { DateFormat } from './dates';
import type { Encoding } from './encoding';
import type { Container } from './input';
import type { NumberStyle } from './values';

/** Lines that are not products (postage, fees, adjustments): flagged, kept, and editable by the user. */
export interface NonProductRule {
	/** Exact product codes. */
	codes: string[];
	/** A case-insensitive regular expression on the product code or name. */
	pattern: string;
}

export const DEFAULT_NON_PRODUCT: NonProductRule = {
	codes: ['POST', 'DOT', 'M', 'C2', 'D', 'S', 'BANK CHARGES', 'AMAZONFEE', 'CRUK', 'PADS', 'B'],
	pattern: '^(gift_|postage|carriage|shipping|manual|discount|adjust|运费|邮费|手续费)'
};

/** Everything ingest decided about one file; shown to the user, who may override any of it. */
export interface IngestPlan {
	fileName: string;
	table: TableName;
	container: Container;
	encoding: Encoding;
	/** ',' ';' '\t' '|' or 'whitespace' (rewritten to commas before DuckDB reads it). */
	delimiter: string;
	hasHeader: boolean;
	/** Column names as loaded: the file's header, made unique, or column1..N. */
	headers: string[];
	/** Canonical field → source column (null when not in the file). */
	mapping: Record<string, string | null>;
	/** The cost column holds cost per unit (multiplied by quantity on load). */
	costIsPerUnit: boolean;
	/** Detected (or chosen) format per mapped date field. */
	dateFormats: Record<string, DateFormat | null>;
	/** Date fields whose day/month order nothing proves: both readings, detected first. */
	dateChoices?: Record<string, DateFormat[]>;
	numberStyle: NumberStyle;
	nonProduct: NonProductRule;
	/** The first rows, for the confirmation screen. */
	sample: string[][];
	/** Line endings switch between CRLF and LF: the text is normalised before DuckDB reads it. */
	mixedNewlines?: boolean;
	/** Excel: the workbook's sheets, and the one loaded. */
	sheets?: string[];
	sheet?: string;
	/** What the user should know before confirming (mixed encodings, repeated column names …). */
	warnings?: string[];
}

/**
 * Make header names unique and non-empty, as DuckDB columns must be, ignoring case as DuckDB does:
 * a suffix is chosen that no other column has (`Note, note (2), NOTE` gives `NOTE (3)`).
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
	const taken = new Set<string>();
	return headers.map((raw, i) => {
		// A NUL can't be part of a DuckDB identifier (binary junk in a header line).
		const base = raw.replaceAll('\0', '').trim() || `column${i + 1}`;
		let name = base;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
		taken.add(name.toLowerCase());
		return name;
	});
}
