import { expect, it } from 'vitest';
import { sliceRow } from '../analyses/churn/slice';
import { churnSliceOption, sliceColor, type ChurnSliceText } from './churn-slice';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: ChurnSliceText = {
	value: (v) => v,
	churn: (rate, churned, customers) => `Churn ${rate} (${churned} of ${customers})`,
	interval: (low, high) => `95% interval ${low} – ${high}`,
	lift: (lift) => `${lift}× the overall rate`,
	rateOf: (rate, customers) => `${rate}  of ${customers}`,
	overall: (rate) => `overall ${rate}`,
	intervalSeries: '95% interval',
	rateSeries: 'Churn rate'
};

// The demo's channels (datasets/README.md §5), overall 24.3%.
const OVERALL = 0.243;
const ROWS = [
	['Store', 2081, 416],
	['Online', 1494, 602],
	['Referral', 859, 163],
	['Partner', 792, 149],
	['Events', 774, 128]
].map(([value, n, k]) => sliceRow(value as string, n as number, k as number, OVERALL));

it('colours a segment by whether its interval clears the overall rate', () => {
	expect(ROWS.map((r) => sliceColor(r, OVERALL))).toEqual([
		'#16a34a',
		'#dc2626',
		'#16a34a',
		'#16a34a',
		'#16a34a'
	]);
	expect(sliceColor(sliceRow('small', 10, 3, OVERALL), OVERALL)).toBe('#64748b');
});

it('draws churn rate per segment with intervals and the overall line', () => {
	expect(matchesSvgSnapshot('churn-slice', churnSliceOption(ROWS, OVERALL, TEXT))).toBe(true);
});
