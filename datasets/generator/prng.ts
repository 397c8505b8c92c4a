/** Seeded randomness: mulberry32 streams, one per generation step, so editing one step does not reshuffle the others. */

export const SEED = 20250101;

export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	uniform(min: number, max: number): number {
		return min + (max - min) * this.next();
	}

	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (const w of weights) total += w;
		let u = this.next() * total;
		for (let i = 0; i < items.length; i++) {
			u -= weights[i];
			if (u < 0) return items[i];
		}
		return items[items.length - 1];
	}

	normal(mean = 0, sd = 1): number {
		// 1 - next() keeps the log argument in (0, 1].
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	lognormal(mu: number, sigma: number): number {
		return Math.exp(this.normal(mu, sigma));
	}

	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		if (lambda > 40) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
		const limit = Math.exp(-lambda);
		let k = 0;
		let p = this.next();
		while (p > limit) {
			k++;
			p *= this.next();
		}
		return k;
	}

	/** Number of failures before the first success: 0, 1, 2, ... */
	geometric(p: number): number {
		let k = 0;
		while (!this.chance(p) && k < 50) k++;
		return k;
	}

	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[items[i], items[j]] = [items[j], items[i]];
		}
		return items;
	}
}

/** A stream seeded from the global seed and a label (FNV-1a). */
export function stream(label: string): Rng {
	let h = 0x811c9dc5 ^ SEED;
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return new Rng(h >>> 0);
}

/** Weighted sampling table for repeated draws (binary search over cumulative weights). */
export class WeightedTable<T> {
	private readonly cumulative: number[] = [];
	private readonly total: number;

	constructor(
		readonly items: readonly T[],
		weights: readonly number[]
	) {
		let sum = 0;
		for (const w of weights) {
			sum += w;
			this.cumulative.push(sum);
		}
		this.total = sum;
	}

	draw(rng: Rng): T {
		const u = rng.next() * this.total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.cumulative[mid] > u) hi = mid;
			else lo = mid + 1;
		}
		return this.items[lo];
	}
}
