/**
 * Checks on the start of a file before anything is loaded: files that are not a table at all get a
 * plain answer (what the file is, what was expected), and odd but loadable files get warnings.
 */
import { FIELDS, type TableName } from '../schema';
import type { DetectedEncoding } from './encoding';
import type { Sniffed } from './sniff';

const EXPECTED =
	'expected a CSV, TSV or text export (UTF-8, GBK, UTF-16 or Windows-1252), optionally .gz, Parquet, or an Excel workbook (.xlsx, .xls)';

const MAGIC: { bytes: number[]; what: string }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' }
];

/** Why the bytes are not text (a known binary format, or control characters), or null. */
export function notTextProblem(bytes: Uint8Array, text: string): string | null {
	const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
	if (magic) return `the file is ${magic.what}, not a text file: ${EXPECTED}`;
	// Text has tabs and line breaks but hardly any other control characters; binary data is full of them.
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (
			(c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) ||
			(c >= 0x7f && c < 0xa0)
		)
			controls++;
	}
	return controls >= 8 && controls > text.length * 0.02
		? `the file is not a text file: ${EXPECTED}`
		: null;
}

/** A problem that makes the decoded text unusable as a table, with the row it shows in. */
interface ShapeProblem {
	problem: string;
	row?: number;
}

/** Web pages, JSON, separators without values, and one column cut by an unknown separator. */
export function shapeProblem(text: string, sniffed: Sniffed): ShapeProblem | null {
	const start = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.slice(0, 200)
		.toLowerCase();
	if (/^(<!doctype html|<html|<head|<body)/.test(start))
		return {
			problem: `the file is a web page (HTML), not a data export: ${EXPECTED} — the download may have saved a sign-in or error page instead`
		};
	if (/^<\?xml/.test(start)) return { problem: `the file is XML, not a table: ${EXPECTED}` };
	if (/^(\[\s*)?\{\s*"/.test(start))
		return { problem: `the file is JSON, not a table: ${EXPECTED} with one row per line` };
	const cells = [...(sniffed.hasHeader ? [sniffed.headers] : []), ...sniffed.rows].flat();
	if (!sniffed.hasHeader && cells.every((c) => !c.trim()))
		return {
			problem: 'the file has no values, only separators: expected a header row and data rows'
		};
	if (sniffed.headers.length === 1) {
		const separator = oddSeparator(text);
		if (separator)
			return {
				problem: `only one column was found, and its lines look separated by "${separator}": expected commas, semicolons, tabs, pipes or spaces between columns`,
				row: 1
			};
	}
	return null;
}

/** A punctuation character that occurs equally often (at least once) on each of the first lines. */
function oddSeparator(text: string): string | null {
	const lines = text
		.split(/\r\n|\n|\r/)
		.filter((l) => l.trim())
		.slice(0, 5);
	const candidates = new Set(lines[0]?.match(/[^\p{L}\p{N}\s"'_.\-()]/gu) ?? []);
	for (const ch of candidates) {
		const counts = lines.map((l) => l.split(ch).length - 1);
		if (counts.every((n) => n > 0 && n === counts[0])) return ch;
	}
	return null;
}

/** Things the user should know before confirming a file that can be loaded. */
export function planWarnings(
	sample: Uint8Array,
	detected: DetectedEncoding,
	sniffed: Sniffed,
	table: TableName,
	mapping: Record<string, string | null>
): string[] {
	const warnings: string[] = [];
	if (detected.mixedAt !== undefined && detected.mixedAt >= 0) {
		let line = 1;
		for (let i = 0; i < detected.mixedAt; i++) if (sample[i] === 0x0a) line++;
		const byte = sample[detected.mixedAt].toString(16).toUpperCase().padStart(2, '0');
		warnings.push(
			`line ${line} is not UTF-8 (byte 0x${byte}) while the rest of the file is: mixed encodings. ` +
				'Rows with such bytes are rejected and listed; expected one encoding for the whole file — re-save it as UTF-8'
		);
	}
	const counts = new Map<string, number>();
	for (const cell of sniffed.headerCells ?? []) counts.set(cell, (counts.get(cell) ?? 0) + 1);
	for (const [name, n] of counts)
		if (n > 1 && name)
			warnings.push(
				`the column name "${name}" appears ${n} times: loaded as ${sniffed.headers
					.filter((_, i) => sniffed.headerCells?.[i] === name)
					.map((h) => `"${h}"`)
					.join(', ')}`
			);
	for (const field of FIELDS[table].filter((f) => f.required && !mapping[f.name]))
		warnings.push(
			`no column was recognised as ${field.name} (${field.description.toLowerCase()}): choose it below, or every row will be rejected`
		);
	return warnings;
}
