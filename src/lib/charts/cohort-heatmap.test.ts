import { expect, it } from 'vitest';
import { buildCohorts } from '../analyses/cohorts/cohorts';
import { cohortHeatmapOption, type CohortHeatmapText } from './cohort-heatmap';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: Record<'retention' | 'revenue_retention', CohortHeatmapText> = {
	retention: {
		metric: 'Share of the cohort buying',
		average: 'All cohorts',
		axis: 'months since the first purchase',
		cell: (row, month) => `${row}, month ${month}`
	},
	revenue_retention: {
		metric: 'Revenue against the first month',
		average: 'All cohorts',
		axis: 'months since the first purchase',
		cell: (row, month) => `${row}, month ${month}`
	}
};

const cohorts = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
const ROWS = cohorts.flatMap((cohort, c) =>
	Array.from({ length: cohorts.length - c }, (_, month) => ({
		cohort,
		customers: 400 + 20 * c,
		month,
		active: month === 0 ? 400 + 20 * c : Math.round((400 + 20 * c) * (0.35 - 0.03 * month)),
		revenue: month === 0 ? 20_000 : 9_000 - 700 * month,
		snapshot_date: '2024-07-01'
	}))
);

it.each(['retention', 'revenue_retention'] as const)(
	'draws the cohort triangle of %s',
	(metric) => {
		const data = buildCohorts(ROWS, '2024-07-01');
		const option = cohortHeatmapOption(data, metric, TEXT[metric]) as { yAxis: { data: string[] } };
		expect(option.yAxis.data.at(-1)).toBe('All cohorts');
		expect(
			matchesSvgSnapshot(`cohort-${metric}`, cohortHeatmapOption(data, metric, TEXT[metric]))
		).toBe(true);
	}
);
