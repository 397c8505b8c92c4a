import type { ChurnMonth, TenureAtChurn } from '../analyses/churn/timing';
import { pct } from './churn-colors';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

/** Bars at most; longer tenures are grouped into bins of several months. */
export const MAX_BARS = 36;

/** The tenure chart's words, in the page's language; numbers arrive formatted. */
export interface TenureHistogramText {
	axis: string;
	/** A bar in words: its months (one or a range) and its customers. */
	bar: (months: string, customers: string) => string;
}

/** Churned customers by months of tenure when they left, in bins of 1, 2, 3 … months. */
export function tenureHistogramOption(
	rows: readonly TenureAtChurn[],
	text: TenureHistogramText
): ChartOption {
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
				return text.bar(labels[i], counts[i].toLocaleString('en'));
			}
		},
		xAxis: {
			type: 'category',
			data: labels,
			name: text.axis,
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

/** The calendar chart's words, in the page's language; numbers arrive formatted. */
export interface ChurnByMonthText {
	/** Series names: customers lost, and their share of the month's starting base. */
	lost: string;
	share: string;
	/** A month in words: churned, customers at its start, the rate. */
	month: (churned: string, customers: string, rate: string) => string;
}

/** Customers lost per calendar month (bars) and the share of the month's starting base (line). */
export function churnByMonthOption(
	rows: readonly ChurnMonth[],
	text: ChurnByMonthText
): ChartOption {
	return {
		grid: { left: 48, right: 48, top: 36, bottom: 28 },
		legend: { top: 0, left: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			trigger: 'axis',
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const r = rows[items[0].dataIndex];
				const n = (x: number) => x.toLocaleString('en');
				return `${r.month}\n${text.month(n(r.churned), n(r.customers_at_start), pct(r.rate))}`;
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
				name: text.lost,
				type: 'bar',
				itemStyle: { color: '#fca5a5' },
				data: rows.map((r) => r.churned)
			},
			{
				name: text.share,
				type: 'line',
				yAxisIndex: 1,
				symbolSize: 5,
				itemStyle: { color: '#b91c1c' },
				data: rows.map((r) => r.rate)
			}
		]
	};
}
