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

/** The chart's words, in the page's language; numbers arrive formatted. */
export interface SurvivalText {
	/** A segment value as shown. */
	value: (value: string) => string;
	axis: string;
	/** The 50% line. */
	half: string;
	/** A point in words: months since they became customers, share still there. */
	point: (months: string, share: string) => string;
}

/**
 * Kaplan–Meier curves: the share of each segment still a customer after m months, with a dashed
 * line at 50% where each curve's median lifetime is read off.
 */
export function survivalOption(curves: readonly SurvivalCurve[], text: SurvivalText): ChartOption {
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
				const point = text.point(p.value[0].toFixed(1), `${(p.value[1] * 100).toFixed(1)}%`);
				return `${plainLabel(text.value(c.value))}\n${point}`;
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			name: text.axis,
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
			name: `${text.value(c.value)} (${c.customers.toLocaleString('en')})`,
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
							label: { formatter: text.half, position: 'insideEndTop', ...AXIS_LABEL },
							data: [{ yAxis: 0.5 }]
						}
					: undefined
		}))
	};
}
