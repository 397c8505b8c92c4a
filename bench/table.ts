/** A Markdown table, so the printed output can be pasted into README.md as it is. */

export interface Column<T> {
	header: string;
	value: (row: T) => string;
	align?: 'left' | 'right';
}

export function markdownTable<T>(columns: Column<T>[], rows: T[]): string {
	const cells = rows.map((row) => columns.map((c) => c.value(row)));
	const widths = columns.map((c, i) =>
		Math.max(c.header.length, 3, ...cells.map((r) => r[i].length))
	);
	const line = (values: string[]) =>
		`| ${values.map((v, i) => (columns[i].align === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (columns[i].align === 'right' ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
	return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n');
}

/** 1234.5 → "1,235"; null → "–". */
export function num(value: number | null, digits = 0): string {
	return value === null || !Number.isFinite(value)
		? '–'
		: value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Rows per second, compact: "412k", "1.2M". */
export function rate(rows: number | null, ms: number | null): string {
	if (rows === null || ms === null || !(ms > 0)) return '–';
	const perSecond = rows / (ms / 1000);
	if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M`;
	if (perSecond >= 1e3) return `${Math.round(perSecond / 1e3)}k`;
	return String(Math.round(perSecond));
}
