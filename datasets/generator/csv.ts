/** RFC 4180 CSV text: LF line endings, trailing newline, quotes only where needed. */

function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
	const out = [header.map(field).join(',')];
	for (const row of rows) out.push(row.map(field).join(','));
	return out.join('\n') + '\n';
}

/** Integer cents to a 2-decimal string without floating-point drift. */
export function money(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
