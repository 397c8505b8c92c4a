import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';

/** One table of a workbook: the same column model as `toCsv` (keys, which are also the headers). */
interface XlsxTable {
	/** At most 31 characters, none of `\ / ? * [ ] :` (Excel's rules); made so here. */
	name: string;
	rows: readonly object[];
	columns: readonly string[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A typed cell: numbers as numbers, `YYYY-MM-DD[ HH:MM[:SS]]` text as an Excel date, the rest as
 * text. Serial dates are computed in UTC so the file does not depend on the writer's time zone;
 * a text cell is never a formula, so nothing needs neutralising as in CSV.
 */
function cell(value: unknown): CellObject | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return { t: 'n', v: Number(value) };
	if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : null;
	if (typeof value === 'boolean') return { t: 'b', v: value };
	if (value instanceof Date) return dateCell(value.getTime(), true);
	const text = String(value);
	const m = DAY.exec(text);
	if (!m) return { t: 's', v: text };
	const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	if (new Date(ms).getUTCDate() !== d) return { t: 's', v: text };
	return dateCell(ms, m[4] !== undefined);
}

function dateCell(ms: number, withTime: boolean): CellObject {
	return {
		t: 'n',
		v: (ms - EXCEL_EPOCH) / 86_400_000,
		z: withTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd'
	};
}

function sheet(rows: readonly object[], columns: readonly string[]): WorkSheet {
	const ws: WorkSheet = {};
	columns.forEach((c, j) => (ws[utils.encode_cell({ r: 0, c: j })] = { t: 's', v: c }));
	rows.forEach((row, i) =>
		columns.forEach((c, j) => {
			const value = cell((row as Record<string, unknown>)[c]);
			if (value) ws[utils.encode_cell({ r: i + 1, c: j })] = value;
		})
	);
	ws['!ref'] = utils.encode_range({
		s: { r: 0, c: 0 },
		e: { r: rows.length, c: Math.max(columns.length - 1, 0) }
	});
	ws['!autofilter'] = { ref: ws['!ref'] };
	return ws;
}

function sheetName(name: string, taken: Set<string>): string {
	const base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
	let out = base;
	for (let k = 2; taken.has(out.toLowerCase()); k++) out = `${base.slice(0, 28)} ${k}`;
	taken.add(out.toLowerCase());
	return out;
}

/** The sheet that holds the notes; its name is fixed so readers can find it. */
export const NOTES_SHEET = 'About';

/**
 * An .xlsx workbook: one sheet per table (header row, typed cells, an autofilter), and `notes`
 * (what the export is: list, as-of date, active filters) on a last sheet "About", one per row,
 * so the tables start at A1 and sort and filter cleanly.
 */
export function toXlsx(tables: readonly XlsxTable[], notes: readonly string[] = []): Uint8Array {
	const book = utils.book_new();
	const taken = new Set([NOTES_SHEET.toLowerCase()]);
	for (const t of tables)
		utils.book_append_sheet(book, sheet(t.rows, t.columns), sheetName(t.name, taken));
	if (notes.length)
		utils.book_append_sheet(book, utils.aoa_to_sheet(notes.map((n) => [n])), NOTES_SHEET);
	return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
