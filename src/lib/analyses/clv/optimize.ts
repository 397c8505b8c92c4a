/**
 * Small minimisers for smooth likelihoods, pure and dependency-free: Nelder–Mead with the
 * adaptive coefficients of Gao & Han (2012) when only values are known, BFGS with a backtracking
 * line search when the gradient is known too. `minimize` runs either from several starts and
 * restarts the best run at its own answer until the answer stops moving.
 */

/** Result of a minimisation. */
export interface Minimum {
	x: number[];
	value: number;
	/** Function evaluations used, over every start and restart. */
	evaluations: number;
	/** The simplex shrank below the tolerances before the evaluation budget ran out. */
	converged: boolean;
}

/** Stopping rules; defaults suit smooth likelihoods in log-parameter space. */
interface MinimizeOptions {
	/** Stop when the simplex's values differ by less than this (absolute). */
	valueTolerance?: number;
	/** …and its points by less than this in every coordinate. */
	pointTolerance?: number;
	/** Evaluation budget per start. */
	maxEvaluations?: number;
	/** Size of the first simplex's steps around a start. */
	step?: number;
	/** BFGS stops when no gradient component exceeds this, or after three steps that each lower
	 * the value by less than `valueTolerance` (relative). */
	gradientTolerance?: number;
}

/** A function value and its gradient at one point. */
interface ValueAndGradient {
	value: number;
	gradient: number[];
}

/**
 * Log-parameters beyond ±30 (a parameter below 1e-13 or above 1e13) mean the data pushes the
 * model to a boundary; likelihoods treat them as impossible so the search stays where
 * Γ, ψ and exp are finite.
 */
export function inBounds(theta: readonly number[]): boolean {
	return theta.every((t) => Math.abs(t) <= 30);
}

/** Non-finite values (overflow, log of a negative) count as worse than anything finite. */
const finiteOr = (v: number) => (Number.isFinite(v) ? v : Number.POSITIVE_INFINITY);

/** One Nelder–Mead run from `start`. */
export function nelderMead(
	f: (x: readonly number[]) => number,
	start: readonly number[],
	options: MinimizeOptions = {}
): Minimum {
	const {
		valueTolerance = 1e-10,
		pointTolerance = 1e-7,
		maxEvaluations = 4000,
		step = 0.5
	} = options;
	const n = start.length;
	const alpha = 1;
	const beta = 1 + 2 / n;
	const gamma = 0.75 - 1 / (2 * n);
	const delta = 1 - 1 / n;
	let evaluations = 0;
	const value = (x: number[]) => (evaluations++, finiteOr(f(x)));
	let simplex = [
		start.slice(),
		...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))
	];
	let values = simplex.map(value);
	let converged = false;
	while (evaluations < maxEvaluations) {
		const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
		simplex = order.map((i) => simplex[i]);
		values = order.map((i) => values[i]);
		const spread = Math.max(
			...simplex.slice(1).map((p) => Math.max(...p.map((v, j) => Math.abs(v - simplex[0][j]))))
		);
		if (values[n] - values[0] <= valueTolerance && spread <= pointTolerance) {
			converged = true;
			break;
		}
		const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
		const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c));
		const reflected = along(-alpha);
		const fr = value(reflected);
		if (fr < values[0]) {
			const expanded = along(-alpha * beta);
			const fe = value(expanded);
			[simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
		} else if (fr < values[n - 1]) {
			[simplex[n], values[n]] = [reflected, fr];
		} else {
			const outside = fr < values[n];
			const contracted = along(outside ? -alpha * gamma : gamma);
			const fc = value(contracted);
			if (fc < (outside ? fr : values[n])) {
				[simplex[n], values[n]] = [contracted, fc];
			} else {
				for (let i = 1; i <= n; i++) {
					simplex[i] = simplex[i].map((v, j) => simplex[0][j] + delta * (v - simplex[0][j]));
					values[i] = value(simplex[i]);
				}
			}
		}
	}
	const best = values.indexOf(Math.min(...values));
	return { x: simplex[best], value: values[best], evaluations, converged };
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/**
 * BFGS on the inverse Hessian, with an Armijo backtracking line search that also backs off from
 * non-finite values; the inverse Hessian is reset when the curvature condition fails.
 */
