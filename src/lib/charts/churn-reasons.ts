import { NO_REASON, type SegmentReasons } from '../analyses/churn/reasons';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, PALETTE } from './theme';

const NO_REASON_COLOR = '#cbd5e1';
const OTHER_COLOR = '#94a3b8';
/** Reasons drawn one by one, the last of them the other reasons together. */
const MAX_REASONS = 8;

/** The chart's words, in the page's language; numbers arrive formatted. */
export interface ChurnReasonsText {
	/** A segment value or reason as shown (data as it is, placeholders translated). */
	value: (value: string) => string;
	/** The bar part grouping the rarest reasons. */
	other: string;
	/** A bar part in words: its churned customers, the segment's, and the share. */
	part: (churned: string, of: string, share: string) => string;
}

/** One bar part: a reason, the rare reasons together, or no reason. */
interface Part {
	name: string;
	color: string;
	has: (reason: string) => boolean;
}

/**
 * Each segment's churned customers split by reason (100% stacked bars, segment size in the
 * label); reasons keep one colour across segments, the most frequent first.
 */
export function churnReasonsOption(
	segments: readonly SegmentReasons[],
	text: ChurnReasonsText
): ChartOption {
	const totals = new Map<string, number>();
	for (const s of segments)
		for (const r of s.reasons) totals.set(r.reason, (totals.get(r.reason) ?? 0) + r.churned);
	const ranked = [...totals]
		.sort((a, b) => Number(a[0] === NO_REASON) - Number(b[0] === NO_REASON) || b[1] - a[1])
		.map(([reason]) => reason);
	// Beyond MAX_REASONS the rarest named reasons share one bar part, so colours stay tellable.
	const named = ranked.filter((r) => r !== NO_REASON);
	const kept = named.length > MAX_REASONS ? named.slice(0, MAX_REASONS - 1) : named;
	const parts: Part[] = [
		...kept.map((reason, i) => ({
			name: text.value(reason),
			color: PALETTE[i % PALETTE.length],
			has: (r: string) => r === reason
		})),
		...(named.length > kept.length
			? [
					{
						name: text.other,
						color: OTHER_COLOR,
						has: (r: string) => !kept.includes(r) && r !== NO_REASON
					}
				]
			: []),
		...(ranked.includes(NO_REASON)
			? [
					{
						name: text.value(NO_REASON),
						color: NO_REASON_COLOR,
						has: (r: string) => r === NO_REASON
					}
				]
			: [])
	];
	const share = (s: SegmentReasons, part: Part) =>
		s.reasons.filter((r) => part.has(r.reason)).reduce((sum, r) => sum + r.share, 0);
	const label = (s: SegmentReasons) => `${text.value(s.value)} (${s.churned.toLocaleString('en')})`;
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
			formatter: (p: { seriesIndex: number; dataIndex: number }) => {
				const [s, part] = [segments[p.dataIndex], parts[p.seriesIndex]];
				const x = share(s, part);
				const words = text.part(
					String(Math.round(x * s.churned)),
					String(s.churned),
					`${(x * 100).toFixed(1)}%`
				);
				return `${plainLabel(text.value(s.value))}: ${plainLabel(part.name)}\n${words}`;
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
		series: parts.map((part) => ({
			name: part.name,
			type: 'bar',
			stack: 'reasons',
			barMaxWidth: 22,
			itemStyle: { color: part.color },
			label: {
				show: true,
				color: '#ffffff',
				fontSize: 11,
				formatter: (p: { value: number }) =>
					p.value >= 0.08 ? `${Math.round(p.value * 100)}%` : ''
			},
			data: segments.map((s) => share(s, part))
		}))
	};
}
