import { expect, it } from 'vitest';
import { migrationSankeyOption } from './migration-sankey';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

it('draws segment flows between two snapshots, new customers included', () => {
	const option = migrationSankeyOption(
		[
			{ from: 'Champions', to: 'Champions', customers: 520 },
			{ from: 'Champions', to: 'Loyal Customers', customers: 140 },
			{ from: 'Loyal Customers', to: 'Champions', customers: 180 },
			{ from: 'Loyal Customers', to: 'At Risk', customers: 90 },
			{ from: 'At Risk', to: 'Hibernating', customers: 160 },
			{ from: '(new)', to: 'New Customers', customers: 100 },
			{ from: '(new)', to: 'Promising', customers: 60 },
			{ from: 'Hibernating', to: 'Hibernating', customers: 0 }
		],
		['Champions', 'Loyal Customers', 'At Risk', 'Hibernating', 'New Customers', 'Promising'],
		{
			before: 'At 2024-10-03',
			after: 'At 2025-01-01',
			customers: (n) => `${n} customers`,
			segment: (name) => name
		}
	);
	expect(matchesSvgSnapshot('migration-sankey', option)).toBe(true);
});
