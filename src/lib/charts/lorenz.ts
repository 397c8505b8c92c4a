import type { LorenzPoint } from '../analyses/pareto/pareto';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

const percent = (v: number) => `${Math.round(v)}%`;

/** The chart's words; `gini` gives the title for a Gini value already formatted. */
interface LorenzText {
	gini: (value: string) => string;
	giniNote: string;
	customersAxis: string;
	revenueAxis: string;
	curve: string;
	equality: string;
}

/** The Lorenz curve of revenue against the line of perfect equality, the Gini in the title. */
export function lorenzOption(
	points: readonly LorenzPoint[],
	gini: number | null,
	text: LorenzText
): ChartOption {
	const curve = [
		[0, 0],
		...points.map((p) => [p.customer_share * 100, (p.revenue_share ?? 0) * 100])
	];
	const axis = (name: string) => ({
		type: 'value',
		min: 0,
		max: 100,
		interval: 20,
		name,
		nameLocation: 'middle',
		nameGap: 30,
		nameTextStyle: AXIS_LABEL,
		axisLabel: { ...AXIS_LABEL, formatter: percent },
		splitLine: { lineStyle: { color: '#eef2f7' } }
	});
	return {
		title: {
			text: text.gini(gini === null ? '–' : gini.toFixed(2)),
			subtext: text.giniNote,
			left: 56,
			top: 0,
			textStyle: { fontSize: 13, fontWeight: 600, color: '#0f172a' },
			subtextStyle: { fontSize: 11, color: '#64748b' }
		},
		color: [PALETTE[0], '#94a3b8'],
		grid: { left: 56, right: 20, top: 52, bottom: 44 },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: axis(text.customersAxis),
		yAxis: { ...axis(text.revenueAxis), nameGap: 40 },
		series: [
			{
				name: text.curve,
				type: 'line',
				symbol: 'none',
				data: curve,
				areaStyle: { opacity: 0.12 },
				tooltip: { valueFormatter: (v: number) => `${v.toFixed(1)}%` }
			},
			{
				name: text.equality,
				type: 'line',
				symbol: 'none',
				silent: true,
				lineStyle: { type: 'dashed', width: 1 },
				data: [
					[0, 0],
					[100, 100]
				],
				tooltip: { show: false }
			}
		]
	};
}
