import type { RfmCell } from '../analyses/rfm/rfm';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, compact } from './theme';

/** What the colour and the number of each cell show. */
export type MatrixMetric = 'customers' | 'revenue' | 'avg_monetary';

export const MATRIX_METRICS: readonly MatrixMetric[] = ['customers', 'revenue', 'avg_monetary'];

/** The grid's words: metric names (also the tooltip's), axis names and segment display names. */
export interface RfmMatrixText {
	metrics: Record<MatrixMetric, string>;
	frequencyAxis: string;
	recencyAxis: string;
	segment: (name: string) => string;
}

const SCORES = ['1', '2', '3', '4', '5'];
const LIGHT = '#eff6ff';
const DARK = '#1e3a8a';

function formatValue(value: number | null, metric: MatrixMetric): string {
	if (value === null) return '–';
	return metric === 'customers' ? value.toLocaleString('en') : compact(value);
}

/** R×F heatmap: recency score rows (5 at the top), frequency score columns, one metric per cell. */
export function rfmMatrixOption(
	cells: readonly RfmCell[],
	metric: MatrixMetric,
	text: RfmMatrixText
): ChartOption {
	const values = cells.map((c) => c[metric] ?? 0);
	const max = Math.max(1, ...values);
	return {
		grid: { left: 40, right: 16, top: 30, bottom: 48 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { data: { cell: RfmCell } }) => {
				const c = p.data.cell;
				return [
					`R${c.r} × F${c.f} · ${text.segment(c.segment)}`,
					`${text.metrics.customers} ${c.customers.toLocaleString('en')}`,
					`${text.metrics.revenue} ${compact(c.revenue)}`,
					`${text.metrics.avg_monetary} ${formatValue(c.avg_monetary, 'avg_monetary')}`
				].join('\n');
			}
		},
		xAxis: {
			type: 'category',
			data: SCORES,
			name: text.frequencyAxis,
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, fontSize: 12, formatter: 'F{value}' },
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			data: SCORES,
			name: text.recencyAxis,
			nameLocation: 'end',
			nameGap: 10,
			nameTextStyle: { ...AXIS_LABEL, align: 'left', padding: [0, 0, 0, -40] },
			axisLabel: { ...AXIS_LABEL, fontSize: 12, formatter: 'R{value}' }
		},
		visualMap: {
			show: false,
			min: 0,
			max,
			dimension: 2,
			inRange: { color: [LIGHT, DARK] }
		},
		series: [
			{
				name: text.metrics[metric],
				type: 'heatmap',
				itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
				label: {
					show: true,
					formatter: (p: { data: { cell: RfmCell } }) =>
						`{v|${formatValue(p.data.cell[metric], metric)}}\n{s|${plainLabel(text.segment(p.data.cell.segment))}}`,
					rich: {
						v: { fontSize: 14, fontWeight: 600, lineHeight: 18 },
						s: { fontSize: 10, lineHeight: 14 }
					}
				},
				data: cells.map((cell) => ({
					value: [cell.f - 1, cell.r - 1, cell[metric] ?? 0],
					cell,
					label: { color: (cell[metric] ?? 0) > max * 0.55 ? '#ffffff' : '#0f172a' }
				}))
			}
		]
	};
}
