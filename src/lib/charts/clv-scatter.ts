import type { ClvCustomer } from '../analyses/clv/clv';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, compact } from './theme';

/** Points drawn at most; flagged customers are always kept. */
const MAX_POINTS = 3000;

/**
 * Past net revenue (log scale) against P(alive): the valuable customers the model thinks have
 * probably left sit bottom right, drawn red.
 */
export function valueVsAliveOption(
	customers: readonly ClvCustomer[],
	flagged: ReadonlySet<string>,
	valuableFrom: number,
	maxPAlive: number
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
				return `${plainLabel(c.name ?? c.customer_id)}\nrevenue ${compact(c.monetary ?? 0)} · P(alive) ${(c.p_alive * 100).toFixed(0)}%\n${c.purchases} purchases, last ${c.days_since_last} days ago`;
			}
		},
		xAxis: {
			type: 'log',
			name: 'net revenue so far',
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
			name: 'P(alive)',
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				name: 'Customers',
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
						formatter: 'valuable, probably leaving',
						...AXIS_LABEL,
						color: '#b91c1c'
					},
					data: [[{ coord: [valuableFrom, 0] }, { coord: ['max', maxPAlive] }]]
				}
			},
			{
				name: 'Valuable but probably leaving',
				type: 'scatter',
				symbolSize: 6,
				itemStyle: { color: '#dc2626' },
				data: kept.filter((c) => flagged.has(c.customer_id)).map(point)
			}
		]
	};
}
