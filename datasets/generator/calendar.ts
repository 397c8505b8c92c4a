/** Day arithmetic in UTC. Day 0 is 2023-01-01; the data covers days 0..730 (through 2024-12-31). */

import type { Rng } from './prng';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2023, 0, 1);

export const FIRST_DAY = 0;
/** Exclusive end of the data window; also the analysis snapshot, 2025-01-01. */
export const SNAPSHOT_DAY = 731;

export function dayOf(year: number, month: number, day: number): number {
	return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}

function toDate(day: number): Date {
	return new Date(EPOCH_MS + day * DAY_MS);
}

export function formatDate(day: number): string {
	return toDate(day).toISOString().slice(0, 10);
}

export function formatDateTime(day: number, minuteOfDay: number): string {
	const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
	const mm = String(minuteOfDay % 60).padStart(2, '0');
	return `${formatDate(day)} ${hh}:${mm}`;
}

/** 1..12 */
export function monthOf(day: number): number {
	return toDate(day).getUTCMonth() + 1;
}

/** Relative shopping intensity by calendar month: summer dip, strong November/December. */
export const MONTH_WEIGHTS = [0.92, 0.88, 1.0, 1.0, 1.0, 0.86, 0.74, 0.78, 1.0, 1.1, 1.38, 1.48];

function dayWeight(day: number): number {
	const weekday = toDate(day).getUTCDay();
	const weekend = weekday === 0 || weekday === 6 ? 1.15 : 1;
	return MONTH_WEIGHTS[monthOf(day) - 1] * weekend;
}

/** cumulative[d] = total weight of days < d, scaled so an average day weighs 1. */
const cumulative: number[] = (() => {
	const raw = [0];
	for (let d = FIRST_DAY; d < SNAPSHOT_DAY; d++) raw.push(raw[d] + dayWeight(d));
	const scale = SNAPSHOT_DAY / raw[SNAPSHOT_DAY];
	return raw.map((w) => w * scale);
})();

/** Seasonally weighted number of "average days" in [start, end). */
export function seasonalDays(start: number, end: number): number {
	return cumulative[end] - cumulative[start];
}

/** A day in [start, end) drawn proportionally to seasonal intensity. */
export function seasonalDay(rng: Rng, start: number, end: number): number {
	const u = cumulative[start] + rng.next() * (cumulative[end] - cumulative[start]);
	let lo = start;
	let hi = end - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cumulative[mid + 1] > u) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Minute of day for an in-store sale (opening hours 09:00-21:59, busier around lunch and evening). */
export function storeMinute(rng: Rng): number {
	const hour = rng.weighted(
		[9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
		[3, 6, 8, 9, 8, 6, 6, 7, 8, 9, 9, 7, 4]
	);
	return hour * 60 + rng.int(0, 59);
}

/** Minute of day for an online order (any hour, evening peak). */
export function onlineMinute(rng: Rng): number {
	const hour = rng.weighted(
		[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
		[3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 5, 5, 5, 6, 7, 8, 10, 11, 9, 6]
	);
	return hour * 60 + rng.int(0, 59);
}

export function officeMinute(rng: Rng, fromHour: number, toHour: number): number {
	return rng.int(fromHour, toHour) * 60 + rng.int(0, 59);
}
