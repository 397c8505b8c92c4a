/**
 * The Gamma-Gamma spend model (Fader, Hardie & Lee 2005b; Fader & Hardie 2013 note): a customer's
 * transaction values are Gamma(p, ν) around their own mean, with ν ~ Gamma(q, v) across customers.
 * Fitted on customers with at least one repeat purchase: x repeat purchases of average value m_x.
 */
import { gammaln } from 'simple-statistics';
import { inBounds, minimize } from './optimize';
import { digamma } from './special';

/** Model parameters. */
export interface GammaGammaParams {
	p: number;
	q: number;
	v: number;
}

/** One repeat customer: x repeat purchases averaging m (> 0). */
export interface Spend {
	x: number;
	m: number;
}

/** A fitted spend model. */
export interface GammaGammaFit {
	params: GammaGammaParams;
	log_likelihood: number;
	customers: number;
	converged: boolean;
}

/** log L of one customer's average spend. */
export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParams, { x, m }: Spend): number {
	return (
		gammaln(p * x + q) -
		gammaln(p * x) -
		gammaln(q) +
		q * Math.log(v) +
		(p * x - 1) * Math.log(m) +
		p * x * Math.log(x) -
		(p * x + q) * Math.log(x * m + v)
	);
}

/** Σ log L: `gammaGammaLogLikelihood` with the Γ terms computed once per distinct x. */
export function gammaGammaTotalLogLikelihood(
	params: GammaGammaParams,
	data: readonly Spend[]
): number {
	const { p, q, v } = params;
	const base = q * Math.log(v) - gammaln(q);
	const byX = new Map<number, number>();
	let total = 0;
	for (const { x, m } of data) {
		let gx = byX.get(x);
		if (gx === undefined) {
			gx = gammaln(p * x + q) - gammaln(p * x) + p * x * Math.log(x);
			byX.set(x, gx);
		}
		total += base + gx + (p * x - 1) * Math.log(m) - (p * x + q) * Math.log(x * m + v);
	}
	return total;
}

/** ∂/∂(p, q, v) of `gammaGammaTotalLogLikelihood`. */
export function gammaGammaGradient(
	{ p, q, v }: GammaGammaParams,
	data: readonly Spend[]
): number[] {
	const psiQ = digamma(q);
	const logV = Math.log(v);
	const byX = new Map<number, [number, number]>();
	const g = [0, 0, 0];
	for (const { x, m } of data) {
		let psi = byX.get(x);
		if (!psi) {
			psi = [digamma(p * x + q), digamma(p * x)];
			byX.set(x, psi);
		}
		const logXmv = Math.log(x * m + v);
		g[0] += x * (psi[0] - psi[1] + Math.log(m) + Math.log(x) - logXmv);
		g[1] += psi[0] - psiQ + logV - logXmv;
		g[2] += q / v - (p * x + q) / (x * m + v);
	}
	return g;
}

/** E[M | x, m_x]: the customer's expected average spend per purchase. */
export function expectedSpend({ p, q, v }: GammaGammaParams, { x, m }: Spend): number {
	return (p * (v + x * m)) / (p * x + q - 1);
}

/**
 * Maximum-likelihood fit; spend is rescaled to mean 1 for the optimiser (v scales with money, p
 * and q do not) and v scaled back. Customers with x < 1 or m ≤ 0 are left out.
 */
export function fitGammaGamma(data: readonly Spend[]): GammaGammaFit {
	const usable = data.filter((c) => c.x >= 1 && c.m > 0 && Number.isFinite(c.m));
	if (!usable.length) throw new RangeError('Gamma-Gamma needs customers with repeat purchases');
	const scale = usable.reduce((s, c) => s + c.m, 0) / usable.length;
	const scaled = usable.map((c) => ({ x: c.x, m: c.m / scale }));
	const toParams = ([p, q, v]: readonly number[]) => ({
		p: Math.exp(p),
		q: Math.exp(q),
		v: Math.exp(v)
	});
	const objective = (theta: readonly number[]) =>
		inBounds(theta)
			? -gammaGammaTotalLogLikelihood(toParams(theta), scaled) / usable.length
			: Infinity;
	const gradient = (theta: readonly number[]) => {
		if (!inBounds(theta)) return { value: Infinity, gradient: theta.map(() => 0) };
		const params = toParams(theta);
		const g = gammaGammaGradient(params, scaled);
		const values = [params.p, params.q, params.v];
		return { value: objective(theta), gradient: g.map((d, i) => (-d * values[i]) / usable.length) };
	};
	const starts = [
		[0, 0, 0],
		[Math.log(5), Math.log(3), Math.log(3)],
		[Math.log(0.5), Math.log(10), Math.log(10)]
	];
	const best = minimize(objective, starts, { gradient });
	const fitted = toParams(best.x);
	const params = { ...fitted, v: fitted.v * scale };
	const log_likelihood = gammaGammaTotalLogLikelihood(params, usable);
	return { params, log_likelihood, customers: usable.length, converged: best.converged };
}
