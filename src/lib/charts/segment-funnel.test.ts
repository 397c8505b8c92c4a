import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { segmentFunnelOption, type FunnelText } from './segment-funnel';

const TEXT: FunnelText = {
	count: (n) => n.toLocaleString('en'),
	customers: (n) => `${n.toLocaleString('en')} customers`
};

it('draws how each condition of the seed segment narrows the customer base', () => {
	const option = segmentFunnelOption(
		[
			{ label: 'All customers', customers: 6000 },
			{ label: 'Branch is “Shanghai”', customers: 1434 },
			{ label: 'and owner rep is “Li Na”', customers: 709 },
			{
				label: 'and bought both “Water Purifier” and “Propolis” in the last 3 months',
				customers: 20
			},
			{ label: 'and attended no campaign in the last 6 months', customers: 14 }
		],
		TEXT
	);
	expect(matchesSvgSnapshot('segment-funnel', option)).toBe(true);
	const axis = (option.yAxis as { data: string[] }).data;
	expect(axis[3]).toBe('and bought both “Water Purifier” and “Propolis” in the last 3 months');
	expect(segmentFunnelOption([{ label: 'x'.repeat(80), customers: 1 }], TEXT)).toMatchObject({
		yAxis: { data: [`${'x'.repeat(71)}…`] }
	});
	expect(axis[1]).toBe('Branch is “Shanghai”');
});
