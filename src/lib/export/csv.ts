import Papa from 'papaparse';

/**
 * CSV for spreadsheets: UTF-8 with a BOM so Excel shows Chinese correctly, and cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) prefixed with an apostrophe — headers too,
 * since they are column names from the user's file or query.
 *
 * `notes` (what the export is: list, as-of date, active filters) go on the first lines, one per
 * line in the first column, then a blank line, then the table. Excel users read a sheet from the
 * top, so the context is seen (and printed) before the data, where a trailing note would sit
 * unnoticed under thousands of rows; the blank line ends Excel's "current region", so sorting,
 * filtering or a pivot on the table leaves the notes out. Without notes the file is a plain table
 * (the CLI's CSV stays machine-readable).
 */
export function toCsv(
	rows: readonly object[],
	columns: readonly string[],
	notes: readonly string[] = []
): string {
	const safe = rows.map((row) =>
		columns.map((c) => neutralise((row as Record<string, unknown>)[c]))
	);
	const fields = columns.map(neutralise);
	const table = Papa.unparse({ fields, data: safe }, { newline: '\r\n' });
	const head = notes.length
		? Papa.unparse(
				notes.map((n) => [neutralise(n)]),
				{ newline: '\r\n' }
			) + '\r\n\r\n'
		: '';
	return '\uFEFF' + head + table;
}

function neutralise(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : String(value);
	if (typeof value === 'number') return text;
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Offer text as a file download, without any network request. */
export function download(filename: string, text: BlobPart, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	downloadUrl(filename, url);
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offer a `blob:` or `data:` URL (e.g. a chart's PNG) as a file download. */
export function downloadUrl(filename: string, url: string) {
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	a.click();
}
