import { describe, expect, it } from 'vitest';
import {
	expectedSpend,
	fitGammaGamma,
	gammaGammaGradient,
	gammaGammaLogLikelihood,
	gammaGammaTotalLogLikelihood,
	type GammaGammaParams
} from './gamma-gamma';
import { simulateSpend } from '$tests/helpers/clv-simulate';
import { gammaln } from 'simple-statistics';

const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };
const SPENDERS = [
	{ x: 1, m: 35.2 },
	{ x: 3, m: 12.5 },
	{ x: 8, m: 60 }
];

/** The density of m_x by integrating over ν: m_x | ν ~ Gamma(px, xν), ν ~ Gamma(q, v). */
function integratedDensity({ p, q, v }: GammaGammaParams, { x, m }: { x: number; m: number }) {
	const logGammaPdf = (y: number, shape: number, rate: number) =>
		shape * Math.log(rate) + (shape - 1) * Math.log(y) - rate * y - gammaln(shape);
	// Simpson's rule over log ν, wide enough to hold all the mass.
	const lo = Math.log(1e-8);
	const hi = Math.log(1e4);
	const n = 20_000;
	const h = (hi - lo) / n;
	let sum = 0;
	for (let i = 0; i <= n; i++) {
		const s = lo + i * h;
		const nu = Math.exp(s);
		const f = Math.exp(logGammaPdf(m, p * x, x * nu) + logGammaPdf(nu, q, v)) * nu;
		sum += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * f;
	}
	return (sum * h) / 3;
}

describe('Gamma-Gamma', () => {
	it.each(SPENDERS)('matches the density integrated over ν for %o', (c) => {
		expect(gammaGammaLogLikelihood(PUBLISHED, c)).toBeCloseTo(
			Math.log(integratedDensity(PUBLISHED, c)),
			6
		);
	});

	it('sums customers', () => {
		const direct = SPENDERS.reduce((s, c) => s + gammaGammaLogLikelihood(PUBLISHED, c), 0);
		expect(gammaGammaTotalLogLikelihood(PUBLISHED, SPENDERS)).toBeCloseTo(direct, 10);
	});

	it('has the gradient finite differences give', () => {
		const g = gammaGammaGradient(PUBLISHED, SPENDERS);
		(['p', 'q', 'v'] as const).forEach((k, i) => {
			const h = 1e-6;
			const up = gammaGammaTotalLogLikelihood({ ...PUBLISHED, [k]: PUBLISHED[k] + h }, SPENDERS);
			const down = gammaGammaTotalLogLikelihood({ ...PUBLISHED, [k]: PUBLISHED[k] - h }, SPENDERS);
			expect(g[i]).toBeCloseTo((up - down) / (2 * h), 4);
		});
	});

	it('shrinks a customer’s average toward the population mean pv/(q−1)', () => {
		const population = (PUBLISHED.p * PUBLISHED.v) / (PUBLISHED.q - 1);
		expect(expectedSpend(PUBLISHED, { x: 0, m: 0 })).toBeCloseTo(population, 10);
		const few = expectedSpend(PUBLISHED, { x: 1, m: 100 });
		const many = expectedSpend(PUBLISHED, { x: 50, m: 100 });
		expect(few).toBeGreaterThan(population);
		expect(few).toBeLessThan(many);
		expect(many).toBeLessThan(100);
		// Weighted-average form of the same expectation.
		const weight = (PUBLISHED.p * 1) / (PUBLISHED.p * 1 + PUBLISHED.q - 1);
		expect(few).toBeCloseTo((1 - weight) * population + weight * 100, 10);
	});

	it('recovers simulated parameters and beats the true ones on likelihood', () => {
		const truth = { p: 4, q: 5, v: 60 };
		const frequencies = Array.from({ length: 4000 }, (_, i) => 1 + (i % 9));
		const data = simulateSpend(truth, frequencies, 3);
		const fit = fitGammaGamma(data);
		expect(fit.converged).toBe(true);
		expect(fit.log_likelihood).toBeGreaterThanOrEqual(
			gammaGammaTotalLogLikelihood(truth, data) - 1e-6
		);
		expect(fit.params.p).toBeGreaterThan(3.3);
		expect(fit.params.p).toBeLessThan(4.8);
		// The mean spend pv/(q−1) is what the data pins down best.
		expect((fit.params.p * fit.params.v) / (fit.params.q - 1)).toBeCloseTo(60, -1);
	});

	it('needs repeat customers with positive spend', () => {
		expect(() =>
			fitGammaGamma([
				{ x: 0, m: 10 },
				{ x: 2, m: 0 }
			])
		).toThrow(RangeError);
	});
});
