import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import Papa from 'papaparse';
import { WorkbookError, type WorkbookCsv } from './workbook';

/**
 * One sheet of an .xlsx or .xls workbook as CSV. Cells keep their typed values: numbers in full
 * precision without the sheet's display format, dates as YYYY-MM-DD[ HH:MM:SS] (so no locale
 * guessing), booleans as TRUE/FALSE, error cells as Excel shows them (#VALUE!). Rows with no
 * value at all are left out, as empty lines of a CSV are.
 */
export function workbookToCsv(bytes: Uint8Array, sheet?: string): WorkbookCsv {
	let book: WorkBook;
	try {
		// Only the chosen sheet is parsed: a 50 MB workbook's other sheets cost nothing.
		book = read(bytes, { type: 'array', dense: true, cellNF: true, sheets: sheet ?? 0 });
	} catch (error) {
		throw new WorkbookError(
			`the file could not be read as an Excel workbook (${(error as Error).message}): expected an .xlsx or .xls workbook — open it in Excel and save it again, or save it as CSV UTF-8`
		);
	}
	const name = sheet ?? book.SheetNames[0];
	const ws = book.Sheets[name];
	if (sheet !== undefined && !book.SheetNames.includes(sheet))
		throw new WorkbookError(
			`the workbook has no sheet named "${sheet}": expected one of ${book.SheetNames.map((s) => `"${s}"`).join(', ')}`
		);
	if (!ws?.['!ref'])
		throw new WorkbookError(`the sheet "${name}" is empty: expected a header row and data rows`);
	const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
	const range = utils.decode_range(ws['!ref']);
	const data: (CellObject[] | undefined)[] = ws['!data'] ?? [];
	const rows: string[][] = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const row: string[] = [];
		for (let c = range.s.c; c <= range.e.c; c++) row.push(cellText(data[r]?.[c], date1904));
		if (row.some((v) => v !== '')) rows.push(row);
	}
	return {
		sheets: book.SheetNames,
		sheet: name,
		csv: new TextEncoder().encode(Papa.unparse(rows, { newline: '\n' }))
	};
}

function cellText(cell: CellObject | undefined, date1904: boolean): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	switch (cell.t) {
		case 'n':
			return typeof cell.z === 'string' && SSF.is_date(cell.z)
				? excelDate(cell.v as number, date1904)
				: String(cell.v);
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'e':
			return cell.w ?? '#N/A';
		case 'd':
			return (cell.v as Date)
				.toISOString()
				.replace('T', ' ')
				.replace(/\.000Z$|Z$/, '');
		default:
			return String(cell.v);
	}
}

/** A date serial as the date (and time, when it has one) it shows in Excel, whatever the time zone. */
function excelDate(serial: number, date1904: boolean): string {
	const p = SSF.parse_date_code(serial, { date1904 }) as Record<
		'y' | 'm' | 'd' | 'H' | 'M' | 'S',
		number
	>;
	const two = (n: number) => String(n).padStart(2, '0');
	const day = `${p.y}-${two(p.m)}-${two(p.d)}`;
	return p.H || p.M || p.S ? `${day} ${two(p.H)}:${two(p.M)}:${two(p.S)}` : day;
}
