import type { SegmentRule } from '../analyses/basket/explore';
import { times } from '../analyses/basket/story';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

/** The chart's words, in the page's language. */
export interface SegmentLiftText {
	lift: (times: string) => string;
	/** Baskets with both sides of the rule, of those with its left-hand side. */
	ofBaskets: (count: number, of: number, share: string) => string;
	inSegment: (baskets: number) => string;
	axis: string;
	overall: (times: string) => string;
}

/** The same rule's lift in each segment as bars, with the lift over all baskets marked. */
export function segmentLiftOption(
	rows: readonly SegmentRule[],
	overall: number,
	text: SegmentLiftText
): ChartOption {
	const shown = rows.filter((r) => r.lift !== null);
	return {
		grid: { left: 140, right: 56, top: 24, bottom: 24 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const r = shown[items[0].dataIndex];
				return [
					r.segment,
					text.lift(times(r.lift!)),
					text.ofBaskets(r.count, r.antecedent_count, `${((r.confidence ?? 0) * 100).toFixed(0)}%`),
					text.inSegment(r.baskets)
				].join('\n');
			}
		},
		xAxis: {
			type: 'value',
			name: text.axis,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${v}×` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'category',
			data: shown.map((r) => r.segment),
			inverse: true,
			axisLabel: { ...AXIS_LABEL, fontSize: 12, color: '#0f172a' },
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 16,
				itemStyle: { color: PALETTE[0] },
				label: {
					show: true,
					position: 'right',
					...AXIS_LABEL,
					formatter: (p: { value: number }) => times(p.value)
				},
				data: shown.map((r) => Math.round(r.lift! * 100) / 100),
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: PALETTE[3], type: 'dashed' },
					label: {
						formatter: text.overall(times(overall)),
						position: 'start',
						color: PALETTE[3],
						fontSize: 11
					},
					data: [{ xAxis: Math.round(overall * 100) / 100 }]
				}
			}
		]
	};
}