export function bfgs(
	fg: (x: readonly number[]) => ValueAndGradient,
	start: readonly number[],
	options: MinimizeOptions = {}
): Minimum {
	const { gradientTolerance = 1e-7, valueTolerance = 1e-10, maxEvaluations = 1000 } = options;
	const identity = (): number[][] => start.map((_, i) => start.map((__, j) => (i === j ? 1 : 0)));
	let evaluations = 1;
	let x = start.slice();
	let current = fg(x);
	if (!Number.isFinite(current.value)) return { x, value: Infinity, evaluations, converged: false };
	let h = identity();
	let converged = false;
	let flat = 0;
	while (evaluations < maxEvaluations) {
		const g = current.gradient;
		if (Math.max(...g.map(Math.abs)) <= gradientTolerance) {
			converged = true;
			break;
		}
		let direction = h.map((row) => -dot(row, g));
		if (dot(direction, g) >= 0) {
			h = identity();
			direction = g.map((v) => -v);
		}
		const slope = dot(direction, g);
		let step = 1;
		let next: ValueAndGradient | null = null;
		let candidate = x;
		while (evaluations < maxEvaluations && step > 1e-12) {
			candidate = x.map((v, i) => v + step * direction[i]);
			const trial = fg(candidate);
			evaluations++;
			if (Number.isFinite(trial.value) && trial.value <= current.value + 1e-4 * step * slope) {
				next = trial;
				break;
			}
			step /= 2;
		}
		if (!next) break;
		const s = candidate.map((v, i) => v - x[i]);
		const y = next.gradient.map((v, i) => v - g[i]);
		const sy = dot(s, y);
		const change = current.value - next.value;
		x = candidate;
		current = next;
		if (sy > 1e-14) {
			const hy = h.map((row) => dot(row, y));
			const yhy = dot(y, hy);
			h = h.map((row, i) =>
				row.map(
					(v, j) => v + ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy
				)
			);
		} else h = identity();
		// Three steps in a row that barely lower the value: the optimum, or a likelihood still
		// rising toward a boundary (e.g. no drop-out at all) where it can only creep.
		flat = change <= valueTolerance * Math.max(1, Math.abs(current.value)) ? flat + 1 : 0;
		if (flat >= 3) {
			converged = true;
			break;
		}
	}
	return { x, value: current.value, evaluations, converged };
}

/**
 * Minimise from every start (BFGS when `gradient` is given, else Nelder–Mead), then restart the
 * best run at its own answer (up to 3 times, unless BFGS converged) until a restart no longer
 * improves it by more than a relative 1e-8.
 */
export function minimize(
	f: (x: readonly number[]) => number,
	starts: readonly (readonly number[])[],
	options: MinimizeOptions & { gradient?: (x: readonly number[]) => ValueAndGradient } = {}
): Minimum {
	if (!starts.length) throw new RangeError('minimize needs at least one start');
	const { gradient } = options;
	const once = (start: readonly number[], restart: boolean) =>
		gradient
			? bfgs(gradient, start, options)
			: nelderMead(f, start, restart ? { ...options, step: (options.step ?? 0.5) / 4 } : options);
	const runs = starts.map((start) => once(start, false));
	let evaluations = runs.reduce((s, r) => s + r.evaluations, 0);
	let best = runs.reduce((a, b) => (b.value < a.value ? b : a));
	// Restarts remedy a collapsed simplex; a converged BFGS run needs none. A likelihood drifting
	// toward a boundary keeps improving by crumbs: those do not count.
	for (let restart = 0; restart < 3 && !(gradient && best.converged); restart++) {
		const again = once(best.x, true);
		evaluations += again.evaluations;
		const improved = again.value < best.value - 1e-8 * Math.max(1, Math.abs(best.value));
		if (again.value <= best.value) best = again;
		if (!improved) break;
	}
	return { ...best, evaluations };
}
