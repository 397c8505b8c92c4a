import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, type FixtureExpectation } from '../../../../tests/fixtures/expectations';
import { detectDateFormat, scoreDateFormats } from './dates';
import { decodeSample, detectEncoding } from './encoding';
import { autoMap, guessTable } from './mapping';
import { sniffText } from './sniff';
import { detectNumberStyle } from './values';

const dir = join(import.meta.dirname, '../../../../tests/fixtures');
const bytesOf = (f: FixtureExpectation) => new Uint8Array(readFileSync(join(dir, f.file)));

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
});
