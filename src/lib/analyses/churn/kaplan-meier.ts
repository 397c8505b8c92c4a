/**
 * The Kaplan–Meier estimator over grouped durations: at each time with events,
 * S(t) = S(t−) × (1 − d/n), where n counts everyone still observed just before t (customers censored
 * at t are still at risk at t). Pure.
 */

/** Customers whose lifetime ended (`events`) or whose observation stopped (`censored`) at `time`. */
interface DurationCount {
	time: number;
	events: number;
	censored: number;
}

/** The curve after each distinct time. */
export interface SurvivalPoint {
	time: number;
	survival: number;
	at_risk: number;
	events: number;
	censored: number;
}

/** The survival curve; times merged and sorted, the curve starting at S = 1 before the first time. */
export function kaplanMeier(durations: readonly DurationCount[]): SurvivalPoint[] {
	const byTime = new Map<number, { events: number; censored: number }>();
	for (const d of durations) {
		if (d.events < 0 || d.censored < 0 || !Number.isFinite(d.time))
			throw new RangeError(`invalid duration count at ${d.time}`);
		const slot = byTime.get(d.time) ?? { events: 0, censored: 0 };
		slot.events += d.events;
		slot.censored += d.censored;
		byTime.set(d.time, slot);
	}
	let atRisk = durations.reduce((s, d) => s + d.events + d.censored, 0);
	let survival = 1;
	const points: SurvivalPoint[] = [];
	for (const [time, { events, censored }] of [...byTime].sort((a, b) => a[0] - b[0])) {
		if (atRisk > 0) survival *= 1 - events / atRisk;
		points.push({ time, survival, at_risk: atRisk, events, censored });
		atRisk -= events + censored;
	}
	return points;
}

/** The first time the curve reaches 0.5 or below; null if it never does (over half still there). */
export function medianSurvival(points: readonly SurvivalPoint[]): number | null {
	return points.find((p) => p.survival <= 0.5)?.time ?? null;
}

/** S at time t (a step function: the value after the last time ≤ t). */
export function survivalAt(points: readonly SurvivalPoint[], t: number): number {
	let s = 1;
	for (const p of points) {
		if (p.time > t) break;
		s = p.survival;
	}
	return s;
}
