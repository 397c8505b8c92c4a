import { expect, it } from 'vitest';
import { monthlyRevenueOption } from './monthly-revenue';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

it('draws revenue bars and a customers line', () => {
	const option = monthlyRevenueOption(
		[
			{ month: '2024-01', revenue: 1200, customers: 30 },
			{ month: '2024-02', revenue: 900, customers: 25 },
			{ month: '2024-03', revenue: 1500, customers: 41 }
		],
		{ revenue: 'Revenue', customers: 'Active customers' }
	);
	expect(matchesSvgSnapshot('monthly-revenue', option)).toBe(true);
});
