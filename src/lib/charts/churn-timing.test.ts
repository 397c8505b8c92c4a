import { expect, it } from 'vitest';
import {
	churnByMonthOption,
	MAX_BARS,
	tenureHistogramOption,
	type ChurnByMonthText,
	type TenureHistogramText
} from './churn-timing';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TENURE: TenureHistogramText = {
	axis: 'full months as a customer when they left',
	bar: (months, customers) =>
		`Left after ${months} full months as a customer\n${customers} customers`
};
const BY_MONTH: ChurnByMonthText = {
	lost: 'Customers lost',
	share: 'Share of the base at the month’s start',
	month: (churned, customers, rate) => `${churned} left of ${customers} (${rate})`
};

it('draws tenure at churn month by month, in wider bins past three years', () => {
	const rows = Array.from({ length: 73 }, (_, months) => ({ months, churned: 150 - 2 * months }));
	const option = tenureHistogramOption(rows, TENURE) as {
		xAxis: { data: string[] };
		series: { data: number[] }[];
	};
	// 73 months in bins of 3: 25 bars, 0–2 … 72–74.
	expect(option.xAxis.data).toHaveLength(25);
	expect(Math.ceil(73 / MAX_BARS)).toBe(3);
	expect(option.xAxis.data[1]).toBe('3–5');
	expect(option.series[0].data[1]).toBe([3, 4, 5].reduce((s, m) => s + 150 - 2 * m, 0));
	expect(option.series[0].data.reduce((s, v) => s + v, 0)).toBe(
		rows.reduce((s, r) => s + r.churned, 0)
	);
	const short = tenureHistogramOption(rows.slice(0, 20), TENURE) as { xAxis: { data: string[] } };
	expect(short.xAxis.data.at(-1)).toBe('19');
	expect(matchesSvgSnapshot('churn-tenure', tenureHistogramOption(rows, TENURE))).toBe(true);
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
	expect(matchesSvgSnapshot('churn-by-month', churnByMonthOption(rows, BY_MONTH))).toBe(true);
});
