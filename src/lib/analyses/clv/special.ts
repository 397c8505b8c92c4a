/** Special functions the customer-base models need beyond simple-statistics' `gammaln`. */

/** log(exp(a) + exp(b)) without overflow. */
export function logAddExp(a: number, b: number): number {
	if (a === Number.NEGATIVE_INFINITY) return b;
	if (b === Number.NEGATIVE_INFINITY) return a;
	const m = Math.max(a, b);
	return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series, summed
 * until a term no longer changes the sum. Callers pass the Euler-transformed parameters (small
 * `a`, `b`) so the terms stay bounded; the series needs more terms as z approaches 1.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 ≤ z < 1, got ${z}`);
	let term = 1;
	let sum = 1;
	for (let k = 0; k < 1_000_000; k++) {
		term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
		sum += term;
		if (term === 0 || Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
	}
	return sum;
}

/**
 * Upper regularised incomplete gamma Q(s, x) = Γ(s, x)/Γ(s): the series below s + 1, Lentz's
 * continued fraction above (Numerical Recipes §6.2). `lgamma` is passed in to keep this pure.
 */
export function gammaQ(s: number, x: number, lgamma: (v: number) => number): number {
	if (x <= 0) return 1;
	const prefix = s * Math.log(x) - x - lgamma(s);
	if (x < s + 1) {
		let term = 1 / s;
		let sum = term;
		for (let n = 1; n < 10_000; n++) {
			term *= x / (s + n);
			sum += term;
			if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
		}
		return Math.max(0, 1 - sum * Math.exp(prefix));
	}
	const tiny = 1e-300;
	let b = x + 1 - s;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 10_000; i++) {
		const an = -i * (i - s);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-16) break;
	}
	return Math.exp(prefix) * h;
}

/** The digamma function ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to 10, then the asymptotic series. */
export function digamma(x: number): number {
	if (!(x > 0)) throw new RangeError(`digamma needs x > 0, got ${x}`);
	let result = 0;
	while (x < 10) {
		result -= 1 / x;
		x += 1;
	}
	const f = 1 / (x * x);
	const tail = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
	return result + Math.log(x) - 0.5 / x - tail;
}
