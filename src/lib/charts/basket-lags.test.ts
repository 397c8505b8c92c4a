import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { lagHistogramOption, type LagText } from './basket-lags';

const TEXT: LagText = {
	daysAfter: (range) => `${range} days after`,
	customers: (n) => `${n.toLocaleString('en')} customers`,
	xAxis: 'Days after the first purchase',
	yAxis: 'Customers',
	window: (from, to) => `usual window ${from}–${to} days`
};

it('shows every lag bin up to the maximum and shades the usual window', () => {
	const bin = (from: number, customers: number) => ({
		antecedent_key: 'P1',
		consequent_key: 'P2',
		from_day: from,
		to_day: from + 9,
		customers
	});
	const option = lagHistogramOption(
		[bin(71, 5), bin(81, 20), bin(91, 18), bin(101, 4)],
		10,
		180,
		TEXT,
		{
			from_day: 74,
			to_day: 104,
			median: 90
		}
	);
	const series = (option.series as { data: number[] }[])[0];
	expect(series.data).toHaveLength(18);
	expect(series.data.slice(7, 11)).toEqual([5, 20, 18, 4]);
	expect(matchesSvgSnapshot('basket-lags', option)).toBe(true);
});
