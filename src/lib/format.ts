import { locale } from './i18n/locale.svelte';

/** Numbers as people read them on a dashboard, in the chosen language's conventions. */
export function count(n: number): string {
	return n.toLocaleString(locale.current);
}

export function money(n: number): string {
	const large = Math.abs(n) >= 1_000_000;
	return new Intl.NumberFormat(locale.current, {
		maximumFractionDigits: large ? 2 : Math.abs(n) >= 1000 ? 0 : 2,
		notation: large ? 'compact' : 'standard'
	}).format(n);
}

/** Short numbers for chart axes and labels: 1.2M, 35K in English; 120万, 1.2亿 in Chinese. */
export function compact(n: number): string {
	return new Intl.NumberFormat(locale.current, {
		notation: 'compact',
		maximumFractionDigits: 1
	}).format(n);
}

export function percent(fraction: number, digits = 1): string {
	return new Intl.NumberFormat(locale.current, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(fraction);
}

/** A `YYYY-MM-DD` date in the chosen language (2024年12月31日 / Dec 31, 2024). */
export function day(iso: string): string {
	return new Intl.DateTimeFormat(locale.current, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`)
	);
}

/** The day before a `YYYY-MM-DD` date: the last day of a period whose end is exclusive. */
export function dayBefore(iso: string): string {
	const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}
