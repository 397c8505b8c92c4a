import Papa from 'papaparse';

/**
 * CSV for spreadsheets: UTF-8 with a BOM so Excel shows Chinese correctly, and cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) prefixed with an apostrophe.
 */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
	const safe = rows.map((row) => columns.map((c) => neutralise((row as Record<string, unknown>)[c])));
	return '\uFEFF' + Papa.unparse({ fields: [...columns], data: safe }, { newline: '\r\n' });
}

function neutralise(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : String(value);
	if (typeof value === 'number') return text;
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Offer text as a file download, without any network request. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
