/**
 * BG/NBD + Gamma-Gamma on the loaded transactions: fit on the calibration period, check against
 * the holdout, and score customers (P(alive), expected purchases, lifetime value).
 */
import type { Engine } from '../../engine/engine';
import {
	expectedPurchases,
	expectedRepeatPurchases,
	fitBgNbd,
	pAlive,
	type BgNbdFit,
	type Rft
} from './bgnbd';
import {
	customerSummaries,
	repeatDays,
	resolvePeriods,
	UNIT_DAYS,
	type CustomerSummary,
	type Periods,
	type TimeUnit
} from './clv-data';
import { expectedSpend, fitGammaGamma, type GammaGammaFit } from './gamma-gamma';

/** What to fit on. */
interface ClvParams {
	/** Last calibration day, inclusive (`YYYY-MM-DD`); default the last purchase day. */
	calibrationEnd?: string;
	/** Last holdout day, inclusive; default the last purchase day. */
	holdoutEnd?: string;
	timeUnit?: TimeUnit;
}

/** Holdout purchases of the customers with x repeat purchases in calibration (x ≥ 7 pooled). */
export interface FrequencyCheck {
	x: number;
	customers: number;
	actual: number;
	predicted: number;
}

/** Cumulative repeat purchases of the calibration customers up to a day. */
export interface TrackingPoint {
	day: string;
	actual: number;
	predicted: number;
}

/** Predicted against actual purchases after the calibration period. */
interface HoldoutCheck {
	start: string;
	end: string;
	/** Holdout length in the time unit. */
	length: number;
	actual: number;
	predicted: number;
	by_frequency: FrequencyCheck[];
	tracking: TrackingPoint[];
}

/** The fitted models on one calibration period. */
export interface ClvModel extends Periods {
	time_unit: TimeUnit;
	bgnbd: BgNbdFit;
	repeat_transactions: number;
	gamma_gamma: GammaGammaFit | null;
	holdout: HoldoutCheck | null;
	customers: CustomerSummary[];
}

/** A summary in the model's time unit. */
function toRft(c: CustomerSummary, unit: TimeUnit): Rft {
	return { x: c.x, t_x: c.t_x_days / UNIT_DAYS[unit], T: c.t_days / UNIT_DAYS[unit] };
}

