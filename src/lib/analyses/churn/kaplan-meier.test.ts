import { describe, expect, it } from 'vitest';
import { kaplanMeier, medianSurvival, survivalAt } from './kaplan-meier';

// Seven customers: lifetimes 3, 6, 6, 10 ended; 5+, 8+, 12+ still observed (censored).
const SEVEN = [
	{ time: 3, events: 1, censored: 0 },
	{ time: 5, events: 0, censored: 1 },
	{ time: 6, events: 2, censored: 0 },
	{ time: 8, events: 0, censored: 1 },
	{ time: 10, events: 1, censored: 0 },
	{ time: 12, events: 0, censored: 1 }
];

describe('kaplanMeier', () => {
	it('matches the hand-worked curve', () => {
		const curve = kaplanMeier(SEVEN);
		// S(3) = 6/7; S(6) = 6/7 · 3/5; S(10) = 6/7 · 3/5 · 1/2.
		expect(curve.map((p) => p.at_risk)).toEqual([7, 6, 5, 3, 2, 1]);
		expect(curve[0].survival).toBeCloseTo(6 / 7, 12);
		expect(curve[2].survival).toBeCloseTo((6 / 7) * (3 / 5), 12);
		expect(curve[4].survival).toBeCloseTo((6 / 7) * (3 / 5) * (1 / 2), 12);
		expect(curve[5].survival).toBeCloseTo(curve[4].survival, 12);
		expect(medianSurvival(curve)).toBe(10);
		expect(survivalAt(curve, 2)).toBe(1);
		expect(survivalAt(curve, 7)).toBeCloseTo(18 / 35, 12);
	});

	it('keeps customers censored at an event time at risk at that time, in any input order', () => {
		const curve = kaplanMeier([
			{ time: 4, events: 0, censored: 1 },
			{ time: 4, events: 1, censored: 0 },
			{ time: 1, events: 1, censored: 0 },
			{ time: 9, events: 1, censored: 0 }
		]);
		expect(curve.map((p) => [p.time, p.at_risk])).toEqual([
			[1, 4],
			[4, 3],
			[9, 1]
		]);
		expect(curve[1].survival).toBeCloseTo((3 / 4) * (2 / 3), 12);
		expect(curve[2].survival).toBe(0);
	});

	it('has no median while more than half remain', () => {
		const curve = kaplanMeier([
			{ time: 2, events: 1, censored: 5 },
			{ time: 30, events: 0, censored: 4 }
		]);
		expect(medianSurvival(curve)).toBeNull();
	});

	it('is the empirical survival function without censoring', () => {
		const times = [1, 2, 2, 3, 5, 8, 8, 8, 13, 21];
		const curve = kaplanMeier(times.map((time) => ({ time, events: 1, censored: 0 })));
		for (const p of curve)
			expect(p.survival).toBeCloseTo(times.filter((t) => t > p.time).length / times.length, 12);
	});

	it('rejects negative counts', () => {
		expect(() => kaplanMeier([{ time: 1, events: -1, censored: 0 }])).toThrow(RangeError);
	});
});
