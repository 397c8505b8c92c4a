/** Small numeric helpers for the benchmark; no timing assertions anywhere, only reporting. */

export function median(values: readonly number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of the present values, or null when there are none. */
export function medianOrNull(values: readonly (number | null)[]): number | null {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return present.length ? median(present) : null;
}

export function maxOrNull(values: readonly (number | null)[]): number | null {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return present.length ? Math.max(...present) : null;
}

export function round(value: number | null, digits = 0): number | null {
	if (value === null) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** Run `times` times one after another (never in parallel: they would compete for 2 cores). */
export async function repeat<T>(times: number, run: (i: number) => Promise<T>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < times; i++) out.push(await run(i));
	return out;
}
