import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { tiersOption } from './tiers';

it('draws customer share against revenue share per tier', () => {
	const option = tiersOption(
		[
			{
				tier: 'Black',
				customers: 58,
				revenue: 3.98e6,
				revenue_share: 0.189,
				customer_share: 0.01,
				min_spend: 41166
			},
			{
				tier: 'Platinum',
				customers: 232,
				revenue: 5.19e6,
				revenue_share: 0.246,
				customer_share: 0.04,
				min_spend: 14676
			},
			{
				tier: 'Gold',
				customers: 580,
				revenue: 5.38e6,
				revenue_share: 0.255,
				customer_share: 0.1,
				min_spend: 6147
			},
			{
				tier: 'Silver',
				customers: 1160,
				revenue: 4.26e6,
				revenue_share: 0.202,
				customer_share: 0.2,
				min_spend: 2075
			},
			{
				tier: 'Standard',
				customers: 3771,
				revenue: 2.28e6,
				revenue_share: 0.108,
				customer_share: 0.65,
				min_spend: 0
			}
		],
		{ customerShare: 'Share of customers', revenueShare: 'Share of revenue' }
	);
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('tiers', option)).toBe(true);
});
