/** Texts of the cohorts page. */
import type { CohortMetric } from '$lib/charts/cohort-heatmap';
import { bilingual } from '$lib/i18n/locale.svelte';

export const MESSAGES = bilingual(
	{
		pageTitle: 'Cohorts · Customer Lens',
		title: 'Do new customers keep buying?',
		story: (month1: string, later: { share: string; month: number } | null) =>
			`On average ${month1} of a month’s new customers buy again the month after their first purchase${later ? `, and ${later.share} are buying in month ${later.month}` : ''}.`,
		revenue: (month: number, share: string) =>
			`A cohort’s revenue in month ${month} is ${share} of its first month’s.`,
		lede: 'Each row is the customers whose first purchase fell in that month; each column a month after it. Months not finished at the snapshot are left out.',
		firstRow: (month: string) =>
			`The first row (${month}) also holds customers who had bought before the data starts, so it looks more loyal.`,
		shows: 'Each square shows',
		metrics: {
			retention: 'Share of the cohort buying',
			revenue_retention: 'Revenue against the first month'
		} satisfies Record<CohortMetric, string>,
		snapshot: 'Snapshot',
		download: 'Download CSV',
		heading: (metric: string) => `${metric}, in %, by acquisition month`,
		chart: 'Cohort retention',
		note: (customers: string, cohorts: string) =>
			`${customers} customers in ${cohorts} cohorts. “All cohorts” weights each cohort by its size, over the cohorts that have reached that month.`,
		none: 'No purchases with a customer id before the snapshot.',
		average: 'All cohorts',
		axis: 'months since the first purchase',
		cell: (row: string, month: string) => `${row}, month ${month}`
	},
	{
		pageTitle: '同期群 · Customer Lens',
		title: '新客户会持续购买吗？',
		story: (month1: string, later: { share: string; month: number } | null) =>
			`平均而言，每月新客户中有 ${month1} 在首购的次月再次购买${later ? `，第 ${later.month} 个月仍在购买的有 ${later.share}` : ''}。`,
		revenue: (month: number, share: string) => `同期群第 ${month} 个月的收入为首月的 ${share}。`,
		lede: '每行是首购落在该月的客户，每列是首购后的第几个月。截至快照日尚未结束的月份不计入。',
		firstRow: (month: string) =>
			`第一行（${month}）还包含数据起始前就已购买的客户，因此显得更忠诚。`,
		shows: '方格显示',
		metrics: {
			retention: '仍在购买的客户占比',
			revenue_retention: '收入相对首月'
		},
		snapshot: '快照日',
		download: '下载 CSV',
		heading: (metric: string) => `${metric}（%），按获客月份`,
		chart: '同期群留存',
		note: (customers: string, cohorts: string) =>
			`共 ${customers} 名客户，分属 ${cohorts} 个同期群。“全部同期群”按各同期群规模加权，只计入已到达该月的同期群。`,
		none: '快照日前没有带客户编号的购买记录。',
		average: '全部同期群',
		axis: '首购后的月数',
		cell: (row: string, month: string) => `${row}，第 ${month} 个月`
	}
);
