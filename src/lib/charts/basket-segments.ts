import type { SegmentRule } from '../analyses/basket/explore';
import { times } from '../analyses/basket/story';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

/** The same rule's lift in each segment as bars, with the lift over all baskets marked. */
export function segmentLiftOption(rows: readonly SegmentRule[], overall: number): ChartOption {
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
					`Lift ${times(r.lift!)}`,
					`${r.count.toLocaleString('en')} of ${r.antecedent_count.toLocaleString('en')} baskets (${((r.confidence ?? 0) * 100).toFixed(0)}%)`,
					`${r.baskets.toLocaleString('en')} baskets in the segment`
				].join('\n');
			}
		},
		xAxis: {
			type: 'value',
			name: 'Lift',
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
						formatter: `all baskets ${times(overall)}`,
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
