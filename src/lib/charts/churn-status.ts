import {
	RETENTION_STATUSES,
	type RetentionStatus,
	type StatusCount
} from '../analyses/churn/status';
import { STATUS_COLORS } from './churn-colors';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

/** The chart's words, in the page's language. */
export interface StatusHistoryText {
	status: Record<RetentionStatus, string>;
}

/**
 * Customers by retention status at each month start (stacked areas, active at the bottom and
 * churned on top), so the growing red band is the churned base and the green one who still buys.
 */
export function statusHistoryOption(
	history: readonly StatusCount[],
	text: StatusHistoryText
): ChartOption {
	const dates = [...new Set(history.map((h) => h.as_of))].sort();
	const total = (date: string, status: string) =>
		history
			.filter((h) => h.as_of === date && h.retention_status === status)
			.reduce((s, h) => s + h.customers, 0);
	return {
		grid: { left: 56, right: 20, top: 36, bottom: 32 },
		legend: { top: 0, left: 0, textStyle: AXIS_LABEL, itemWidth: 14, itemHeight: 10 },
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		xAxis: {
			type: 'category',
			data: dates,
			boundaryGap: false,
			axisLabel: { ...AXIS_LABEL, formatter: (d: string) => d.slice(0, 7) }
		},
		yAxis: {
			type: 'value',
			axisLabel: { ...AXIS_LABEL, formatter: (v: number) => compact(v) },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: RETENTION_STATUSES.map((status) => ({
			name: text.status[status],
			type: 'line',
			stack: 'status',
			symbol: 'none',
			lineStyle: { width: 0 },
			areaStyle: { color: STATUS_COLORS[status], opacity: 0.85 },
			itemStyle: { color: STATUS_COLORS[status] },
			data: dates.map((d) => total(d, status))
		}))
	};
}
