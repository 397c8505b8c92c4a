import type { RfmSegment } from '../analyses/rfm/rfm';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** The bar chart's words; `segment` gives a segment's display name. */
export interface SegmentBarsText {
	customerShare: string;
	revenueShare: string;
	customers: (n: string, share: string) => string;
	revenue: (amount: string, share: string) => string;
	segment: (name: string) => string;
}

/**
 * Each segment's share of customers (pale) beside its share of revenue (dark), largest revenue
 * at the top, so a small segment that brings much of the money stands out.
 */
export function segmentBarsOption(
	segments: readonly RfmSegment[],
	text: SegmentBarsText
): ChartOption {
	const names = segments.map((s) => s.segment);
	return {
		grid: { left: 130, right: 48, top: 30, bottom: 24 },
		legend: { top: 0, right: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const s = segments[items[0].dataIndex];
				return [
					text.segment(s.segment),
					text.customers(s.customers.toLocaleString('en'), percent(s.customer_share)),
					text.revenue(compact(s.revenue), percent(s.revenue_share))
				].join('\n');
			}
		},
		xAxis: {
			type: 'value',
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'category',
			data: names,
			inverse: true,
			triggerEvent: true,
			// Categories stay the segment keys, so a click on a bar or a label reports the key.
			axisLabel: { ...AXIS_LABEL, fontSize: 12, color: '#0f172a', formatter: text.segment },
			axisTick: { show: false }
		},
		series: [
			{
				name: text.customerShare,
				type: 'bar',
				barGap: '10%',
				barMaxWidth: 12,
				itemStyle: { color: '#cbd5e1' },
				label: { show: true, position: 'right', ...AXIS_LABEL, formatter: shareLabel },
				data: segments.map((s) => s.customer_share)
			},
			{
				name: text.revenueShare,
				type: 'bar',
				barMaxWidth: 12,
				itemStyle: { color: '#1d4ed8' },
				label: {
					show: true,
					position: 'right',
					...AXIS_LABEL,
					color: '#0f172a',
					formatter: shareLabel
				},
				data: segments.map((s) => s.revenue_share)
			}
		]
	};
}

function shareLabel(p: { value: number }): string {
	return percent(p.value);
}
