import { expect, it } from 'vitest';
import { churnByMonthOption, MAX_TENURE_MONTHS, tenureHistogramOption } from './churn-timing';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

it('draws tenure at churn, gathering the longest tenures in the last bar', () => {
	const rows = Array.from({ length: 40 }, (_, months) => ({ months, churned: 120 - 3 * months }));
	const option = tenureHistogramOption(rows) as {
		xAxis: { data: string[] };
		series: { data: number[] }[];
	};
	expect(option.xAxis.data.at(-1)).toBe(`${MAX_TENURE_MONTHS}+`);
	expect(option.series[0].data.at(-1)).toBe([36, 37, 38, 39].reduce((s, m) => s + 120 - 3 * m, 0));
	expect(matchesSvgSnapshot('churn-tenure', tenureHistogramOption(rows))).toBe(true);
});

it('draws churn by calendar month with the monthly rate', () => {
	const rows = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'].map(
		(month, i) => ({
			month,
			churned: 90 + 10 * i,
			customers_at_start: 4500 - 50 * i,
			rate: (90 + 10 * i) / (4500 - 50 * i)
		})
	);
	expect(matchesSvgSnapshot('churn-by-month', churnByMonthOption(rows))).toBe(true);
});
