import type { Heatmap } from '../analyses/churn/slice';
import { pct } from './churn-colors';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL } from './theme';

/** Cells with fewer customers than this are drawn pale: their rate says little. */
const FEW_CUSTOMERS = 30;

/** The chart's words, in the page's language. */
export interface ChurnHeatmapText {
	/** Names of the two attributes (rows, columns). */
	a: string;
	b: string;
	/** A segment value as shown. */
	value: (value: string) => string;
	/** A cell's churn in words, from its formatted rate, churned and customers. */
	churn: (rate: string, churned: string, customers: string) => string;
}

/** Churn rate for every pair of values of two attributes; each cell shows its rate and customers. */
export function churnHeatmapOption(heatmap: Heatmap, text: ChurnHeatmapText): ChartOption {
	const max = Math.max(0.01, ...heatmap.cells.map((c) => c.rate));
	const cell = (a: string, b: string) => heatmap.cells.find((c) => c.a === a && c.b === b);
	return {
		grid: { left: 150, right: 16, top: 16, bottom: 56 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { data: { cell: Heatmap['cells'][number] } }) => {
				const c = p.data.cell;
				const churn = text.churn(
					pct(c.rate),
					c.churned.toLocaleString('en'),
					c.customers.toLocaleString('en')
				);
				return `${plainLabel(text.value(c.a))} × ${plainLabel(text.value(c.b))}\n${churn}`;
			}
		},
		xAxis: {
			type: 'category',
			data: heatmap.b_values,
			name: text.b,
			nameLocation: 'middle',
			nameGap: 36,
			nameTextStyle: AXIS_LABEL,
			axisLabel: {
				...AXIS_LABEL,
				fontSize: heatmap.b_values.length > 6 ? 10 : 12,
				interval: 0,
				rotate: heatmap.b_values.length > 6 ? 30 : 0,
				width: 110,
				overflow: 'truncate',
				formatter: text.value
			},
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			data: heatmap.a_values,
			inverse: true,
			axisLabel: {
				...AXIS_LABEL,
				fontSize: 12,
				width: 140,
				overflow: 'truncate',
				formatter: text.value
			}
		},
		visualMap: {
			show: false,
			min: 0,
			max,
			dimension: 2,
			inRange: { color: ['#fff7ed', '#b91c1c'] }
		},
		series: [
			{
				type: 'heatmap',
				itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
				label: {
					// Wide grids keep only the rate, very wide ones only the colour (the tooltip has all).
					show: heatmap.b_values.length <= 12,
					formatter: (p: { data: { cell: Heatmap['cells'][number] } }) =>
						heatmap.b_values.length <= 6
							? `{v|${pct(p.data.cell.rate)}}\n{n|${plainLabel(p.data.cell.customers.toLocaleString('en'))}}`
							: `{n|${pct(p.data.cell.rate)}}`,
					rich: {
						v: { fontSize: 13, fontWeight: 600, lineHeight: 17 },
						n: { fontSize: 10, lineHeight: 13 }
					}
				},
				data: heatmap.a_values.flatMap((a, y) =>
					heatmap.b_values.flatMap((b, x) => {
						const c = cell(a, b);
						if (!c) return [];
						const few = c.customers < FEW_CUSTOMERS;
						return [
							{
								value: [x, y, c.rate],
								cell: c,
								itemStyle: few ? { opacity: 0.35 } : undefined,
								label: { color: c.rate > max * 0.6 && !few ? '#ffffff' : '#0f172a' }
							}
						];
					})
				)
			}
		]
	};
}
