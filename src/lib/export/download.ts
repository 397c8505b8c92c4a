import { download, toCsv } from './csv';

/** The formats every table downloads in. */
export type ExportFormat = 'csv' | 'xlsx';

/**
 * Download one table as `basename.csv` or `basename.xlsx`, from the same rows, column keys (the
 * headers) and notes. The workbook writer loads on first use, so pages do not carry it.
 */
export async function downloadTable(
	format: ExportFormat,
	basename: string,
	rows: readonly object[],
	columns: readonly string[],
	notes: readonly string[] = []
): Promise<void> {
	if (format === 'csv') return download(`${basename}.csv`, toCsv(rows, columns, notes));
	const { toXlsx, XLSX_TYPE } = await import('./xlsx');
	const book = toXlsx([{ name: basename, rows, columns }], notes);
	download(`${basename}.xlsx`, book as Uint8Array<ArrayBuffer>, XLSX_TYPE);
}
