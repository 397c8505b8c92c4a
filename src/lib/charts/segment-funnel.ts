import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

/** One bar of the funnel: a label (a condition in words) and the customers left. */
interface FunnelStep {
	label: string;
	customers: number;
}

/** The funnel's words and numbers, in the page's language. */
export interface FunnelText {
	count: (n: number) => string;
	customers: (n: number) => string;
}

const MAX_LABEL = 72;
const short = (text: string) =>
	text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;

/**
 * How a segment narrows: the customer base on top, then the customers left after each condition
 * (or, for OR/NOT groups, meeting each condition), the segment itself last and in the accent
 * colour. Long labels wrap onto two lines (cut beyond that); the tooltip has the whole condition.
 */
export function segmentFunnelOption(steps: readonly FunnelStep[], text: FunnelText): ChartOption {
	const last = steps.length - 1;
	return {
		grid: { left: 226, right: 56, top: 4, bottom: 4 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p: { dataIndex: number }) =>
				`${steps[p.dataIndex].label}\n${text.customers(steps[p.dataIndex].customers)}`
		},
		xAxis: { type: 'value', show: false },
		yAxis: {
			type: 'category',
			inverse: true,
			data: steps.map((s) => short(s.label)),
			axisLabel: {
				...AXIS_LABEL,
				fontSize: 12,
				color: '#0f172a',
				width: 214,
				overflow: 'break',
				lineHeight: 14
			},
			axisTick: { show: false },
			axisLine: { show: false }
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 18,
				data: steps.map((s, i) => ({
					value: s.customers,
					itemStyle: { color: i === last ? PALETTE[0] : i === 0 ? '#cbd5e1' : '#93c5fd' }
				})),
				label: {
					show: true,
					position: 'right',
					...AXIS_LABEL,
					color: '#0f172a',
					formatter: (p: { value: number }) => text.count(p.value)
				}
			}
		]
	};
}
