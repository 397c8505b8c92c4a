import { gamma } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
	bgnbdGradient,
	bgnbdLogLikelihood,
	bgnbdTotalLogLikelihood,
	expectedPurchases,
	expectedRepeatPurchases,
	fitBgNbd,
	pAlive,
	type BgNbdParams,
	type Rft
} from './bgnbd';
import { simulateBgNbd } from '$tests/helpers/clv-simulate';
import { hyp2f1 } from './special';

// Fader, Hardie & Lee (2005), CDNOW sample, weeks.
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CUSTOMERS: Rft[] = [
	{ x: 0, t_x: 0, T: 38.86 },
	{ x: 1, t_x: 1.71, T: 38.86 },
	{ x: 2, t_x: 30.43, T: 38.86 },
	{ x: 5, t_x: 35.14, T: 36.5 },
	{ x: 14, t_x: 20, T: 32.71 }
];

const beta = (x: number, y: number) => (gamma(x) * gamma(y)) / gamma(x + y);

/** Equation (6) as printed, in linear space. */
function paperLikelihood({ r, alpha, a, b }: BgNbdParams, { x, t_x, T }: Rft): number {
	const common = (gamma(r + x) * Math.pow(alpha, r)) / gamma(r);
	const alive = (beta(a, b + x) / beta(a, b)) * common * Math.pow(alpha + T, -(r + x));
	const dead =
		x > 0 ? (beta(a + 1, b + x - 1) / beta(a, b)) * common * Math.pow(alpha + t_x, -(r + x)) : 0;
	return alive + dead;
}

/** Equation (10) with the untransformed ₂F₁ (fine for small x). */
function paperExpectation(params: BgNbdParams, c: Rft, t: number): number {
	const { r, alpha, a, b } = params;
	const { x, t_x, T } = c;
	const f = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
	const head =
		((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * f);
	const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + t_x), r + x) : 0;
	return head / (1 + odds);
}

describe('BG/NBD likelihood', () => {
	it.each(CUSTOMERS)('matches equation (6) evaluated directly for %o', (c) => {
		expect(bgnbdLogLikelihood(PUBLISHED, c)).toBeCloseTo(
			Math.log(paperLikelihood(PUBLISHED, c)),
			10
		);
	});

	it('sums customers, counting grouped ones', () => {
		const direct = CUSTOMERS.reduce((s, c) => s + bgnbdLogLikelihood(PUBLISHED, c), 0);
		expect(bgnbdTotalLogLikelihood(PUBLISHED, CUSTOMERS)).toBeCloseTo(direct, 10);
		const twice = CUSTOMERS.map((c) => ({ ...c, count: 2 }));
		expect(bgnbdTotalLogLikelihood(PUBLISHED, twice)).toBeCloseTo(2 * direct, 9);
	});

	it('stays finite for heavy buyers where the linear form overflows', () => {
		const heavy = { x: 400, t_x: 700, T: 730 };
		expect(Number.isFinite(bgnbdLogLikelihood(PUBLISHED, heavy))).toBe(true);
	});

	it('has the gradient finite differences give', () => {
		const g = bgnbdGradient(PUBLISHED, CUSTOMERS);
		const keys = ['r', 'alpha', 'a', 'b'] as const;
		keys.forEach((k, i) => {
			const h = 1e-6;
			const up = bgnbdTotalLogLikelihood({ ...PUBLISHED, [k]: PUBLISHED[k] + h }, CUSTOMERS);
			const down = bgnbdTotalLogLikelihood({ ...PUBLISHED, [k]: PUBLISHED[k] - h }, CUSTOMERS);
			expect(g[i]).toBeCloseTo((up - down) / (2 * h), 4);
		});
	});
});

describe('BG/NBD predictions', () => {
	it('P(alive) is the share of the likelihood from "still alive"', () => {
		for (const c of CUSTOMERS) {
			const { r, alpha, a, b } = PUBLISHED;
			const alive =
				(beta(a, b + c.x) / beta(a, b)) *
				((gamma(r + c.x) * Math.pow(alpha, r)) / gamma(r)) *
				Math.pow(alpha + c.T, -(r + c.x));
			expect(pAlive(PUBLISHED, c)).toBeCloseTo(alive / paperLikelihood(PUBLISHED, c), 10);
		}
	});

	it('reproduces the paper: 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86', () => {
		expect(expectedPurchases(PUBLISHED, { x: 2, t_x: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
	});

	it.each(CUSTOMERS)('matches equation (10) with the untransformed series for %o', (c) => {
		for (const t of [1, 10, 39, 78])
			expect(expectedPurchases(PUBLISHED, c, t)).toBeCloseTo(paperExpectation(PUBLISHED, c, t), 9);
	});

	it('E[X(t)] is the expectation for a customer just acquired and grows with t', () => {
		const values = [0, 5, 20, 78].map((t) => expectedRepeatPurchases(PUBLISHED, t));
		expect(values[0]).toBe(0);
		expect(values[2]).toBeCloseTo(paperExpectation(PUBLISHED, { x: 0, t_x: 0, T: 0 }, 20), 10);
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
	});
});

describe('fitBgNbd', () => {
	it('recovers simulated parameters, and beats the true ones on likelihood', () => {
		const truth: BgNbdParams = { r: 0.6, alpha: 4, a: 0.7, b: 3 };
		const data = simulateBgNbd(truth, 6000, 7);
		const fit = fitBgNbd(data);
		expect(fit.converged).toBe(true);
		expect(fit.log_likelihood).toBeGreaterThanOrEqual(bgnbdTotalLogLikelihood(truth, data) - 1e-6);
		expect(fit.params.r).toBeGreaterThan(0.45);
		expect(fit.params.r).toBeLessThan(0.8);
		expect(fit.params.alpha).toBeGreaterThan(2.5);
		expect(fit.params.alpha).toBeLessThan(6);
		expect(fit.params.a / (fit.params.a + fit.params.b)).toBeCloseTo(0.7 / 3.7, 1);
	});

	it('does not depend on the time unit except through α', () => {
		const data = simulateBgNbd({ r: 0.5, alpha: 3, a: 0.9, b: 2 }, 1500, 11);
		const weeks = fitBgNbd(data);
		const days = fitBgNbd(data.map((c) => ({ ...c, t_x: c.t_x * 7, T: c.T * 7 })));
		expect(days.params.r).toBeCloseTo(weeks.params.r, 4);
		expect(days.params.alpha / 7).toBeCloseTo(weeks.params.alpha, 3);
		expect(days.params.b).toBeCloseTo(weeks.params.b, 3);
	});

	it('refuses data it cannot fit', () => {
		expect(() => fitBgNbd([])).toThrow(RangeError);
		expect(() => fitBgNbd([{ x: 0, t_x: 0, T: 0 }])).toThrow(RangeError);
	});
});
