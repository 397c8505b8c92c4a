/**
 * Test-only: seeded simulation of the BG/NBD purchase process and of Gamma-Gamma spend, to check
 * that fitting recovers known parameters. Not imported by application code.
 */
import type { BgNbdParams, Rft } from '$lib/analyses/clv/bgnbd';
import type { GammaGammaParams, Spend } from '$lib/analyses/clv/gamma-gamma';

/** mulberry32: a small seeded uniform generator on [0, 1). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normal(u: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate) by Marsaglia & Tsang, boosted for shape < 1. */
export function gammaSample(u: () => number, shape: number, rate: number): number {
	if (shape < 1) return gammaSample(u, shape + 1, rate) * Math.pow(1 - u(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = normal(u);
		const v = (1 + c * x) ** 3;
		if (v <= 0) continue;
		const w = 1 - u();
		if (Math.log(w) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
	}
}

/** Customers observed for T drawn from [minT, maxT], buying and dropping out as BG/NBD assumes. */
export function simulateBgNbd(
	params: BgNbdParams,
	customers: number,
	seed: number,
	minT = 20,
	maxT = 40
): Rft[] {
	const u = seeded(seed);
	return Array.from({ length: customers }, () => {
		const lambda = gammaSample(u, params.r, params.alpha);
		const ga = gammaSample(u, params.a, 1);
		const p = ga / (ga + gammaSample(u, params.b, 1));
		const T = minT + (maxT - minT) * u();
		let t = 0;
		let x = 0;
		let t_x = 0;
		for (;;) {
			t += -Math.log(1 - u()) / lambda;
			if (t > T) break;
			x++;
			t_x = t;
			if (u() < p) break;
		}
		return { x, t_x, T };
	});
}

/** Repeat customers' average spend: ν ~ Gamma(q, v), each purchase ~ Gamma(p, ν). */
export function simulateSpend(
	params: GammaGammaParams,
	frequencies: readonly number[],
	seed: number
): Spend[] {
	const u = seeded(seed);
	return frequencies.map((x) => {
		const nu = gammaSample(u, params.q, params.v);
		let total = 0;
		for (let i = 0; i < x; i++) total += gammaSample(u, params.p, nu);
		return { x, m: total / x };
	});
}
