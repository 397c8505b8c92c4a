import { DAYS_PER_MONTH } from '../analyses/churn/definition';
import type { SurvivalCurve } from '../analyses/churn/timing';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, PALETTE } from './theme';

/** Points kept per curve; the steps of a long curve are thinned evenly, the last always kept. */
const MAX_POINTS = 400;

function thinned<T>(points: readonly T[]): T[] {
	if (points.length <= MAX_POINTS) return [...points];
	const step = Math.ceil(points.length / MAX_POINTS);
	return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

/**
 * Kaplan–Meier curves: the share of each segment still a customer after m months, with a dashed
 * line at 50% where each curve's median lifetime is read off.
 */
export function survivalOption(curves: readonly SurvivalCurve[]): ChartOption {
	return {
		grid: { left: 48, right: 20, top: 40, bottom: 40 },
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
			formatter: (p: { seriesIndex: number; value: [number, number] }) => {
				const c = curves[p.seriesIndex];
				return `${plainLabel(c.value)}\nafter ${p.value[0].toFixed(1)} months: ${(p.value[1] * 100).toFixed(1)}% still customers`;
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			name: 'months since they became customers',
			nameLocation: 'middle',
			nameGap: 26,
			nameTextStyle: AXIS_LABEL,
			axisLabel: AXIS_LABEL,
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: curves.map((c, i) => ({
			name: `${c.value} (${c.customers.toLocaleString('en')})`,
			type: 'line',
			step: 'end',
			symbol: 'none',
			lineStyle: { width: 2 },
			itemStyle: { color: PALETTE[i % PALETTE.length] },
			data: [[0, 1], ...thinned(c.points).map((p) => [p.time / DAYS_PER_MONTH, p.survival])],
			markLine:
				i === 0
					? {
							silent: true,
							symbol: 'none',
							lineStyle: { type: 'dashed', color: '#94a3b8' },
							label: { formatter: 'half gone', position: 'insideEndTop', ...AXIS_LABEL },
							data: [{ yAxis: 0.5 }]
						}
					: undefined
		}))
	};
}
