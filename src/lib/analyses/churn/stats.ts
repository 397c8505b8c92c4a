/** Plain statistics for churn rates: Wilson intervals and the chi-square test of independence. */
import { gammaln } from 'simple-statistics';
import { gammaQ } from '../clv/special';

/** z for a two-sided 95% interval: Φ⁻¹(0.975). simple-statistics' `probit(0.975)` gives 1.9571619 (a 94.97% interval). */
export const Z95 = 1.959963984540054;

/** The Wilson score interval for k successes in n trials; [0, 1] when n is 0. */
export function wilson(k: number, n: number, z = Z95): [number, number] {
	if (n <= 0) return [0, 1];
	const p = k / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** P(χ² with `df` degrees of freedom ≥ x). */
export function chiSquareP(x: number, df: number): number {
	if (df <= 0) return 1;
	return gammaQ(df / 2, x / 2, gammaln);
}

/** A test of independence on a contingency table. */
export interface ChiSquare {
	chi2: number;
	df: number;
	p_value: number;
	/** Cramér's V: 0 = independent, 1 = the rows determine the columns. */
	cramers_v: number;
	n: number;
}

/**
 * Pearson's chi-square test on `table[row][column]` counts. Rows and columns that are all zero
 * are dropped first; null when fewer than two rows or columns remain.
 */
export function chiSquare(table: readonly (readonly number[])[]): ChiSquare | null {
	const columnTotals = table[0]?.map((_, j) => table.reduce((s, row) => s + row[j], 0)) ?? [];
	const keepColumns = columnTotals.map((t, j) => (t > 0 ? j : -1)).filter((j) => j >= 0);
	const rows = table
		.filter((row) => row.reduce((s, v) => s + v, 0) > 0)
		.map((row) => keepColumns.map((j) => row[j]));
	if (rows.length < 2 || keepColumns.length < 2) return null;
	const rowTotals = rows.map((row) => row.reduce((s, v) => s + v, 0));
	const colTotals = keepColumns.map((_, j) => rows.reduce((s, row) => s + row[j], 0));
	const n = rowTotals.reduce((s, v) => s + v, 0);
	let chi2 = 0;
	rows.forEach((row, i) =>
		row.forEach((observed, j) => {
			const expected = (rowTotals[i] * colTotals[j]) / n;
			chi2 += (observed - expected) ** 2 / expected;
		})
	);
	const df = (rows.length - 1) * (keepColumns.length - 1);
	const k = Math.min(rows.length, keepColumns.length) - 1;
	return { chi2, df, p_value: chiSquareP(chi2, df), cramers_v: Math.sqrt(chi2 / (n * k)), n };
}
