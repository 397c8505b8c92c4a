import { expect, it } from 'vitest';
import { kaplanMeier, medianSurvival } from '../analyses/churn/kaplan-meier';
import type { SurvivalCurve } from '../analyses/churn/timing';
import { survivalOption, type SurvivalText } from './churn-survival';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: SurvivalText = {
	value: (v) => v,
	axis: 'months since they became customers',
	half: 'half gone',
	point: (months, share) => `after ${months} months: ${share} still customers`
};

function curve(value: string, hazard: number): SurvivalCurve {
	const durations = Array.from({ length: 24 }, (_, m) => ({
		time: Math.round((m + 1) * 30.4),
		events: Math.round(1000 * hazard * Math.pow(1 - hazard, m)),
		censored: 10
	}));
	const points = kaplanMeier(durations);
	return {
		value,
		customers: durations.reduce((s, d) => s + d.events + d.censored, 0),
		churned: durations.reduce((s, d) => s + d.events, 0),
		median_days: medianSurvival(points),
		points
	};
}

it('draws one survival curve per segment with the 50% line', () => {
	const curves = [curve('Online', 0.06), curve('Store', 0.025)];
	const option = survivalOption(curves, TEXT) as { series: { data: number[][] }[] };
	expect(option.series[0].data[0]).toEqual([0, 1]);
	expect(matchesSvgSnapshot('churn-survival', survivalOption(curves, TEXT))).toBe(true);
});
