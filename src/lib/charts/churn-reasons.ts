import { NO_REASON, type SegmentReasons } from '../analyses/churn/reasons';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, PALETTE } from './theme';

const NO_REASON_COLOR = '#cbd5e1';

/**
 * Each segment's churned customers split by reason (100% stacked bars, segment size in the
 * label); reasons keep one colour across segments, the most frequent first.
 */
export function churnReasonsOption(segments: readonly SegmentReasons[]): ChartOption {
	const totals = new Map<string, number>();
	for (const s of segments)
		for (const r of s.reasons) totals.set(r.reason, (totals.get(r.reason) ?? 0) + r.churned);
	const reasons = [...totals]
		.sort((a, b) => Number(a[0] === NO_REASON) - Number(b[0] === NO_REASON) || b[1] - a[1])
		.map(([reason]) => reason);
	const label = (s: SegmentReasons) => `${s.value} (${s.churned.toLocaleString('en')})`;
	return {
		grid: { left: 170, right: 16, top: 56, bottom: 24 },
		legend: {
			top: 0,
			left: 0,
			type: 'scroll',
			textStyle: AXIS_LABEL,
			itemWidth: 14,
			itemHeight: 10
		},
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p: { seriesName: string; dataIndex: number }) => {
				const s = segments[p.dataIndex];
				const r = s.reasons.find((x) => x.reason === p.seriesName);
				return `${plainLabel(s.value)}: ${plainLabel(p.seriesName)}\n${r?.churned ?? 0} of ${s.churned} churned (${((r?.share ?? 0) * 100).toFixed(1)}%)`;
			}
		},
		xAxis: {
			type: 'value',
			max: 1,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { show: false }
		},
		yAxis: {
			type: 'category',
			data: segments.map(label),
			inverse: true,
			axisLabel: {
				...AXIS_LABEL,
				fontSize: 12,
				color: '#0f172a',
				width: 160,
				overflow: 'truncate'
			},
			axisTick: { show: false }
		},
		series: reasons.map((reason, i) => ({
			name: reason,
			type: 'bar',
			stack: 'reasons',
			barMaxWidth: 22,
			itemStyle: { color: reason === NO_REASON ? NO_REASON_COLOR : PALETTE[i % PALETTE.length] },
			label: {
				show: true,
				color: '#ffffff',
				fontSize: 11,
				formatter: (p: { value: number }) =>
					p.value >= 0.08 ? `${Math.round(p.value * 100)}%` : ''
			},
			data: segments.map((s) => s.reasons.find((r) => r.reason === reason)?.share ?? 0)
		}))
	};
}
