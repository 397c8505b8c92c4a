import { expect, it } from 'vitest';
import type { Heatmap } from '../analyses/churn/slice';
import { churnHeatmapOption, type ChurnHeatmapText } from './churn-heatmap';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const channels = ['Store', 'Online', 'Referral'];
const tiers = ['Standard', 'Silver', 'Gold', 'Platinum'];
const HEATMAP: Heatmap = {
	a_values: channels,
	b_values: tiers,
	cells: channels.flatMap((a, i) =>
		tiers.map((b, j) => {
			const customers = i === 2 && j === 3 ? 12 : 900 - 200 * j;
			const churned = Math.round(customers * (0.18 + 0.2 * Number(a === 'Online') + 0.02 * j));
			return { a, b, customers, churned, rate: churned / customers };
		})
	)
};

const TEXT: ChurnHeatmapText = {
	a: 'Channel',
	b: 'Membership',
	value: (v) => v,
	churn: (rate, churned, customers) => `Churn ${rate} (${churned} of ${customers})`
};

it('shows the churn rate of every pair of values, small cells pale', () => {
	expect(matchesSvgSnapshot('churn-heatmap', churnHeatmapOption(HEATMAP, TEXT))).toBe(true);
});
