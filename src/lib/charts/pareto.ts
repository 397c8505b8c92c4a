import type { ParetoBin } from '../analyses/pareto/pareto';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE, compact } from './theme';

const percent = (v: number) => `${Math.round(v)}%`;

/** The chart's words. */
interface ParetoText {
	customersAxis: string;
	revenueAxis: string;
	revenueSeries: string;
	cumulativeSeries: string;
	mark80: string;
	customersMark: (share: string) => string;
}

/**
 * Revenue of each rank bin as bars (largest customers on the left) and the cumulative share of
 * revenue as a line on a % axis, with the 80% level and the bin where it is reached marked.
 */
export function paretoOption(
	bins: readonly ParetoBin[],
	share80: number | null,
	text: ParetoText
): ChartOption {
	const labels = bins.map((b) => percent(b.customer_share * 100));
	const bin80 = share80 === null ? -1 : bins.findIndex((b) => b.customer_share >= share80 - 1e-12);
	const cumulative = bins.map((b) =>
		b.cumulative_share === null ? null : b.cumulative_share * 100
	);
	return {
		color: [PALETTE[0], '#0f172a'],
		grid: { left: 56, right: 48, top: 36, bottom: 44 },
		legend: { top: 0, right: 0, textStyle: AXIS_LABEL },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: {
			type: 'category',
			data: labels,
			name: text.customersAxis,
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: AXIS_LABEL,
			axisLabel: {
				...AXIS_LABEL,
				// Label round shares (10%, 20% … with 100 bins) rather than every n-th bin from the first.
				interval: (i: number) => (i + 1) % Math.max(1, Math.round(bins.length / 10)) === 0
			},
			axisTick: { show: false }
		},
		yAxis: [
			{
				type: 'value',
				name: text.revenueAxis,
				nameTextStyle: AXIS_LABEL,
				axisLabel: { ...AXIS_LABEL, formatter: compact },
				splitLine: { lineStyle: { color: '#eef2f7' } }
			},
			{
				type: 'value',
				min: 0,
				max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10),
				axisLabel: { ...AXIS_LABEL, formatter: percent },
				splitLine: { show: false }
			}
		],
		series: [
			{
				name: text.revenueSeries,
				type: 'bar',
				barCategoryGap: '10%',
				data: bins.map((b) => Math.round(b.revenue)),
				tooltip: { valueFormatter: (v: number) => compact(v) }
			},
			{
				name: text.cumulativeSeries,
				type: 'line',
				yAxisIndex: 1,
				symbol: 'none',
				smooth: false,
				lineStyle: { width: 2 },
				data: cumulative,
				tooltip: { valueFormatter: (v: number) => `${v.toFixed(1)}%` },
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: PALETTE[3], type: 'dashed' },
					label: { color: PALETTE[3], fontSize: 11 },
					data: [
						{ yAxis: 80, label: { formatter: text.mark80, position: 'insideStartTop' } },
						...(bin80 >= 0
							? [
									{
										xAxis: bin80,
										label: {
											formatter: text.customersMark(percent(share80! * 100)),
											position: 'end'
										}
									}
								]
							: [])
					]
				}
			}
		]
	};
}
