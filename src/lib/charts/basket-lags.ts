import type { LagBin } from '../analyses/sequences/sequences';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

/** The histogram's words, in the page's language. */
export interface LagText {
	daysAfter: (range: string) => string;
	customers: (n: number) => string;
	xAxis: string;
	yAxis: string;
	window: (from: number, to: number) => string;
}

/**
 * Days from the first A to the first B: customers per bin, every bin up to the maximum lag shown
 * (empty ones too), and the usual window (10th–90th percentile) shaded.
 */
export function lagHistogramOption(
	bins: readonly LagBin[],
	binDays: number,
	maxLagDays: number,
	text: LagText,
	window?: { from_day: number; to_day: number; median: number }
): ChartOption {
	const count = Math.ceil(maxLagDays / binDays);
	const labels = Array.from({ length: count }, (_, i) => `${i * binDays + 1}–${(i + 1) * binDays}`);
	const values = Array.from({ length: count }, (_, i) => {
		const bin = bins.find((b) => b.from_day === i * binDays + 1);
		return bin?.customers ?? 0;
	});
	const binOf = (day: number) => Math.min(count - 1, Math.max(0, Math.floor((day - 1) / binDays)));
	return {
		grid: { left: 48, right: 16, top: 28, bottom: 44 },
		tooltip: {
			trigger: 'axis',
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) =>
				`${text.daysAfter(labels[items[0].dataIndex])}\n${text.customers(values[items[0].dataIndex])}`
		},
		xAxis: {
			type: 'category',
			data: labels,
			name: text.xAxis,
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, interval: Math.max(0, Math.round(count / 8) - 1) },
			axisTick: { show: false }
		},
		yAxis: {
			type: 'value',
			name: text.yAxis,
			minInterval: 1,
			nameTextStyle: AXIS_LABEL,
			axisLabel: AXIS_LABEL,
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				type: 'bar',
				barCategoryGap: '8%',
				itemStyle: { color: PALETTE[0] },
				data: values,
				markArea: window
					? {
							silent: true,
							itemStyle: { color: 'rgba(22, 163, 74, 0.10)' },
							label: {
								color: PALETTE[1],
								fontSize: 11,
								formatter: text.window(window.from_day, window.to_day)
							},
							data: [[{ xAxis: binOf(window.from_day) }, { xAxis: binOf(window.to_day) }]]
						}
					: undefined
			}
		]
	};
}
