/**
 * Test-only: "A then B" pairs, lag statistics and the replenishment-due list in plain TypeScript,
 * straight from the definitions, sharing no code with the SQL.
 */
import { mean, median, sampleStandardDeviation } from 'simple-statistics';
import type { BasketLine } from '../helpers/baskets';

const DAY = 86_400_000;
const dayNumber = (ts: string) => Date.parse(`${ts.slice(0, 10)}T00:00:00Z`) / DAY;

/** Linear-interpolation quantile (R type 7), as DuckDB's quantile_cont. */
export function quantile7(sorted: readonly number[], q: number): number {
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]);
}

/** Customer → item key → sorted distinct purchase days (day numbers) before the snapshot. */
export function refDays(lines: readonly BasketLine[], snapshot: string) {
	const out = new Map<string, Map<string, number[]>>();
	for (const l of lines) {
		const item = l.product_id ?? l.product_name;
		if (!l.customer_id || l.is_return || !l.is_product || item === null || l.ts >= snapshot)
			continue;
		const items = out.get(l.customer_id) ?? new Map<string, number[]>();
		const days = items.get(item) ?? [];
		if (!days.includes(dayNumber(l.ts))) days.push(dayNumber(l.ts));
		items.set(
			item,
			days.sort((a, b) => a - b)
		);
		out.set(l.customer_id, items);
	}
	return out;
}

/** Gaps between consecutive purchase days of an item, over all customers. */
export function refGaps(days: ReturnType<typeof refDays>, item: string): number[] {
	const gaps: number[] = [];
	for (const items of days.values()) {
		const d = items.get(item) ?? [];
		for (let i = 1; i < d.length; i++) gaps.push(d[i] - d[i - 1]);
	}
	return gaps.sort((a, b) => a - b);
}

/** Lags of every customer's first B after their first A (within maxLag), per "a→b". */
export function refFollows(
	days: ReturnType<typeof refDays>,
	maxLag: number,
	eligible: Set<string>
) {
	const lags = new Map<string, number[]>();
	for (const items of days.values())
		for (const [a, aDays] of items)
			for (const [b, bDays] of items) {
				if (a === b || !eligible.has(a) || !eligible.has(b)) continue;
				const next = bDays.find((d) => d > aDays[0]);
				if (next === undefined || next - aDays[0] > maxLag) continue;
				const key = `${a}→${b}`;
				lags.set(key, [...(lags.get(key) ?? []), next - aDays[0]]);
			}
	return lags;
}

/** The pairs with statistics, ordered as the analysis orders them (before the limit). */
export function refPairs(
	lines: readonly BasketLine[],
	snapshot: string,
	maxLag: number,
	minCustomers: number
) {
	const days = refDays(lines, snapshot);
	const buyers = new Map<string, number>();
	for (const items of days.values())
		for (const item of items.keys()) buyers.set(item, (buyers.get(item) ?? 0) + 1);
	const eligible = new Set([...buyers].filter(([, n]) => n >= minCustomers).map(([i]) => i));
	return [...refFollows(days, maxLag, eligible)]
		.filter(([, lags]) => lags.length >= minCustomers)
		.map(([key, lags]) => {
			const [a, b] = key.split('→');
			const sorted = [...lags].sort((x, y) => x - y);
			const share = lags.length / buyers.get(a)!;
			const baseline = buyers.get(b)! / days.size;
			const gaps = refGaps(days, b);
			return {
				a,
				b,
				customers_a: buyers.get(a)!,
				customers_then_b: lags.length,
				share,
				baseline,
				lift: share / baseline,
				median_lag: median(sorted),
				mean_lag: mean(sorted),
				sd_lag: sorted.length > 1 ? sampleStandardDeviation(sorted) : null,
				p10_lag: quantile7(sorted, 0.1),
				p90_lag: quantile7(sorted, 0.9),
				repeat_median: gaps.length ? median(gaps) : null,
				lags: sorted
			};
		})
		.sort(
			(x, y) =>
				y.lift - x.lift ||
				y.customers_then_b - x.customers_then_b ||
				(x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
		);
}

/** The due list: customer → [trigger, days since], per the windows given. */
export function refDue(
	lines: readonly BasketLine[],
	snapshot: string,
	a: string,
	b: string,
	first: { from_day: number; to_day: number } | null,
	repeat: { from_day: number; to_day: number } | null
): Map<string, ['first' | 'repeat', number]> {
	const out = new Map<string, ['first' | 'repeat', number]>();
	for (const [customer, items] of refDays(lines, snapshot)) {
		const lastA = items.get(a)?.at(-1);
		const lastB = items.get(b)?.at(-1);
		if (lastA === undefined) continue;
		const isRepeat = lastB !== undefined && lastB >= lastA;
		const since = dayNumber(snapshot) - (isRepeat ? lastB : lastA);
		const window = isRepeat ? repeat : first;
		if (window && since >= window.from_day && since <= window.to_day)
			out.set(customer, [isRepeat ? 'repeat' : 'first', since]);
	}
	return out;
}
