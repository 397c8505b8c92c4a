/**
 * Test-only: the customers of each drill in plain TypeScript, from the definitions the charts
 * state, over generated lines and customers (already restricted by the plain filters). Reuses the
 * RFM and churn references, which are themselves written without SQL.
 */
import { NO_REASON } from '$lib/analyses/churn/reasons';
import { refChurnCustomers } from './churn';
import type { CustomerRow } from '../helpers/churn-data';
import type { Line } from '../helpers/pareto-data';
import { refCustomers } from './rfm';
import { DEFAULT_SEGMENT_MAP } from '$lib/analyses/rfm/segments';
import type { Drill } from '$lib/analyses/drill/types';

/** Lines and customers rows the views hold. */
export interface RefData {
	lines: readonly Line[];
	customers: readonly CustomerRow[];
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** Net cents per identified customer with at least one sale, over every line. */
function spend(lines: readonly Line[]): Map<string, number> {
	const cents = new Map<string, number>();
	const buyers = new Set<string>();
	for (const l of lines) {
		if (l.customer_id === null) continue;
		cents.set(l.customer_id, (cents.get(l.customer_id) ?? 0) + l.cents);
		if (!l.is_return) buyers.add(l.customer_id);
	}
	return new Map([...cents].filter(([id]) => buyers.has(id)));
}

const month = (ts: string) => ts.slice(0, 7);
const monthsAfter = (start: string, k: number) => {
	const [y, m] = start.split('-').map(Number);
	const index = y * 12 + m - 1 + k;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** The customer ids of a drill, sorted. */
export function refDrill(drill: Drill, { lines, customers }: RefData): string[] {
	switch (drill.kind) {
		case 'rfm_cell':
		case 'rfm_segment': {
			const scored = refCustomers([...lines], {
				...drill.rfm,
				segments: drill.rfm.segments ?? DEFAULT_SEGMENT_MAP
			});
			return sorted(
				scored
					.filter((c) =>
						drill.kind === 'rfm_cell'
							? c.r === drill.r && c.f === drill.f
							: c.segment === drill.segment
					)
					.map((c) => c.customer_id)
			);
		}
		case 'tier': {
			// Rank = 1 + customers spending strictly more; the first tier whose cumulative share s
			// has rank ≤ s × n (the last tier takes the rest).
			const all = [...spend(lines)];
			const n = all.length;
			let cumulative = 0;
			const bounds = drill.tiers.map((t, i) => {
				cumulative += Math.round(t.share * 10_000);
				return i === drill.tiers.length - 1 ? 10_000 : cumulative;
			});
			const index = drill.tiers.findIndex((t) => t.name === drill.tier);
			return sorted(
				all
					.filter(([, cents]) => {
						const rank = 1 + all.filter(([, other]) => other > cents).length;
						return bounds.findIndex((b) => rank * 10_000 <= b * n) === index;
					})
					.map(([id]) => id)
			);
		}
		case 'churn_reason':
			return sorted(
				refChurnCustomers(lines, customers, drill.churn.definition)
					.filter((c) => c.eligible && c.churned && (c.reason ?? NO_REASON) === drill.reason)
					.map((c) => c.id)
			);
		case 'product':
			return sorted(
				lines
					.filter((l) => !l.is_return && l.is_product && l.product_id === drill.item)
					.flatMap((l) => l.customer_id ?? [])
			);
		case 'cohort': {
			const sales = lines.filter((l) => l.customer_id !== null && !l.is_return);
			const first = new Map<string, string>();
			for (const l of sales)
				if (!first.has(l.customer_id!) || l.ts < first.get(l.customer_id!)!)
					first.set(l.customer_id!, l.ts);
			const cohort = [...first].filter(([, ts]) => month(ts) === drill.cohort).map(([id]) => id);
			if (drill.month === undefined) return sorted(cohort);
			const target = monthsAfter(drill.cohort, drill.month);
			return sorted(
				cohort.filter((id) => sales.some((l) => l.customer_id === id && month(l.ts) === target))
			);
		}
		case 'category':
		case 'class':
			throw new Error(`No plain reference for ${drill.kind}: compared with its analysis instead`);
	}
}

/** The data restricted to a set of customers, as a drill restricts the views. */
export function restrict(data: RefData, ids: readonly string[]): RefData {
	const keep = new Set(ids);
	return {
		lines: data.lines.filter((l) => l.customer_id !== null && keep.has(l.customer_id)),
		customers: data.customers.filter((c) => keep.has(c.customer_id))
	};
}