/** Identical (x, t_x, T) merged, so the likelihood is evaluated once per distinct history. */
export function grouped(rows: readonly Rft[]): Rft[] {
	const groups = new Map<string, Rft>();
	for (const r of rows) {
		const key = `${r.x}|${r.t_x}|${r.T}`;
		const g = groups.get(key);
		if (g) g.count = (g.count ?? 1) + 1;
		else groups.set(key, { ...r, count: 1 });
	}
	return [...groups.values()];
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const dayText = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

function holdoutCheck(
	periods: Periods,
	unit: TimeUnit,
	fit: BgNbdFit,
	customers: readonly CustomerSummary[],
	repeats: readonly { day: string; purchases: number }[]
): HoldoutCheck | null {
	if (periods.holdout_end <= periods.calibration_end) return null;
	const length =
		(dayNumber(periods.holdout_end) - dayNumber(periods.calibration_end)) / UNIT_DAYS[unit];
	const byX = new Map<number, FrequencyCheck>();
	for (const c of customers) {
		const x = Math.min(c.x, 7);
		const slot = byX.get(x) ?? { x, customers: 0, actual: 0, predicted: 0 };
		slot.customers++;
		slot.actual += c.holdout_purchases;
		slot.predicted += expectedPurchases(fit.params, toRft(c, unit), length);
		byX.set(x, slot);
	}
	const by_frequency = [...byX.values()].sort((a, b) => a.x - b.x);
	const firsts = new Map<number, number>();
	for (const c of customers) {
		const d = dayNumber(c.first_day);
		firsts.set(d, (firsts.get(d) ?? 0) + 1);
	}
	const step = unit === 'month' ? 30 : 7;
	const start = dayNumber(periods.first_day);
	const end = dayNumber(periods.holdout_end);
	const tracking: TrackingPoint[] = [];
	const expected = new Map<number, number>();
	const repeatsWithin = (days: number) => {
		let e = expected.get(days);
		if (e === undefined) {
			e = expectedRepeatPurchases(fit.params, days / UNIT_DAYS[unit]);
			expected.set(days, e);
		}
		return e;
	};
	let actual = 0;
	let r = 0;
	for (let day = Math.min(start + step - 1, end); ; day = Math.min(day + step, end)) {
		while (r < repeats.length && dayNumber(repeats[r].day) <= day) actual += repeats[r++].purchases;
		let predicted = 0;
		for (const [first, n] of firsts) if (first < day) predicted += n * repeatsWithin(day - first);
		tracking.push({ day: dayText(day), actual, predicted });
		if (day >= end) break;
	}
	return {
		start: dayText(dayNumber(periods.calibration_end) + 1),
		end: periods.holdout_end,
		length,
		actual: by_frequency.reduce((s, f) => s + f.actual, 0),
		predicted: by_frequency.reduce((s, f) => s + f.predicted, 0),
		by_frequency,
		tracking
	};
}

/** Fewer customers than this (or no repeat purchase at all) leave the models undetermined. */
export const MIN_CUSTOMERS = 10;

/**
 * Fit BG/NBD (and Gamma-Gamma when purchases have values) and check it on the holdout; null when
 * the calibration period has fewer than MIN_CUSTOMERS customers or no repeat purchase.
 */
export async function fitClv(engine: Engine, params: ClvParams = {}): Promise<ClvModel | null> {
	const unit = params.timeUnit ?? 'week';
	const periods = await resolvePeriods(engine, params.calibrationEnd, params.holdoutEnd);
	if (!periods) return null;
	const customers = await customerSummaries(engine, periods);
	if (customers.length < MIN_CUSTOMERS || !customers.some((c) => c.x > 0)) return null;
	const bgnbd = fitBgNbd(grouped(customers.map((c) => toRft(c, unit))));
	const spenders = customers.filter((c) => c.x > 0 && c.m !== null && c.m > 0);
	const gamma_gamma = spenders.length
		? fitGammaGamma(spenders.map((c) => ({ x: c.x, m: c.m! })))
		: null;
	const repeats =
		periods.holdout_end > periods.calibration_end ? await repeatDays(engine, periods) : [];
	return {
		...periods,
		time_unit: unit,
		bgnbd,
		repeat_transactions: customers.reduce((s, c) => s + c.x, 0),
		gamma_gamma,
		holdout: holdoutCheck(periods, unit, bgnbd, customers, repeats),
		customers
	};
}

/** How far ahead and how to discount lifetime value. */
interface ValueOptions {
	horizonMonths?: number;
	/** Yearly discount rate, e.g. 0.1 for 10%. */
	annualDiscount?: number;
}

/** One customer's outlook. */
export interface ClvCustomer {
	customer_id: string;
	name: string | null;
	purchases: number;
	days_since_last: number;
	monetary: number | null;
	p_alive: number;
	expected_purchases: number;
	/** Expected value per purchase (Gamma-Gamma); null without a spend model. */
	expected_spend: number | null;
	/** Discounted value of the expected purchases over the horizon; null without a spend model. */
	clv: number | null;
}

/**
 * Score every calibration customer: P(alive) now, purchases expected over the horizon, and
 * CLV = Σ over months i of (E[purchases by month i] − E[by month i−1]) × expected spend / (1+d)^i,
 * with d the monthly rate equivalent to the yearly discount.
 */
export function scoreCustomers(model: ClvModel, options: ValueOptions = {}): ClvCustomer[] {
	const { horizonMonths = 12, annualDiscount = 0.1 } = options;
	const monthly = Math.pow(1 + annualDiscount, 1 / 12) - 1;
	const monthInUnits = 365.25 / 12 / UNIT_DAYS[model.time_unit];
	const { params } = model.bgnbd;
	return model.customers.map((c) => {
		const rft = toRft(c, model.time_unit);
		const spend = model.gamma_gamma
			? expectedSpend(model.gamma_gamma.params, { x: c.x, m: c.x > 0 && c.m ? c.m : 0 })
			: null;
		let previous = 0;
		let discounted = 0;
		for (let i = 1; i <= horizonMonths; i++) {
			const upTo = expectedPurchases(params, rft, i * monthInUnits);
			discounted += (upTo - previous) / Math.pow(1 + monthly, i);
			previous = upTo;
		}
		return {
			customer_id: c.customer_id,
			name: c.name,
			purchases: c.x + 1,
			days_since_last: c.t_days - c.t_x_days,
			monetary: c.monetary,
			p_alive: pAlive(params, rft),
			expected_purchases: previous,
			expected_spend: spend,
			clv: spend === null ? null : spend * discounted
		};
	});
}

/** Customers in the top `valuableShare` by past net revenue whose P(alive) is below `maxPAlive`. */
export function valuableButLeaving(
	customers: readonly ClvCustomer[],
	valuableShare = 0.2,
	maxPAlive = 0.5
): ClvCustomer[] {
	const ranked = [...customers].sort(
		(a, b) => (b.monetary ?? 0) - (a.monetary ?? 0) || (a.customer_id < b.customer_id ? -1 : 1)
	);
	return ranked
		.slice(0, Math.ceil(ranked.length * valuableShare))
		.filter((c) => c.p_alive < maxPAlive);
}
