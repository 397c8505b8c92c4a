import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE, compact } from './theme';

interface MonthlyPoint {
	month: string;
	revenue: number;
	customers: number;
}

/** The series names. */
interface MonthlyRevenueText {
	revenue: string;
	customers: string;
}

/** Revenue per month as bars with active customers as a line on a second axis. */
export function monthlyRevenueOption(
	points: readonly MonthlyPoint[],
	text: MonthlyRevenueText
): ChartOption {
	return {
		color: PALETTE,
		grid: { left: 56, right: 56, top: 36, bottom: 28 },
		legend: { top: 0, right: 0, textStyle: AXIS_LABEL },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: { type: 'category', data: points.map((p) => p.month), axisLabel: AXIS_LABEL },
		yAxis: [
			{
				type: 'value',
				axisLabel: { ...AXIS_LABEL, formatter: compact },
				splitLine: { lineStyle: { color: '#eef2f7' } }
			},
			{
				type: 'value',
				axisLabel: { ...AXIS_LABEL, formatter: compact },
				splitLine: { show: false }
			}
		],
		series: [
			{
				name: text.revenue,
				type: 'bar',
				data: points.map((p) => Math.round(p.revenue)),
				barMaxWidth: 28
			},
			{
				name: text.customers,
				type: 'line',
				yAxisIndex: 1,
				smooth: true,
				symbol: 'none',
				data: points.map((p) => p.customers)
			}
		]
	};
}
