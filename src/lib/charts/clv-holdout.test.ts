import { expect, it } from 'vitest';
import { holdoutByFrequencyOption, trackingOption, type ClvHoldoutText } from './clv-holdout';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: ClvHoldoutText = {
	actual: 'Actual',
	predicted: 'Predicted',
	axis: 'repeat purchases in the calibration period',
	group: (customers, repeats, actual, predicted) =>
		`${customers} customers with ${repeats} repeat purchases\nactual ${actual} · predicted ${predicted} per customer`,
	holdoutStarts: 'holdout starts'
};

// The CDNOW sample, 39-week holdout (per customer: actual, predicted).
const CDNOW = [
	[1411, 0.237, 0.225],
	[439, 0.697, 0.523],
	[214, 1.393, 1.044],
	[100, 1.56, 1.52],
	[62, 2.532, 2.164],
	[38, 2.947, 2.654],
	[29, 3.862, 3.504],
	[64, 6.359, 6.157]
].map(([customers, actual, predicted], x) => ({
	x,
	customers,
	actual: actual * customers,
	predicted: predicted * customers
}));

it('compares holdout purchases per customer by calibration frequency', () => {
	const option = holdoutByFrequencyOption(CDNOW, TEXT) as { xAxis: { data: string[] } };
	expect(option.xAxis.data.at(-1)).toBe('7+');
	expect(matchesSvgSnapshot('clv-holdout', holdoutByFrequencyOption(CDNOW, TEXT))).toBe(true);
});

it('tracks cumulative repeat purchases across calibration and holdout', () => {
	const points = Array.from({ length: 20 }, (_, i) => ({
		day: new Date(Date.UTC(1997, 0, 7 + 7 * 4 * i)).toISOString().slice(0, 10),
		actual: Math.round(230 * i * (1 + 0.02 * Math.sin(i))),
		predicted: 225 * i
	}));
	expect(matchesSvgSnapshot('clv-tracking', trackingOption(points, '1997-09-30', TEXT))).toBe(true);
});
