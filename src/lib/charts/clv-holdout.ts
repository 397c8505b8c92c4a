import type { FrequencyCheck, TrackingPoint } from '../analyses/clv/clv';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

const ACTUAL = '#0f172a';
const PREDICTED = '#2563eb';

/** The holdout charts' words, in the page's language; numbers arrive formatted. */
export interface ClvHoldoutText {
	/** Series names. */
	actual: string;
	predicted: string;
	/** The frequency chart's axis, and a group in words. */
	axis: string;
	group: (customers: string, repeats: string, actual: string, predicted: string) => string;
	/** Where the holdout starts on the tracking chart. */
	holdoutStarts: string;
}

/**
 * Holdout purchases per customer, grouped by purchases in the calibration period (7+ pooled):
 * what happened beside what the model expected, as in Fader, Hardie & Lee (2005), figure 4.
 */
export function holdoutByFrequencyOption(
	rows: readonly FrequencyCheck[],
	text: ClvHoldoutText
): ChartOption {
	const per = (n: number, r: FrequencyCheck) => (r.customers ? n / r.customers : 0);
	return {
		grid: { left: 48, right: 16, top: 36, bottom: 40 },
		legend: { top: 0, left: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			trigger: 'axis',
			renderMode: 'richText',
			formatter: (items: { dataIndex: number }[]) => {
				const r = rows[items[0].dataIndex];
				return text.group(
					r.customers.toLocaleString('en'),
					r.x === 7 ? '7+' : String(r.x),
					per(r.actual, r).toFixed(2),
					per(r.predicted, r).toFixed(2)
				);
			}
		},
		xAxis: {
			type: 'category',
			data: rows.map((r) => (r.x === 7 ? '7+' : String(r.x))),
			name: text.axis,
			nameLocation: 'middle',
			nameGap: 26,
			nameTextStyle: AXIS_LABEL,
			axisLabel: AXIS_LABEL
		},
		yAxis: {
			type: 'value',
			axisLabel: AXIS_LABEL,
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				name: text.actual,
				type: 'bar',
				itemStyle: { color: ACTUAL },
				data: rows.map((r) => per(r.actual, r))
			},
			{
				name: text.predicted,
				type: 'bar',
				itemStyle: { color: PREDICTED },
				data: rows.map((r) => per(r.predicted, r))
			}
		]
	};
}

/** Cumulative repeat purchases, actual against predicted, with the end of calibration marked. */
export function trackingOption(
	points: readonly TrackingPoint[],
	calibrationEnd: string,
	text: ClvHoldoutText
): ChartOption {
	const days = points.map((p) => p.day);
	const split = days.findIndex((d) => d > calibrationEnd);
	return {
		grid: { left: 56, right: 16, top: 36, bottom: 28 },
		legend: { top: 0, left: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: { type: 'category', data: days, boundaryGap: false, axisLabel: AXIS_LABEL },
		yAxis: {
			type: 'value',
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => compact(v) },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				name: text.actual,
				type: 'line',
				symbol: 'none',
				itemStyle: { color: ACTUAL },
				data: points.map((p) => p.actual),
				markLine:
					split > 0
						? {
								silent: true,
								symbol: 'none',
								lineStyle: { type: 'dashed', color: '#94a3b8' },
								label: { formatter: text.holdoutStarts, ...AXIS_LABEL },
								data: [{ xAxis: days[split] }]
							}
						: undefined
			},
			{
				name: text.predicted,
				type: 'line',
				symbol: 'none',
				lineStyle: { type: 'dashed' },
				itemStyle: { color: PREDICTED },
				data: points.map((p) => Math.round(p.predicted * 10) / 10)
			}
		]
	};
}
