import type { RfmSegment } from '../analyses/rfm/rfm';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/**
 * Each segment's share of customers (pale) beside its share of revenue (dark), largest revenue
 * at the top, so a small segment that brings much of the money stands out.
 */
export function segmentBarsOption(segments: readonly RfmSegment[]): ChartOption {
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
					s.segment,
					`${s.customers.toLocaleString('en')} customers (${percent(s.customer_share)})`,
					`Revenue ${compact(s.revenue)} (${percent(s.revenue_share)})`
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
			axisLabel: { ...AXIS_LABEL, fontSize: 12, color: '#0f172a' },
			axisTick: { show: false }
		},
		series: [
			{
				name: 'Share of customers',
				type: 'bar',
				barGap: '10%',
				barMaxWidth: 12,
				itemStyle: { color: '#cbd5e1' },
				label: { show: true, position: 'right', ...AXIS_LABEL, formatter: shareLabel },
				data: segments.map((s) => s.customer_share)
			},
			{
				name: 'Share of revenue',
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
