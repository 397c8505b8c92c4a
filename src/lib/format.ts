/** Numbers as people read them on a dashboard. */
export function count(n: number): string {
	return n.toLocaleString('en');
}

export function money(n: number): string {
	const large = Math.abs(n) >= 1_000_000;
	return new Intl.NumberFormat('en', {
		maximumFractionDigits: large ? 2 : Math.abs(n) >= 1000 ? 0 : 2,
		notation: large ? 'compact' : 'standard'
	}).format(n);
}

export function percent(fraction: number, digits = 1): string {
	return `${(fraction * 100).toFixed(digits)}%`;
}
