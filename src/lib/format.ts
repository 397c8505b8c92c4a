/** Numbers as people read them on a dashboard. */
export function count(n: number): string {
	return n.toLocaleString('en');
}

export function money(n: number): string {
	return new Intl.NumberFormat('en', {
		maximumFractionDigits: Math.abs(n) >= 1000 ? 0 : 2,
		notation: Math.abs(n) >= 10_000_000 ? 'compact' : 'standard'
	}).format(n);
}

export function percent(fraction: number, digits = 1): string {
	return `${(fraction * 100).toFixed(digits)}%`;
}
