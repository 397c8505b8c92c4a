import { expect, it } from 'vitest';
import { segmentBarsOption, type SegmentBarsText } from './segment-bars';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: SegmentBarsText = {
	customerShare: 'Share of customers',
	revenueShare: 'Share of revenue',
	customers: (n, share) => `${n} customers (${share})`,
	revenue: (amount, share) => `Revenue ${amount} (${share})`,
	segment: (name) => name
};

it('draws customer and revenue shares per segment', () => {
	const option = segmentBarsOption(
		[
			{
				segment: 'Champions',
				customers: 830,
				revenue: 11_126_321,
				customer_share: 0.1431,
				revenue_share: 0.5275
			},
			{
				segment: 'Loyal Customers',
				customers: 1016,
				revenue: 5_648_005,
				customer_share: 0.1751,
				revenue_share: 0.2678
			},
			{
				segment: 'At Risk',
				customers: 530,
				revenue: 1_005_930,
				customer_share: 0.0914,
				revenue_share: 0.0477
			},
			{
				segment: 'Hibernating',
				customers: 1691,
				revenue: 723_051,
				customer_share: 0.2915,
				revenue_share: 0.0343
			},
			{
				segment: 'New Customers',
				customers: 100,
				revenue: 41_397,
				customer_share: 0.0172,
				revenue_share: 0.002
			}
		],
		TEXT
	);
	expect(matchesSvgSnapshot('segment-bars', option)).toBe(true);
});
