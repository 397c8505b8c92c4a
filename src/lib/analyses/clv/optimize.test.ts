import { describe, expect, it } from 'vitest';
import { bfgs, minimize, nelderMead } from './optimize';

const rosenbrock = ([x, y]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
const rosenbrockGradient = ([x, y]: readonly number[]) => ({
	value: rosenbrock([x, y]),
	gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)]
});

describe('nelderMead', () => {
	it('finds the minimum of the Rosenbrock valley', () => {
		const m = nelderMead(rosenbrock, [-1.2, 1]);
		expect(m.converged).toBe(true);
		expect(m.x[0]).toBeCloseTo(1, 5);
		expect(m.x[1]).toBeCloseTo(1, 5);
	});

	it('minimises a shifted 4-d quadratic to its centre', () => {
		const centre = [3, -2, 0.5, 10];
		const f = (x: readonly number[]) =>
			x.reduce((s, v, i) => s + (i + 1) * (v - centre[i]) ** 2, 0);
		const m = minimize(f, [[0, 0, 0, 0]]);
		m.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 5));
	});

	it('treats non-finite values as worse than anything', () => {
		const f = ([x]: readonly number[]) => (x < 0 ? NaN : (x - 2) ** 2);
		expect(nelderMead(f, [0.1]).x[0]).toBeCloseTo(2, 5);
	});
});

describe('bfgs', () => {
	it('finds the minimum of the Rosenbrock valley with the gradient', () => {
		const m = bfgs(rosenbrockGradient, [-1.2, 1]);
		expect(m.converged).toBe(true);
		expect(m.x[0]).toBeCloseTo(1, 6);
		expect(m.x[1]).toBeCloseTo(1, 6);
		expect(m.evaluations).toBeLessThan(200);
	});

	it('backs off from steps into non-finite values', () => {
		const fg = ([x]: readonly number[]) => ({
			value: x <= 0 ? Infinity : x - Math.log(x),
			gradient: [1 - 1 / x]
		});
		expect(bfgs(fg, [5]).x[0]).toBeCloseTo(1, 6);
	});
});

describe('minimize', () => {
	// Two valleys: a local minimum near x = −1 (value 0.3) and the global one at x = 2 (value 0).
	const twoValleys = ([x]: readonly number[]) => Math.min((x + 1) ** 2 + 0.3, 0.5 * (x - 2) ** 2);

	it('keeps the best of several starts', () => {
		const fromLeft = minimize(twoValleys, [[-1.5]], { step: 0.1 });
		expect(fromLeft.x[0]).toBeCloseTo(-1, 4);
		const both = minimize(twoValleys, [[-1.5], [3]], { step: 0.1 });
		expect(both.x[0]).toBeCloseTo(2, 4);
		expect(both.value).toBeCloseTo(0, 8);
	});

	it('uses BFGS when a gradient is given and agrees with Nelder–Mead', () => {
		const withGradient = minimize(
			rosenbrock,
			[
				[-1.2, 1],
				[2, 2]
			],
			{ gradient: rosenbrockGradient }
		);
		const without = minimize(rosenbrock, [
			[-1.2, 1],
			[2, 2]
		]);
		expect(withGradient.x[0]).toBeCloseTo(without.x[0], 5);
		expect(withGradient.evaluations).toBeLessThan(without.evaluations);
	});

	it('needs a start', () => {
		expect(() => minimize(rosenbrock, [])).toThrow(RangeError);
	});
});
