import { NO_REASON, type SegmentReasons } from '../analyses/churn/reasons';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, PALETTE } from './theme';

const NO_REASON_COLOR = '#cbd5e1';
/** Reasons drawn one by one, the last of them "Other reasons". */
export const MAX_REASONS = 8;
const OTHER = 'Other reasons';

/**
 * Each segment's churned customers split by reason (100% stacked bars, segment size in the
 * label); reasons keep one colour across segments, the most frequent first.
 */
export function churnReasonsOption(segments: readonly SegmentReasons[]): ChartOption {
	const totals = new Map<string, number>();
	for (const s of segments)
		for (const r of s.reasons) totals.set(r.reason, (totals.get(r.reason) ?? 0) + r.churned);
	const ranked = [...totals]
		.sort((a, b) => Number(a[0] === NO_REASON) - Number(b[0] === NO_REASON) || b[1] - a[1])
		.map(([reason]) => reason);
	// Beyond MAX_REASONS the rarest named reasons share one bar part, so colours stay tellable.
	const named = ranked.filter((r) => r !== NO_REASON);
	const kept = named.length > MAX_REASONS ? named.slice(0, MAX_REASONS - 1) : named;
	const grouped = named.length > kept.length;
	const reasons = [...kept, ...(grouped ? [OTHER] : []), ...ranked.filter((r) => r === NO_REASON)];
	const share = (s: SegmentReasons, reason: string) =>
		s.reasons
			.filter((r) =>
				reason === OTHER ? !kept.includes(r.reason) && r.reason !== NO_REASON : r.reason === reason
			)
			.reduce((sum, r) => sum + r.share, 0);
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
				const part = share(s, p.seriesName);
				return `${plainLabel(s.value)}: ${plainLabel(p.seriesName)}\n${Math.round(part * s.churned)} of ${s.churned} churned (${(part * 100).toFixed(1)}%)`;
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
			itemStyle: {
				color:
					reason === NO_REASON
						? NO_REASON_COLOR
						: reason === OTHER
							? '#94a3b8'
							: PALETTE[i % PALETTE.length]
			},
			label: {
				show: true,
				color: '#ffffff',
				fontSize: 11,
				formatter: (p: { value: number }) =>
					p.value >= 0.08 ? `${Math.round(p.value * 100)}%` : ''
			},
			data: segments.map((s) => share(s, reason))
		}))
	};
}
