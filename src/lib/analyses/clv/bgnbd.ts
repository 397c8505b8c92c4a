/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way".
 * While alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they die with
 * probability p ~ Beta(a, b). A customer is summarised by x (repeat purchases in the calibration
 * period), t_x (time of the last purchase) and T (time since the first purchase), all measured from
 * the first purchase. Everything is evaluated in log space.
 */
import { gammaln } from 'simple-statistics';
import { digamma, hyp2f1, logAddExp } from './special';
import { inBounds, minimize } from './optimize';

/** Model parameters. */
export interface BgNbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/** One customer, or `count` customers with the same history. */
export interface Rft {
	x: number;
	t_x: number;
	T: number;
	count?: number;
}

/** A fitted model. */
export interface BgNbdFit {
	params: BgNbdParams;
	log_likelihood: number;
	customers: number;
	/** The optimiser stopped on its tolerances, not its budget. */
	converged: boolean;
}

/** log L of one customer: equation (6) of the paper. */
export function bgnbdLogLikelihood({ r, alpha, a, b }: BgNbdParams, { x, t_x, T }: Rft): number {
	const a1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
	const a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x);
	const a3 = -(r + x) * Math.log(alpha + T);
	const a4 =
		x > 0
			? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + t_x)
			: Number.NEGATIVE_INFINITY;
	return a1 + a2 + logAddExp(a3, a4);
}

/**
 * Σ count × log L over the customers: the same formula as `bgnbdLogLikelihood`, with the terms that
 * depend only on the parameters and on x computed once per distinct x (the fit calls this often).
 */
export function bgnbdTotalLogLikelihood(params: BgNbdParams, data: readonly Rft[]): number {
	const { r, alpha, a, b } = params;
	const base = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
	const logA = Math.log(a);
	const byX = new Map<number, number>();
	let total = 0;
	for (const { x, t_x, T, count = 1 } of data) {
		let gx = byX.get(x);
		if (gx === undefined) {
			gx = gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
			byX.set(x, gx);
		}
		const a3 = -(r + x) * Math.log(alpha + T);
		const a4 =
			x > 0
				? logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + t_x)
				: Number.NEGATIVE_INFINITY;
		total += count * (base + gx + logAddExp(a3, a4));
	}
	return total;
}

/** ∂/∂(r, α, a, b) of `bgnbdTotalLogLikelihood`. */
export function bgnbdGradient(params: BgNbdParams, data: readonly Rft[]): number[] {
	const { r, alpha, a, b } = params;
	const logAlpha = Math.log(alpha);
	const psiAB = digamma(a + b);
	const psiR = digamma(r);
	const psiB = digamma(b);
	const byX = new Map<number, [number, number, number]>();
	const g = [0, 0, 0, 0];
	for (const { x, t_x, T, count = 1 } of data) {
		let psi = byX.get(x);
		if (!psi) {
			psi = [digamma(r + x), digamma(b + x), digamma(a + b + x)];
			byX.set(x, psi);
		}
		const l3 = Math.log(alpha + T);
		const l4 = Math.log(alpha + t_x);
		const a3 = -(r + x) * l3;
		const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * l4 : -Infinity;
		const w4 = x > 0 ? 1 / (1 + Math.exp(a3 - a4)) : 0;
		const w3 = 1 - w4;
		g[0] += count * (psi[0] - psiR + logAlpha - w3 * l3 - w4 * l4);
		g[1] += count * (r / alpha - (r + x) * (w3 / (alpha + T) + (x > 0 ? w4 / (alpha + t_x) : 0)));
		g[2] += count * (psiAB - psi[2] + w4 / a);
		g[3] += count * (psiAB + psi[1] - psiB - psi[2] - (x > 0 ? w4 / (b + x - 1) : 0));
	}
	return g;
}

/** P(alive | x, t_x, T): equation (11). */
export function pAlive({ r, alpha, a, b }: BgNbdParams, { x, t_x, T }: Rft): number {
	if (x === 0) return 1;
	const logOdds =
		Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log((alpha + T) / (alpha + t_x));
	return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[purchases in (T, T + t] | x, t_x, T]: equation (10). ₂F₁ is Euler-transformed, which turns
 * (α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z) into (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; a+b+x−1; z)
 * with small parameters, so large x neither overflows nor needs thousands of terms.
 */
export function expectedPurchases(params: BgNbdParams, customer: Rft, t: number): number {
	if (t <= 0) return 0;
	const { r, alpha, b } = params;
	const a = Math.abs(params.a - 1) < 1e-9 ? 1 + 1e-9 : params.a;
	const { x, T } = customer;
	const z = t / (alpha + T + t);
	const f = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
	const numerator = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow(1 - z, a - 1) * f);
	return numerator * pAlive({ r, alpha, a, b }, customer);
}

/** E[X(t)]: expected repeat purchases in the first t time units after a first purchase. */
export function expectedRepeatPurchases(params: BgNbdParams, t: number): number {
	return expectedPurchases(params, { x: 0, t_x: 0, T: 0 }, t);
}

const toParams = ([r, alpha, a, b]: readonly number[]): BgNbdParams => ({
	r: Math.exp(r),
	alpha: Math.exp(alpha),
	a: Math.exp(a),
	b: Math.exp(b)
});

/**
 * Maximum-likelihood fit. Time is rescaled so the longest T is 10 (α then is of order 1 whatever
 * the unit), the likelihood is maximised over log-parameters from several starts, and α is scaled
 * back.
 */
export function fitBgNbd(data: readonly Rft[]): BgNbdFit {
	const customers = data.reduce((s, c) => s + (c.count ?? 1), 0);
	if (!customers) throw new RangeError('BG/NBD needs at least one customer');
	const maxT = Math.max(...data.map((c) => c.T));
	if (!(maxT > 0)) throw new RangeError('BG/NBD needs customers observed for some time (T > 0)');
	const scale = 10 / maxT;
	const scaled = data.map((c) => ({ ...c, t_x: c.t_x * scale, T: c.T * scale }));
	const objective = (theta: readonly number[]) =>
		inBounds(theta) ? -bgnbdTotalLogLikelihood(toParams(theta), scaled) / customers : Infinity;
	// Chain rule: ∂/∂ log p = p · ∂/∂p.
	const gradient = (theta: readonly number[]) => {
		if (!inBounds(theta)) return { value: Infinity, gradient: theta.map(() => 0) };
		const p = toParams(theta);
		const g = bgnbdGradient(p, scaled);
		const values = [p.r, p.alpha, p.a, p.b];
		return { value: objective(theta), gradient: g.map((v, i) => (-v * values[i]) / customers) };
	};
	const starts = [
		[0, 0, 0, 0],
		[Math.log(0.25), Math.log(0.5), Math.log(0.8), Math.log(2.5)],
		[Math.log(2), Math.log(2), Math.log(0.3), Math.log(5)]
	];
	const best = minimize(objective, starts, { gradient });
	const fitted = toParams(best.x);
	const params = { ...fitted, alpha: fitted.alpha / scale };
	return {
		params,
		log_likelihood: bgnbdTotalLogLikelihood(params, data),
		customers,
		converged: best.converged
	};
}
