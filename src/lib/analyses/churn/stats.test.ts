import fc from 'fast-check';
import { cumulativeStdNormalProbability } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { chiSquare, chiSquareP, wilson, Z95 } from './stats';

/** Wilson's bounds as the roots of (p̂ − p)² = z² p (1 − p) / n. */
function wilsonRoots(k: number, n: number, z = Z95): [number, number] {
	const hat = k / n;
	const A = 1 + (z * z) / n;
	const B = -(2 * hat + (z * z) / n);
	const C = hat * hat;
	const root = Math.sqrt(Math.max(0, B * B - 4 * A * C));
	return [(-B - root) / (2 * A), (-B + root) / (2 * A)];
}

describe('wilson', () => {
	it('solves the score equation', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5000 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(n, f) => {
					const k = Math.round(f * n);
					const [lo, hi] = wilson(k, n);
					const [rlo, rhi] = wilsonRoots(k, n);
					expect(lo).toBeCloseTo(Math.max(0, rlo), 10);
					expect(hi).toBeCloseTo(Math.min(1, rhi), 10);
					expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
					expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
				}
			)
		);
	});

	it('gives z²/(n + z²) as the upper bound with no successes', () => {
		expect(wilson(0, 10)[1]).toBeCloseTo((Z95 * Z95) / (10 + Z95 * Z95), 12);
		expect(wilson(0, 10)[0]).toBe(0);
	});

	it('matches a 40-digit Wilson interval for 10 of 50 (issue 12: z was 1.9571619)', () => {
		// Decimal arithmetic with z = Φ⁻¹(0.975) = 1.959963984540054 (Python statistics.NormalDist).
		const [lo, hi] = wilson(10, 50);
		expect(Math.abs(lo - 0.1124375001577611)).toBeLessThan(1e-9);
		expect(Math.abs(hi - 0.3303710593222541)).toBeLessThan(1e-9);
	});

	it('is the whole range without observations', () => {
		expect(wilson(0, 0)).toEqual([0, 1]);
	});
});

describe('chiSquare', () => {
	it('matches a hand-worked 2×2 table', () => {
		// Expected counts 12, 18, 28, 42.
		const t = chiSquare([
			[10, 20],
			[30, 40]
		])!;
		const chi2 = 4 / 12 + 4 / 18 + 4 / 28 + 4 / 42;
		expect(t.chi2).toBeCloseTo(chi2, 12);
		expect(t.df).toBe(1);
		// With one degree of freedom χ² is a squared standard normal.
		expect(t.p_value).toBeCloseTo(2 * (1 - cumulativeStdNormalProbability(Math.sqrt(chi2))), 3);
		expect(t.cramers_v).toBeCloseTo(Math.sqrt(chi2 / 100), 12);
	});

	it('drops empty rows and columns, and needs two of each', () => {
		const t = chiSquare([
			[10, 20, 0],
			[0, 0, 0],
			[30, 40, 0]
		])!;
		expect(t.df).toBe(1);
		expect(chiSquare([[5, 5]])).toBeNull();
		expect(
			chiSquare([
				[5, 0],
				[7, 0]
			])
		).toBeNull();
	});

	it('scales with the counts, ignores orientation and stays in range', () => {
		const table = fc.array(
			fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })),
			{
				minLength: 2,
				maxLength: 8
			}
		);
		fc.assert(
			fc.property(table, fc.integer({ min: 2, max: 5 }), (rows, k) => {
				const t = chiSquare(rows)!;
				const transposed = chiSquare([rows.map((r) => r[0]), rows.map((r) => r[1])])!;
				const scaled = chiSquare(rows.map(([a, b]) => [a * k, b * k]))!;
				expect(transposed.chi2).toBeCloseTo(t.chi2, 8);
				expect(scaled.chi2).toBeCloseTo(t.chi2 * k, 6);
				expect(scaled.cramers_v).toBeCloseTo(t.cramers_v, 10);
				expect(t.p_value).toBeGreaterThanOrEqual(0);
				expect(t.p_value).toBeLessThanOrEqual(1);
				expect(t.cramers_v).toBeLessThanOrEqual(1 + 1e-12);
			})
		);
	});

	it('reaches Cramér’s V = 1 when the rows determine the outcome', () => {
		expect(
			chiSquare([
				[50, 0],
				[0, 30]
			])!.cramers_v
		).toBeCloseTo(1, 12);
	});
});

describe('chiSquareP', () => {
	it('is 0.05 at the 95% critical values', () => {
		expect(chiSquareP(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
		expect(chiSquareP(9.487729036781154, 4)).toBeCloseTo(0.05, 10);
		expect(chiSquareP(0, 3)).toBe(1);
	});
});
