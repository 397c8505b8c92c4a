import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { profitCurveOption } from './profit-curve';

it('draws the whale curve with the 100% line and the peak', () => {
	const profits = [500, 200, 6, 0, -10, -50];
	let cumulative = 0;
	const points = profits.map((p, i) => {
		cumulative += p;
		return {
			rank: i + 1,
			item_share: (i + 1) / 6,
			cumulative_profit: cumulative,
			profit_share: cumulative / 646
		};
	});
	const option = profitCurveOption(
		{
			points,
			peak_share: 706 / 646,
			peak_items_share: 0.5,
			peak_profit: 706
		},
		{
			itemsAxis: 'Customers, most profitable first',
			shareAxis: 'Cumulative profit, % of total',
			cumulative: 'Cumulative profit',
			total: 'Total profit (100%)',
			peakSeries: 'Peak',
			peak: (value, share) => `Peak ${value} after ${share} of customers`
		}
	);
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('profit-curve', option)).toBe(true);
});
