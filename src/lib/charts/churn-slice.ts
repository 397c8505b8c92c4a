import type { SliceRow } from '../analyses/churn/slice';
import { pct } from './churn-colors';
import { plainLabel } from './segment-colors';
import type { ChartOption } from './echarts';
import { AXIS_LABEL } from './theme';

const HIGHER = '#dc2626';
const LOWER = '#16a34a';
const SAME = '#64748b';

/** Red when the whole interval is above the overall rate, green when below, grey when it overlaps. */
export function sliceColor(row: SliceRow, overall: number | null): string {
	if (overall === null) return SAME;
	if (row.ci_low > overall) return HIGHER;
	if (row.ci_high < overall) return LOWER;
	return SAME;
}

/** The chart's words, in the page's language; numbers arrive formatted. */
export interface ChurnSliceText {
	/** A segment value as shown. */
	value: (value: string) => string;
	churn: (rate: string, churned: string, customers: string) => string;
	interval: (low: string, high: string) => string;
	lift: (lift: string) => string;
	/** The label beside each bar: the rate and the segment's customers. */
	rateOf: (rate: string, customers: string) => string;
	overall: (rate: string) => string;
	/** Series names. */
	intervalSeries: string;
	rateSeries: string;
}

/**
 * Churn rate per segment as a dot with its 95% interval as a bar behind it, and the overall rate
 * as a dashed line: a segment whose bar clears the line differs from the rest beyond chance.
 */
export function churnSliceOption(
	rows: readonly SliceRow[],
	overall: number | null,
	text: ChurnSliceText
): ChartOption {
	const names = rows.map((r) => r.value);
	const top = Math.min(1, Math.ceil(Math.max(0.05, ...rows.map((r) => r.ci_high)) * 10) / 10);
	return {
		grid: { left: 150, right: 120, top: 28, bottom: 28 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p: { dataIndex: number }) => {
				const r = rows[p.dataIndex];
				return [
					plainLabel(text.value(r.value)),
					text.churn(pct(r.rate), r.churned.toLocaleString('en'), r.customers.toLocaleString('en')),
					text.interval(pct(r.ci_low), pct(r.ci_high)),
					r.lift === null ? '' : text.lift(r.lift.toFixed(2))
				]
					.filter(Boolean)
					.join('\n');
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: top,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'category',
			data: names,
			inverse: true,
			axisLabel: {
				...AXIS_LABEL,
				fontSize: 12,
				color: '#0f172a',
				width: 140,
				overflow: 'truncate',
				formatter: text.value
			},
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				stack: 'interval',
				silent: true,
				itemStyle: { color: 'transparent' },
				barWidth: 8,
				data: rows.map((r) => r.ci_low)
			},
			{
				name: text.intervalSeries,
				type: 'bar',
				stack: 'interval',
				barWidth: 8,
				itemStyle: { borderRadius: 4 },
				data: rows.map((r) => ({
					value: r.ci_high - r.ci_low,
					itemStyle: { color: `${sliceColor(r, overall)}40` }
				})),
				label: {
					show: true,
					position: 'right',
					distance: 8,
					...AXIS_LABEL,
					color: '#0f172a',
					formatter: (p: { dataIndex: number }) => {
						const r = rows[p.dataIndex];
						return text.rateOf(pct(r.rate), r.customers.toLocaleString('en'));
					}
				}
			},
			{
				name: text.rateSeries,
				type: 'scatter',
				symbolSize: 11,
				z: 3,
				data: rows.map((r, i) => ({
					value: [r.rate, i],
					itemStyle: { color: sliceColor(r, overall) }
				})),
				markLine:
					overall === null
						? undefined
						: {
								silent: true,
								symbol: 'none',
								lineStyle: { type: 'dashed', color: '#0f172a' },
								label: {
									formatter: text.overall(pct(overall)),
									position: 'start',
									...AXIS_LABEL,
									color: '#0f172a'
								},
								data: [{ xAxis: overall }]
							}
			}
		]
	};
}
