import type { ClvCustomer } from '../analyses/clv/clv';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, compact } from './theme';

/** Points drawn at most; flagged customers are always kept. */
const MAX_POINTS = 3000;

/** The chart's words, in the page's language; numbers arrive formatted. */
export interface ValueVsAliveText {
	/** Axis names. */
	revenue: string;
	alive: string;
	/** Series names, and the label of the valuable-but-leaving corner. */
	customers: string;
	leaving: string;
	corner: string;
	/** A customer in words (after their name). */
	point: (revenue: string, alive: string, purchases: string, days: string) => string;
}

/**
 * Past net revenue (log scale) against P(alive): the valuable customers the model thinks have
 * probably left sit bottom right, drawn red.
 */
export function valueVsAliveOption(
	customers: readonly ClvCustomer[],
	flagged: ReadonlySet<string>,
	valuableFrom: number,
	maxPAlive: number,
	text: ValueVsAliveText
): ChartOption {
	const positive = customers.filter((c) => (c.monetary ?? 0) > 0);
	const step = Math.max(1, Math.ceil(positive.length / MAX_POINTS));
	const kept = positive.filter((c, i) => flagged.has(c.customer_id) || i % step === 0);
	const point = (c: ClvCustomer) => ({ value: [c.monetary, c.p_alive], customer: c });
	return {
		grid: { left: 48, right: 24, top: 36, bottom: 40 },
		legend: { top: 0, right: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { data: { customer: ClvCustomer } }) => {
				const c = p.data.customer;
				const words = text.point(
					compact(c.monetary ?? 0),
					`${(c.p_alive * 100).toFixed(0)}%`,
					String(c.purchases),
					String(c.days_since_last)
				);
				return `${plainLabel(c.name ?? c.customer_id)}\n${words}`;
			}
		},
		xAxis: {
			type: 'log',
			name: text.revenue,
			nameLocation: 'middle',
			nameGap: 26,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => compact(v) },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			name: text.alive,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				name: text.customers,
				type: 'scatter',
				symbolSize: 4,
				itemStyle: { color: '#94a3b8', opacity: 0.6 },
				data: kept.filter((c) => !flagged.has(c.customer_id)).map(point),
				markArea: {
					silent: true,
					itemStyle: { color: 'rgba(220, 38, 38, 0.06)' },
					label: {
						show: true,
						position: 'insideBottomRight',
						formatter: text.corner,
						...AXIS_LABEL,
						color: '#b91c1c'
					},
					data: [[{ coord: [valuableFrom, 0] }, { coord: ['max', maxPAlive] }]]
				}
			},
			{
				name: text.leaving,
				type: 'scatter',
				symbolSize: 6,
				itemStyle: { color: '#dc2626' },
				data: kept.filter((c) => flagged.has(c.customer_id)).map(point)
			}
		]
	};
}
