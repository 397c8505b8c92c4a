import type { TierRow } from '../analyses/tiers/tiers';
import type { ChartOption } from './echarts';
import { plainLabel } from './segment-colors';
import { AXIS_LABEL, PALETTE } from './theme';

const percent = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)}%`;

/** The two series names. */
interface TiersText {
	customerShare: string;
	revenueShare: string;
}

/** Per tier, side by side: its share of customers and its share of revenue. */
export function tiersOption(rows: readonly TierRow[], text: TiersText): ChartOption {
	const bar = (name: string, values: (number | null)[], color: string) => ({
		name,
		type: 'bar',
		barMaxWidth: 36,
		itemStyle: { color },
		data: values.map((v) => (v === null ? null : v * 100)),
		label: {
			show: true,
			position: 'top',
			color: '#334155',
			fontSize: 11,
			formatter: (p: { value: number }) => percent(p.value)
		},
		tooltip: { valueFormatter: (v: number) => percent(v) }
	});
	return {
		grid: { left: 48, right: 16, top: 36, bottom: 28 },
		legend: { top: 0, right: 0, textStyle: AXIS_LABEL },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: {
			type: 'category',
			data: rows.map((r) => plainLabel(r.tier)),
			axisLabel: { ...AXIS_LABEL, fontSize: 12 },
			axisTick: { show: false }
		},
		yAxis: {
			type: 'value',
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${v}%` },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			bar(
				text.customerShare,
				rows.map((r) => r.customer_share),
				'#94a3b8'
			),
			bar(
				text.revenueShare,
				rows.map((r) => r.revenue_share),
				PALETTE[0]
			)
		]
	};
}
