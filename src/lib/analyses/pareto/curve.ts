import type { Engine } from '../../engine/engine';
import type { SqlValue } from '../../engine/sql';
import { VIEW } from '../../engine/views';

/** A statement and the values bound to its `?` placeholders, in order. */
export interface BoundSql {
	sql: string;
	params: SqlValue[];
}

/** Curves for charts keep at most this many points; statistics always use every row. */
export const MAX_POINTS = 500;

const CENTS_LIMIT = 9e18;

/** Money as whole cents (BIGINT), so sums and threshold comparisons are exact. */
export function centsSql(expr: string): string {
	// Clamped to ±9e16 currency units (far past any real amount) so that a corrupt value such as
	// 1e200 still ranks first instead of failing the BIGINT cast and the whole analysis.
	// (least/greatest would turn a NULL, e.g. a profit without costs, into the limit.)
	const cents = `(${expr}) * 100`;
	return `CAST(round(CASE WHEN abs(${cents}) > ${CENTS_LIMIT} THEN sign(${cents}) * ${CENTS_LIMIT} ELSE ${cents} END) AS BIGINT)`;
}

/** A fraction (0.8) as whole basis points (8000): thresholds are compared in integers. */
export function basisPoints(fraction: number, name: string, min = 0, max = 1): number {
	if (!Number.isFinite(fraction) || fraction < min || fraction > max)
		throw new RangeError(`${name} must be between ${min} and ${max}, got ${fraction}`);
	return Math.round(fraction * 10_000);
}

/** A whole number option, checked. */
export function wholeNumber(value: number, name: string, min: number): number {
	if (!Number.isInteger(value) || value < min)
		throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
	return value;
}

/**
 * Predicate keeping at most `maxPoints` rows of a ranked curve: the first and last rank, every
 * step-th rank, and up to one more (e.g. the peak) given as `extra`.
 */
export function keepPointSql(rank: string, n: string, maxPoints: string, extra = 'false'): string {
	return `(${rank} = 1 OR ${rank} = ${n} OR ${extra}
		OR ${rank} % CAST(greatest(1, ceil(${n} / (${maxPoints} - 3))) AS BIGINT) = 0)`;
}

/** Whether any (filtered) transaction line carries a cost, i.e. profit can be computed. */
export async function hasCost(engine: Engine): Promise<boolean> {
	const sql = `SELECT count(cost) > 0 AS has_cost FROM ${VIEW.transactions}`;
	const [row] = (await engine.query(sql)).rows<{ has_cost: boolean }>();
	return Boolean(row?.has_cost);
}

/** Run a bound statement and return its rows. */
export async function run<T>(engine: Engine, { sql, params }: BoundSql): Promise<T[]> {
	return (await engine.query(sql, params)).rows<T>();
}
