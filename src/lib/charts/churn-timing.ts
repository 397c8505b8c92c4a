import type { ChurnMonth, TenureAtChurn } from '../analyses/churn/timing';
import { pct } from './churn-colors';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

/** Bars at most; longer tenures are grouped into bins of several months. */
export const MAX_BARS = 36;

/** Churned customers by months of tenure when they left, in bins of 1, 2, 3 … months. */
export function tenureHistogramOption(rows: readonly TenureAtChurn[]): ChartOption {
	const last = Math.max(0, ...rows.map((r) => r.months));
	const width = Math.ceil((last + 1) / MAX_BARS);
	const counts = Array.from({ length: Math.floor(last / width) + 1 }, () => 0);
	for (const r of rows) counts[Math.floor(r.months / width)] += r.churned;
	const labels = counts.map((_, i) =>
		width === 1 ? String(i) : `${i * width}–${i * width + width - 1}`
	);
	return {
		grid: { left: 48, right: 16, top: 20, bottom: 40 },
		tooltip: {
			trigger: 'axis',
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const i = items[0].dataIndex;
				return `Left after ${labels[i]} full months as a customer\n${counts[i].toLocaleString('en')} customers`;
			}
		},
		xAxis: {
			type: 'category',
			data: labels,
			name: 'full months as a customer when they left',
			nameLocation: 'middle',
			nameGap: 26,
			nameTextStyle: AXIS_LABEL,
			axisLabel: AXIS_LABEL
		},
		yAxis: {
			type: 'value',
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => compact(v) },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [{ type: 'bar', itemStyle: { color: '#dc2626' }, data: counts }]
	};
}

/** Customers lost per calendar month (bars) and the share of the month's starting base (line). */
export function churnByMonthOption(rows: readonly ChurnMonth[]): ChartOption {
	return {
		grid: { left: 48, right: 48, top: 36, bottom: 28 },
		legend: { top: 0, left: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			trigger: 'axis',
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const r = rows[items[0].dataIndex];
				return `${r.month}\n${r.churned.toLocaleString('en')} left of ${r.customers_at_start.toLocaleString('en')} (${pct(r.rate)})`;
			}
		},
		xAxis: { type: 'category', data: rows.map((r) => r.month), axisLabel: AXIS_LABEL },
		yAxis: [
			{
				type: 'value',
				axisLabel: { ...AXIS_LABEL, formatter: (v: number) => compact(v) },
				splitLine: { lineStyle: { color: '#eef2f7' } }
			},
			{
				type: 'value',
				axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${(v * 100).toFixed(1)}%` },
				splitLine: { show: false }
			}
		],
		series: [
			{
				name: 'Customers lost',
				type: 'bar',
				itemStyle: { color: '#fca5a5' },
				data: rows.map((r) => r.churned)
			},
			{
				name: 'Share of the base at the month’s start',
				type: 'line',
				yAxisIndex: 1,
				symbolSize: 5,
				itemStyle: { color: '#b91c1c' },
				data: rows.map((r) => r.rate)
			}
		]
	};
}
