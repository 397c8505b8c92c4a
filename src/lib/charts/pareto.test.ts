import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { paretoOption } from './pareto';

it('draws revenue bars by rank and the cumulative share with the 80% mark', () => {
	const revenue = [500, 300, 120, 60, 20];
	let cumulative = 0;
	const bins = revenue.map((r, i) => {
		cumulative += r;
		return {
			bin: i + 1,
			customers: 2,
			revenue: r,
			customer_share: (i + 1) / 5,
			cumulative_share: cumulative / 1000
		};
	});
	const option = paretoOption(bins, 0.4, {
		customersAxis: 'Customers, largest first (cumulative %)',
		revenueAxis: 'Revenue',
		revenueSeries: 'Revenue of these customers',
		cumulativeSeries: 'Cumulative share of revenue',
		mark80: '80% of revenue',
		customersMark: (share) => `${share} of customers`
	});
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('pareto', option)).toBe(true);
});
