import { expect, it } from 'vitest';
import type { StatusCount } from '../analyses/churn/status';
import { statusHistoryOption, type StatusHistoryText } from './churn-status';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const HISTORY: StatusCount[] = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'].flatMap(
	(as_of, i) => [
		{ as_of, purchase_status: 'repeat', retention_status: 'active', customers: 3000 - 100 * i },
		{ as_of, purchase_status: 'first', retention_status: 'active', customers: 600 },
		{ as_of, purchase_status: 'repeat', retention_status: 'returned', customers: 80 + 5 * i },
		{ as_of, purchase_status: 'repeat', retention_status: 'at_risk', customers: 700 + 20 * i },
		{ as_of, purchase_status: 'first', retention_status: 'churned', customers: 400 + 90 * i },
		{ as_of, purchase_status: 'never', retention_status: null, customers: 199 }
	]
);

const TEXT: StatusHistoryText = {
	status: { active: 'Active', returned: 'Returned', at_risk: 'At risk', churned: 'Churned' }
};

it('stacks retention statuses month by month, summing purchase statuses', () => {
	const option = statusHistoryOption(HISTORY, TEXT) as {
		series: { name: string; data: number[] }[];
	};
	expect(option.series.map((s) => s.name)).toEqual(['Active', 'Returned', 'At risk', 'Churned']);
	expect(option.series[0].data[0]).toBe(3600);
	expect(matchesSvgSnapshot('churn-status', statusHistoryOption(HISTORY, TEXT))).toBe(true);
});
