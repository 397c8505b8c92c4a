import type { Cohorts } from '../analyses/cohorts/cohorts';
import type { ChartOption } from './echarts';
import { AXIS_LABEL } from './theme';

/** What each cell shows. */
export type CohortMetric = 'retention' | 'revenue_retention';

export const COHORT_METRICS: readonly CohortMetric[] = ['retention', 'revenue_retention'];

/** The chart's words, in the page's language. */
export interface CohortHeatmapText {
	/** What the cells show (the chosen metric's name). */
	metric: string;
	/** The last row: every cohort together. */
	average: string;
	axis: string;
	/** A cell's place in words: its cohort row and month since the first purchase. */
	cell: (row: string, month: string) => string;
}

/**
 * Acquisition month (rows, oldest first, the size-weighted average last) × months since the first
 * purchase (columns). Month 0 is 100% by definition, so the colour scale is set by months 1+.
 */
export function cohortHeatmapOption(
	data: Cohorts,
	metric: CohortMetric,
	text: CohortHeatmapText
): ChartOption {
	const columns = Math.max(0, ...data.cohorts.map((c) => c.months.length));
	const rows = [
		...data.cohorts.map((c) => `${c.cohort} (${c.customers.toLocaleString('en')})`),
		text.average
	];
	const cells = [
		...data.cohorts.flatMap((c, y) => c.months.map((m) => [m.month, y, m[metric]] as const)),
		...data.average.map((a) => [a.month, data.cohorts.length, a[metric]] as const)
	].filter(([, , v]) => v !== null) as [number, number, number][];
	const later = cells.filter(([x]) => x > 0).map(([, , v]) => v);
	const max = Math.max(0.01, ...later);
	const showLabels = columns <= 24 && rows.length <= 40;
	return {
		grid: { left: 120, right: 16, top: 16, bottom: 40 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { value: [number, number, number] }) =>
				`${text.cell(rows[p.value[1]], String(p.value[0]))}\n${text.metric}: ${(p.value[2] * 100).toFixed(1)}%`
		},
		xAxis: {
			type: 'category',
			data: Array.from({ length: columns }, (_, k) => String(k)),
			name: text.axis,
			nameLocation: 'middle',
			nameGap: 26,
			nameTextStyle: AXIS_LABEL,
			axisLabel: AXIS_LABEL,
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			data: rows,
			inverse: true,
			axisLabel: { ...AXIS_LABEL, fontSize: 11 }
		},
		visualMap: {
			show: false,
			min: 0,
			max,
			dimension: 2,
			inRange: { color: ['#f8fafc', '#1d4ed8'] },
			outOfRange: { color: '#1e3a8a' }
		},
		series: [
			{
				type: 'heatmap',
				itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
				label: {
					show: showLabels,
					fontSize: 10,
					formatter: (p: { value: [number, number, number] }) => `${Math.round(p.value[2] * 100)}`
				},
				data: cells.map(([x, y, v]) => ({
					value: [x, y, v],
					label: { color: v > max * 0.6 ? '#ffffff' : '#0f172a' },
					itemStyle:
						y === data.cohorts.length ? { borderColor: '#0f172a', borderWidth: 1 } : undefined
				}))
			}
		]
	};
}
