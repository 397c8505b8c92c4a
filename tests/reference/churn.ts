/**
 * Test-only: plain-TypeScript churn, written from the definitions in `definition.ts` and
 * `status.ts` without SQL, for the property tests to compare against. Not imported by application
 * code.
 */
import { SNAPSHOT, type Line } from '../helpers/pareto-data';
import { shiftDate } from '$lib/analyses/rfm/migration';
import type { ChurnDefinition } from '$lib/analyses/churn/definition';
import type { RetentionStatus } from '$lib/analyses/churn/status';
import type { CustomerRow } from '../helpers/churn-data';

/** One customer as `churn_customers` holds them. */
export interface RefChurnCustomer {
	id: string;
	row: CustomerRow | null;
	days: string[];
	eligible: boolean;
	churned: boolean;
	churn_day: string | null;
	start_day: string | null;
	tenure_days: number | null;
	reason: string | null;
}

/** Whole days from `a` to `b` (`YYYY-MM-DD`). */
export const daysBetween = (a: string, b: string) =>
	Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Distinct purchase days (sales lines before the snapshot) per customer, sorted. */
export function purchaseDays(lines: readonly Line[], snapshot = SNAPSHOT): Map<string, string[]> {
	const by = new Map<string, Set<string>>();
	for (const l of lines)
		if (l.customer_id !== null && l.ts < snapshot && !l.is_return)
			by.set(l.customer_id, (by.get(l.customer_id) ?? new Set()).add(l.ts.slice(0, 10)));
	return new Map([...by].map(([id, set]) => [id, [...set].sort()]));
}

/** Every customer (file ∪ buyers) under a definition. */
export function refChurnCustomers(
	lines: readonly Line[],
	customers: readonly CustomerRow[],
	definition: ChurnDefinition
): RefChurnCustomer[] {
	const days = purchaseDays(lines);
	const rows = new Map(customers.map((c) => [c.customer_id, c]));
	const ids = [...new Set([...rows.keys(), ...days.keys()])].sort();
	return ids.map((id) => {
		const row = rows.get(id) ?? null;
		const own = days.get(id) ?? [];
		const first = own[0] ?? null;
		const last = own.at(-1) ?? null;
		let eligible: boolean;
		let churned: boolean;
		let churnDay: string | null;
		if (definition.kind === 'flag') {
			const flag = row?.churned ?? null;
			eligible = flag !== null;
			churned = flag === true && !(row!.churn_date !== null && row!.churn_date >= SNAPSHOT);
			churnDay = churned ? (row!.churn_date ?? last) : null;
		} else {
			eligible = first !== null;
			churned = last !== null && daysBetween(last, SNAPSHOT) > definition.days;
			churnDay = churned ? last : null;
		}
		const start = row?.signup_date ?? first;
		const end = churned ? churnDay : SNAPSHOT;
		return {
			id,
			row,
			days: own,
			eligible,
			churned,
			churn_day: churnDay,
			start_day: start,
			tenure_days: start !== null && end !== null ? daysBetween(start, end) : null,
			reason: churned ? row?.churn_reason?.trim() || null : null
		};
	});
}

/** Purchase and retention status of one customer at `asOf` (purchases before it). */
export function refStatus(
	c: RefChurnCustomer,
	asOf: string,
	definition: ChurnDefinition,
	atRiskDays: number,
	hasTransactions: boolean
): { purchase: 'never' | 'first' | 'repeat'; retention: RetentionStatus | null } {
	const before = c.days.filter((d) => d < asOf);
	const purchase = before.length === 0 ? 'never' : before.length === 1 ? 'first' : 'repeat';
	const last = before.at(-1) ?? null;
	const silent = last === null ? null : daysBetween(last, asOf);
	let retention: RetentionStatus | null;
	if (definition.kind === 'inactive') {
		const n = definition.days;
		const comebacks = before.filter((d, i) => i > 0 && daysBetween(before[i - 1], d) > n);
		const comeback = comebacks.at(-1) ?? null;
		if (silent === null) retention = null;
		else if (silent > n) retention = 'churned';
		else if (silent > atRiskDays) retention = 'at_risk';
		else if (comeback !== null && daysBetween(comeback, asOf) <= n) retention = 'returned';
		else retention = 'active';
	} else {
		const churnBefore = c.churn_day !== null && c.churn_day < asOf;
		if (c.start_day !== null && c.start_day >= asOf && last === null) retention = null;
		else if (c.churned && churnBefore && last !== null && last > c.churn_day!)
			retention = 'returned';
		else if (c.churned && (churnBefore || (c.churn_day === null && asOf >= SNAPSHOT)))
			retention = 'churned';
		else if (last === null) retention = hasTransactions ? null : 'active';
		else if (silent! > atRiskDays) retention = 'at_risk';
		else retention = 'active';
	}
	return { purchase, retention };
}

/** The first of each month after the first purchase (else signup), up to the snapshot, and the snapshot. */
export function refMonthStarts(customers: readonly RefChurnCustomer[]): string[] {
	const purchases = customers.flatMap((c) => (c.days.length ? [c.days[0]] : []));
	const starts = customers.flatMap((c) => (c.start_day ? [c.start_day] : []));
	const firsts = purchases.length ? purchases : starts;
	if (!firsts.length) return [SNAPSHOT];
	const from = firsts.sort()[0];
	const dates = new Set<string>([SNAPSHOT]);
	let month = shiftDate(`${from.slice(0, 7)}-01`, 40).slice(0, 7) + '-01';
	while (month < SNAPSHOT) {
		dates.add(month);
		month = shiftDate(month, 40).slice(0, 7) + '-01';
	}
	return [...dates].sort();
}
