import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { lorenzOption } from './lorenz';

it('draws the Lorenz curve against equality with the Gini in the title', () => {
	const option = lorenzOption(
		[
			{ customer_share: 0.25, revenue_share: 0.05 },
			{ customer_share: 0.5, revenue_share: 0.15 },
			{ customer_share: 0.75, revenue_share: 0.35 },
			{ customer_share: 1, revenue_share: 1 }
		],
		0.46,
		{
			gini: (value) => `Gini ${value}`,
			giniNote: '0 = everyone buys the same, 1 = one customer buys everything',
			customersAxis: 'Customers, smallest first',
			revenueAxis: 'Share of revenue',
			curve: 'Revenue share',
			equality: 'Perfect equality'
		}
	);
	expect(option.title).toMatchObject({ text: 'Gini 0.46' });
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('lorenz', option)).toBe(true);
});
