/**
 * Test-only: the meaning of every condition in plain TypeScript, written from the types' doc
 * comments without looking at the SQL, to check the compiler against.
 */
import { HOSTILE_COLUMN, type GenCustomer, type World } from '../helpers/segments-data';
import type {
	AttributeCondition,
	Condition,
	Period,
	SegmentNode
} from '$lib/analyses/segments/types';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `iso` shifted by whole months, the day clamped to the month's end (as calendars do). */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	return iso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** The first day of the window `[start, asOf)`. */
function windowStart(asOf: string, p: Period): string {
	return p.unit === 'day' ? iso(utc(asOf) - p.n * DAY) : addMonths(asOf, -p.n);
}

/** Whether a `YYYY-MM-DD HH:MM:SS` time falls before the as-of day and inside the window. */
function inWindow(ts: string, asOf: string, p: Period | null): boolean {
	const day = ts.slice(0, 10);
	return day < asOf && (p === null || day >= windowStart(asOf, p));
}

/** The customers (ids, sorted) the tree selects in the world. */
export function referenceSegment(world: World, root: SegmentNode): string[] {
	return world.customers
		.filter((c) => holds(root, c, world))
		.map((c) => c.customer_id)
		.sort();
}

/** Whether one customer meets a node. */
export function holds(node: SegmentNode, c: GenCustomer, w: World): boolean {
	if (node.kind === 'group') {
		const results = node.children.map((child) => holds(child, c, w));
		if (node.op === 'and') return results.every(Boolean);
		if (node.op === 'or') return results.some(Boolean);
		return !results.some(Boolean);
	}
	return leaf(node, c, w);
}

function leaf(cond: Condition, c: GenCustomer, w: World): boolean {
	const { asOf } = w;
	const sales = w.lines.filter((l) => l.customer_id === c.customer_id && !l.is_return);
	const contacts = w.activities.filter(
		(a) => a.customer_id === c.customer_id && a.ts.slice(0, 10) < asOf
	);
	switch (cond.kind) {
		case 'attribute':
			return attribute(cond, c);
		case 'bought': {
			const wanted = new Set(cond.values);
			const got = new Set(
				sales
					.filter((l) => inWindow(l.ts, asOf, cond.within))
					.map((l) => (cond.field === 'category' ? l.category : l.product_name))
					.filter((v) => wanted.has(v))
			);
			return cond.match === 'all' ? wanted.size > 0 && got.size === wanted.size : got.size > 0;
		}
		case 'orders': {
			const lines = w.lines.filter(
				(l) => l.customer_id === c.customer_id && inWindow(l.ts, asOf, cond.within)
			);
			const value =
				cond.measure === 'orders'
					? new Set(
							lines
								.filter((l) => !l.is_return)
								.map((l) => l.invoice_id ?? `day ${l.ts.slice(0, 10)}`)
						).size
					: lines.reduce((s, l) => s + l.cents, 0) / 100;
			return (
				(cond.min === null || value >= cond.min - 1e-9) &&
				(cond.max === null || value <= cond.max + 1e-9)
			);
		}
		case 'first_purchase': {
			if (!sales.length) return false;
			const first = sales.map((l) => l.ts).sort()[0];
			return inWindow(first, asOf, cond.within);
		}
		case 'no_purchase':
			return !sales.some((l) => inWindow(l.ts, asOf, cond.within));
		case 'no_contact':
			return !contacts.some(
				(a) =>
					inWindow(a.ts, asOf, cond.within) && (!cond.types.length || cond.types.includes(a.type))
			);
		case 'campaign': {
			const went = contacts.some(
				(a) =>
					inWindow(a.ts, asOf, cond.within) &&
					(cond.campaign === null
						? a.campaign !== null || a.type.toLowerCase() === 'campaign'
						: a.campaign === cond.campaign)
			);
			return cond.attended ? went : !went;
		}
		case 'anniversary': {
			const date = cond.field === 'birthday' ? c.birthday : c.signup_date;
			if (!date) return false;
			const [y, m] = date.split('-').map(Number);
			const asOfYear = Number(asOf.slice(0, 4));
			if (cond.period === 'month') return m === Number(asOf.slice(5, 7)) && y < asOfYear;
			return [asOfYear, asOfYear + 1].some((year) => {
				if (year - y < 1) return false;
				const day = addMonths(date, (year - y) * 12);
				return day >= asOf && utc(day) <= utc(asOf) + 6 * DAY;
			});
		}
	}
}

function attribute(cond: AttributeCondition, c: GenCustomer): boolean {
	const raw =
		cond.column === HOSTILE_COLUMN
			? c.note
			: (c as unknown as Record<string, unknown>)[cond.column];
	if (raw === null || raw === undefined) return false;
	const text = String(raw);
	if (cond.op === 'equals') return text === (cond.values[0] ?? '');
	if (cond.op === 'in') return cond.values.includes(text);
	if (cond.op === 'contains')
		return text.toLowerCase().includes((cond.values[0] ?? '').toLowerCase());
	const bounds = [cond.min, cond.max].filter((b): b is string => b !== null && b !== undefined);
	const numeric = bounds.length > 0 && bounds.every((b) => /^-?\d+(\.\d+)?$/.test(b));
	const dated = !numeric && bounds.length > 0 && bounds.every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b));
	const compare = (bound: string): number => {
		if (numeric) return typeof raw === 'number' ? raw - Number(bound) : Number.NaN;
		if (dated) return /^\d{4}-\d{2}-\d{2}/.test(text) ? utc(text) - utc(bound) : Number.NaN;
		return Buffer.compare(Buffer.from(text), Buffer.from(bound));
	};
	if (cond.min !== null && cond.min !== undefined && !(compare(cond.min) >= 0)) return false;
	if (cond.max !== null && cond.max !== undefined && !(compare(cond.max) <= 0)) return false;
	return true;
}
