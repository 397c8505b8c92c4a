import type { ProfitCurve } from '../analyses/pareto/profit';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE, compact } from './theme';

const percent = (v: number) => `${Math.round(v)}%`;

/** The chart's words, for customers or for products. */
interface ProfitCurveText {
	itemsAxis: string;
	shareAxis: string;
	cumulative: string;
	total: string;
	peakSeries: string;
	peak: (value: string, share: string) => string;
}

/**
 * The whale curve: cumulative profit (as % of total profit) against the share of customers or
 * products sorted by profit, with the 100% line and the peak marked. When total profit is not
 * positive the curve is drawn in money instead.
 */
export function profitCurveOption(
	curve: Pick<ProfitCurve, 'points' | 'peak_share' | 'peak_items_share' | 'peak_profit'>,
	text: ProfitCurveText
): ChartOption {
	const shares = curve.points.every((p) => p.profit_share !== null);
	const y = (p: { profit_share: number | null; cumulative_profit: number }) =>
		shares ? p.profit_share! * 100 : p.cumulative_profit;
	const data = [[0, 0], ...curve.points.map((p) => [p.item_share * 100, y(p)])];
	const peak =
		curve.peak_items_share === null || curve.peak_profit === null
			? null
			: [curve.peak_items_share * 100, shares ? (curve.peak_share ?? 0) * 100 : curve.peak_profit];
	const format = shares ? (v: number) => `${v.toFixed(1)}%` : compact;
	return {
		color: [PALETTE[1], PALETTE[3]],
		grid: { left: 56, right: 24, top: 28, bottom: 44 },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: {
			type: 'value',
			min: 0,
			max: 100,
			name: text.itemsAxis,
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: percent },
			splitLine: { show: false }
		},
		yAxis: {
			type: 'value',
			name: shares ? text.shareAxis : text.cumulative,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: shares ? percent : compact },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				name: text.cumulative,
				type: 'line',
				symbol: 'none',
				data,
				areaStyle: { opacity: 0.1 },
				tooltip: { valueFormatter: format },
				markLine: shares
					? {
							silent: true,
							symbol: 'none',
							lineStyle: { color: '#64748b', type: 'dashed' },
							label: {
								formatter: text.total,
								position: 'insideStartTop',
								color: '#64748b'
							},
							data: [{ yAxis: 100 }]
						}
					: undefined
			},
			{
				name: text.peakSeries,
				type: 'scatter',
				symbolSize: 10,
				data: peak ? [peak] : [],
				tooltip: { valueFormatter: format },
				label: {
					show: true,
					position: 'top',
					// Late peaks sit near the right edge: the label then extends to the left.
					align: peak && peak[0] > 60 ? 'right' : 'center',
					color: PALETTE[3],
					fontWeight: 600,
					formatter: () =>
						peak ? text.peak(shares ? percent(peak[1]) : compact(peak[1]), percent(peak[0])) : ''
				}
			}
		]
	};
}
