// Test-only: RFM in plain TypeScript, written from the spec without looking at the SQL.
import type { CutSet, Dimension, ScoreBin } from '$lib/analyses/rfm/cuts';
import type { SegmentMap } from '$lib/analyses/rfm/segments';
import type { RfmParams } from '$lib/analyses/rfm/types';

/** One transaction line as the property tests generate it. */
export interface RefLine {
	invoice_id: string | null;
	customer_id: string | null;
	/** `YYYY-MM-DD HH:MM:SS` */
	ts: string;
	cents: number;
	is_return: boolean;
}

/** A customer as the reference scores it. */
export interface RefCustomer {
	customer_id: string;
	recency: number;
	frequency: number;
	monetary: number;
	r: number;
	f: number;
	m: number;
	segment: string;
}

const DAY = 86_400_000;
const dayOf = (ts: string) => ts.slice(0, 10);
const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;

/** The snapshot the reference uses: the given day or the day after the last line. */
export function refSnapshot(lines: RefLine[], snapshot?: string): string {
	if (snapshot) return snapshot;
	const last = lines
		.map((l) => dayOf(l.ts))
		.sort()
		.at(-1)!;
	return new Date((epochDay(last) + 1) * DAY).toISOString().slice(0, 10);
}

function quintiles(values: number[], descending: boolean): number[] {
	const n = values.length;
	return values.map((v) => {
		const before = values.filter((w) => (descending ? w > v : w < v)).length;
		return 1 + Math.floor((5 * before) / n);
	});
}

function byCuts(values: number[], cuts: CutSet[Dimension], recency: boolean): number[] {
	return values.map((v) =>
		recency ? 5 - cuts.filter((c) => v > c).length : 1 + cuts.filter((c) => v >= c).length
	);
}

function segmentOf(map: SegmentMap, r: number, f: number): string {
	const rule = map.find((x) => x.r[0] <= r && r <= x.r[1] && x.f[0] <= f && f <= x.f[1]);
	return rule!.segment;
}

/** Scored customers, sorted by id. */
export function refCustomers(
	lines: RefLine[],
	params: RfmParams & { segments: SegmentMap }
): RefCustomer[] {
	const snapshot = refSnapshot(lines, params.snapshot);
	const facts = new Map<string, { last: string; invoices: Set<string>; cents: number }>();
	for (const line of lines) {
		if (line.customer_id === null || dayOf(line.ts) >= snapshot) continue;
		if (line.is_return && params.returns === 'exclude') continue;
		const fact = facts.get(line.customer_id) ?? { last: '', invoices: new Set(), cents: 0 };
		fact.cents += line.cents;
		if (!line.is_return) {
			fact.invoices.add(line.invoice_id ?? `day ${dayOf(line.ts)}`);
			if (line.ts > fact.last) fact.last = line.ts;
		}
		facts.set(line.customer_id, fact);
	}
	const rows = [...facts]
		.filter(([, fact]) => fact.invoices.size > 0)
		.map(([customer_id, fact]) => ({
			customer_id,
			recency: epochDay(snapshot) - epochDay(dayOf(fact.last)),
			frequency: fact.invoices.size,
			monetary: fact.cents / 100
		}))
		.sort((a, b) => (a.customer_id < b.customer_id ? -1 : 1));
	const score = (d: Dimension) =>
		params.scoring === 'thresholds'
			? byCuts(
					rows.map((row) => row[d]),
					params.cuts![d],
					d === 'recency'
				)
			: quintiles(
					rows.map((row) => row[d]),
					d === 'recency'
				);
	const [r, f, m] = [score('recency'), score('frequency'), score('monetary')];
	return rows.map((row, i) => ({
		...row,
		r: r[i],
		f: f[i],
		m: m[i],
		segment: segmentOf(params.segments, r[i], f[i])
	}));
}

/** Min, max and count per score of one dimension. */
export function refBins(customers: RefCustomer[], d: Dimension): ScoreBin[] {
	const key = ({ recency: 'r', frequency: 'f', monetary: 'm' } as const)[d];
	return [1, 2, 3, 4, 5].map((score) => {
		const values = customers.filter((c) => c[key] === score).map((c) => c[d]);
		return {
			score,
			min: values.length ? Math.min(...values) : null,
			max: values.length ? Math.max(...values) : null,
			customers: values.length
		};
	});
}

/** Mean (rounded to cents) and interpolated median. */
export function refStat(values: number[]): { mean: number | null; median: number | null } {
	if (!values.length) return { mean: null, median: null };
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { mean: values.reduce((a, b) => a + b, 0) / values.length, median };
}
