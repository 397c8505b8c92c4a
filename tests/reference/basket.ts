/**
 * Test-only: a brute-force miner in plain TypeScript. It enumerates every subset of every basket,
 * so it is only fit for small baskets, and shares no code with the SQL miner.
 */

/** Thresholds as the SQL miner takes them. */
export interface RefParams {
	minSupport: number;
	minCount?: number;
	maxLen: number;
	maxBasketSize?: number;
}

/** A frequent itemset: item keys sorted, and its basket count. */
export interface RefItemset {
	items: string[];
	count: number;
}

/** A rule with its exact counts and measures. */
export interface RefRule {
	antecedent: string[];
	consequent: string[];
	count: number;
	antecedent_count: number;
	consequent_count: number;
	support: number;
	confidence: number;
	lift: number;
	leverage: number;
	conviction: number | null;
	zhang: number | null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const key = (items: readonly string[]) => JSON.stringify(items);

function subsets(items: readonly string[], maxLen: number): string[][] {
	const out: string[][] = [];
	const walk = (start: number, chosen: string[]) => {
		if (chosen.length) out.push(chosen);
		if (chosen.length === maxLen) return;
		for (let i = start; i < items.length; i++) walk(i + 1, [...chosen, items[i]]);
	};
	walk(0, []);
	return out;
}

/** Counted baskets (the support denominator) and every itemset meeting the thresholds. */
export function refMine(
	baskets: Map<string, Set<string>>,
	p: RefParams
): { baskets: number; oversized: number; itemsets: RefItemset[] } {
	const kept = [...baskets.values()].filter((b) => b.size <= (p.maxBasketSize ?? Infinity));
	const counts = new Map<string, RefItemset>();
	for (const basket of kept)
		for (const items of subsets([...basket].sort(byText), p.maxLen)) {
			const k = key(items);
			const entry = counts.get(k) ?? { items, count: 0 };
			entry.count++;
			counts.set(k, entry);
		}
	const n = kept.length;
	const itemsets = [...counts.values()].filter(
		(s) => s.count / n >= p.minSupport && s.count >= (p.minCount ?? 1)
	);
	return { baskets: n, oversized: baskets.size - n, itemsets };
}

/** Every rule of the itemsets, before any confidence or lift filter. */
export function refRules(
	itemsets: readonly RefItemset[],
	n: number,
	consequents: 'single' | 'multi' = 'single'
): (RefRule & { redundant: boolean })[] {
	const count = new Map(itemsets.map((s) => [key(s.items), s.count]));
	const rules: RefRule[] = [];
	for (const s of itemsets) {
		if (s.items.length < 2) continue;
		for (const consequent of subsets(s.items, s.items.length - 1)) {
			if (consequents === 'single' && consequent.length !== 1) continue;
			const antecedent = s.items.filter((i) => !consequent.includes(i));
			const a = count.get(key(antecedent))!;
			const c = count.get(key(consequent))!;
			const both = s.count;
			const confidence = both / a;
			const den = Math.max(both * (n - a), a * (c - both));
			rules.push({
				antecedent,
				consequent,
				count: both,
				antecedent_count: a,
				consequent_count: c,
				support: both / n,
				confidence,
				lift: (both * n) / (a * c),
				leverage: both / n - (a / n) * (c / n),
				conviction: confidence === 1 ? null : (1 - c / n) / (1 - confidence),
				zhang: den === 0 ? null : (both * n - a * c) / den
			});
		}
	}
	return rules.map((r) => ({
		...r,
		redundant: rules.some(
			(g) =>
				key(g.consequent) === key(r.consequent) &&
				g.antecedent.length < r.antecedent.length &&
				g.antecedent.every((i) => r.antecedent.includes(i)) &&
				g.count / g.antecedent_count >= r.count / r.antecedent_count
		)
	}));
}
