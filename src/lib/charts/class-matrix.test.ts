import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { STAGES, STRATEGIES, type Attractiveness } from '../analyses/tiers/strategies';
import { classMatrixOption } from './class-matrix';

const ATTRACTIVENESS: readonly Attractiveness[] = ['A', 'B', 'C'];

it('draws the 18 classes with customers and revenue', () => {
	const cells = ATTRACTIVENESS.flatMap((a, i) =>
		STAGES.map((stage) => ({
			class: `${a}${stage}` as const,
			attractiveness: a,
			stage,
			customers: (3 - i) * 10 * stage,
			revenue: (3 - i) * 1000 * (7 - stage),
			previous_revenue: 500 * stage,
			strategy: STRATEGIES[`${a}${stage}`]
		}))
	);
	const option = classMatrixOption(cells, {
		lang: 'en',
		customers: 'Customers',
		cell: (customers, revenue, previous) =>
			`${customers} customers · revenue ${revenue} (before ${previous})`
	});
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('class-matrix', option)).toBe(true);
});
