import { chiSquaredDistributionTable, gammaln } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { digamma, gammaQ, hyp2f1, logAddExp } from './special';

describe('hyp2f1', () => {
	it.each([0, 0.1, 0.5, 0.9, 0.99])('matches −ln(1−z)/z for ₂F₁(1, 1; 2; %s)', (z) => {
		const expected = z === 0 ? 1 : -Math.log(1 - z) / z;
		expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(expected, 10);
	});

	it.each([
		[0.3, 1.7, 0.4],
		[2.5, 0.8, 0.95]
	])('matches (1−z)^−a for ₂F₁(%s, b; b; z)', (a, b, z) => {
		expect(hyp2f1(a, b, b, z)).toBeCloseTo(Math.pow(1 - z, -a), 9);
	});

	it('equals its Euler transform', () => {
		const [a, b, c, z] = [0.24, 2.4, 3.2, 0.6];
		const euler = Math.pow(1 - z, c - a - b) * hyp2f1(c - a, c - b, c, z);
		expect(hyp2f1(a, b, c, z)).toBeCloseTo(euler, 10);
	});

	it('rejects z outside [0, 1)', () => {
		expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
	});
});

describe('digamma', () => {
	it.each([
		[1, -0.5772156649015329],
		[0.5, -1.9635100260214235],
		[10, 2.251752589066721],
		[0.01, -100.5608854578687]
	])('ψ(%s) = %s', (x, expected) => {
		expect(digamma(x)).toBeCloseTo(expected, 12);
	});

	it('is the derivative of ln Γ', () => {
		for (const x of [0.3, 1.7, 4.2, 25]) {
			const h = 1e-5;
			expect(digamma(x)).toBeCloseTo((gammaln(x + h) - gammaln(x - h)) / (2 * h), 6);
		}
	});
});

describe('gammaQ', () => {
	it('gives the chi-square tail at the tabulated critical values', () => {
		for (const df of [1, 2, 5, 10, 30]) {
			const table = chiSquaredDistributionTable as unknown as Record<
				number,
				Record<number, number>
			>;
			for (const p of [0.1, 0.05, 0.01]) {
				const critical = table[df][p];
				// The table has 2–3 decimals, so the tail probability matches to about 3 decimals.
				expect(gammaQ(df / 2, critical / 2, gammaln)).toBeCloseTo(p, 3);
			}
		}
	});

	it('is exp(−x) for s = 1, on both sides of s + 1', () => {
		for (const x of [0.5, 1.5, 3, 10]) expect(gammaQ(1, x, gammaln)).toBeCloseTo(Math.exp(-x), 12);
	});
});

describe('logAddExp', () => {
	it('adds in log space without overflow', () => {
		expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
		expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
		expect(logAddExp(-Infinity, 4)).toBe(4);
	});
});
